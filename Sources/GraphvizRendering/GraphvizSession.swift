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
        ErrorCapture.reset()
        return try body(gvc)
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
