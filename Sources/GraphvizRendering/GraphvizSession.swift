import CGraphviz
import Foundation

/// Owns the process-wide Graphviz context and the lock that serialises all Graphviz use.
///
/// A `GVC_t` is not thread-safe, and cgraph's parser and error reporting are C globals,
/// so every call into Graphviz, parsing included, happens inside `withContext`.
final class GraphvizSession: @unchecked Sendable {
    static let shared = GraphvizSession()

    /// Guards `context` and every Graphviz call; this is what makes the class Sendable.
    private let lock = NSLock()
    /// Created on first use (it reads the plugin configuration) and kept for the
    /// process: nothing is gained by freeing it, and a fresh one per render costs more.
    private var context: OpaquePointer?
    /// The graph of the last render, laid out, still to be freed (see `retire`).
    private var retired: UnsafeMutablePointer<Agraph_t>?
    /// Frees retired graphs once their render has returned.
    private let closer = DispatchQueue(label: "parley.graphviz.close", qos: .utility)

    private init() {}

    /// Runs `body` with the shared context while holding the Graphviz lock.
    ///
    /// cgraph's error count is reset first, so ``ErrorCapture`` only reports errors
    /// raised by `body`'s own calls.
    func withContext<T>(
        orThrow failure: @autoclosure () -> RenderError,
        _ body: (OpaquePointer) throws(RenderError) -> T
    ) throws(RenderError) -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc = openContext() else { throw failure() }
        closeRetired()
        ErrorCapture.reset()
        return try body(gvc)
    }

    /// Frees `graph` and its layout after the render that made it has returned, on
    /// another thread: on a large map that is thousands of objects, and the caller has
    /// its bytes to write meanwhile. Any later Graphviz call frees it first, if that thread
    /// has not, so Graphviz sees the same calls in the same order whatever the timing.
    /// Must be called with `lock` held, inside `withContext`.
    func retire(_ graph: UnsafeMutablePointer<Agraph_t>) {
        closeRetired()
        retired = graph
        closer.async {
            self.lock.lock()
            defer { self.lock.unlock() }
            self.closeRetired()
        }
    }

    /// Must be called with `lock` held.
    private func closeRetired() {
        guard let graph = retired, let context else { return }
        retired = nil
        gvFreeLayout(context, graph)
        agclose(graph)
    }

    /// Graphviz's own version string, e.g. "2.43.0".
    func version() -> String {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc = openContext(), let text = gvcVersion(gvc) else { return "unknown" }
        return String(cString: text)
    }

    /// Must be called with `lock` held.
    private func openContext() -> OpaquePointer? {
        if let context { return context }
        // Silence stderr before anything can report.
        ErrorCapture.install()
        context = gvContext()
        return context
    }
}
