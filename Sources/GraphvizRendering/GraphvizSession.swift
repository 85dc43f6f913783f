import CGraphviz
import Foundation

/// Owns the process-wide Graphviz context and the turns that serialise all Graphviz use.
///
/// A `GVC_t` is not thread-safe, and cgraph's parser and error reporting are C globals,
/// so every call into Graphviz, parsing included, happens inside `withContext`, in turn:
/// Graphviz is used in the order turns are taken, which a caller can take ahead of using
/// them (`takeTurn`), so that work started on another thread goes first (see
/// `GraphvizRenderer.startPreparing`).
final class GraphvizSession: @unchecked Sendable {
    static let shared = GraphvizSession()

    /// Guards the turn counters. Holding the current turn guards `context`, `retired` and
    /// every Graphviz call; this is what makes the class Sendable.
    private let turns = NSCondition()
    /// Turns handed out so far, and the turn whose holder may use Graphviz.
    private var issued = 0
    private var serving = 0
    /// Created on first use (it reads the plugin configuration) and kept for the
    /// process: nothing is gained by freeing it, and a fresh one per render costs more.
    private var context: OpaquePointer?
    /// The graph of the last render, laid out, still to be freed (see `retire`).
    private var retired: UnsafeMutablePointer<Agraph_t>?
    /// Frees retired graphs once their render has returned.
    private let closer = DispatchQueue(label: "parley.graphviz.close", qos: .utility)

    private init() {}

    /// A place in the queue for Graphviz, to be used, once, by `withContext(turn:)`; every
    /// turn taken later waits for it. Must be used, or Graphviz is never used again.
    func takeTurn() -> Int {
        turns.lock()
        defer { turns.unlock() }
        issued += 1
        return issued - 1
    }

    /// Waits for `turn`, runs `body`, and passes Graphviz on to the next turn.
    private func inTurn<T, E: Error>(_ turn: Int, _ body: () throws(E) -> T) throws(E) -> T {
        turns.lock()
        while serving != turn { turns.wait() }
        turns.unlock()
        defer {
            turns.lock()
            serving += 1
            turns.broadcast()
            turns.unlock()
        }
        return try body()
    }

    /// Runs `body` with the shared context in `turn` (by default, a turn taken now).
    ///
    /// cgraph's error count is reset first, so ``ErrorCapture`` only reports errors
    /// raised by `body`'s own calls.
    func withContext<T>(
        turn: Int? = nil,
        orThrow failure: @autoclosure () -> RenderError,
        _ body: (OpaquePointer) throws(RenderError) -> T
    ) throws(RenderError) -> T {
        try inTurn(turn ?? takeTurn()) { () throws(RenderError) -> T in
            try withOpenContext(orThrow: failure(), body)
        }
    }

    /// Must be called in turn.
    private func withOpenContext<T>(
        orThrow failure: @autoclosure () -> RenderError,
        _ body: (OpaquePointer) throws(RenderError) -> T
    ) throws(RenderError) -> T {
        guard let gvc = openContext() else { throw failure() }
        closeRetired()
        ErrorCapture.reset()
        return try body(gvc)
    }

    /// Frees `graph` and its layout after the render that made it has returned: a moment
    /// later, on another thread, when Graphviz is idle. On a large map that is thousands of
    /// objects (10 ms), which the caller need not wait for, and a command that writes its
    /// file and exits meanwhile leaves to the system, which takes the whole process back at
    /// once. Any later Graphviz call frees it first, if that thread has not, so Graphviz
    /// sees the same calls in the same order whatever the timing.
    /// Must be called in turn, inside `withContext`.
    func retire(_ graph: UnsafeMutablePointer<Agraph_t>) {
        closeRetired()
        retired = graph
        closer.asyncAfter(deadline: .now() + GraphvizSession.closingDelay) {
            self.ifIdle { self.closeRetired() }
        }
    }

    /// How long a retired graph waits before it is freed.
    static let closingDelay = DispatchTimeInterval.milliseconds(100)

    /// Runs `body` in a turn of its own if Graphviz is free and nobody waits for it, else
    /// not at all: freeing a graph never holds up a render that was asked for.
    private func ifIdle(_ body: () -> Void) {
        turns.lock()
        guard serving == issued else {
            turns.unlock()
            return
        }
        issued += 1
        turns.unlock()
        body()
        turns.lock()
        serving += 1
        turns.broadcast()
        turns.unlock()
    }

    /// Must be called in turn.
    private func closeRetired() {
        guard let graph = retired, let context else { return }
        retired = nil
        gvFreeLayout(context, graph)
        agclose(graph)
    }

    /// Graphviz's own version string, e.g. "2.43.0".
    func version() -> String {
        inTurn(takeTurn()) {
            guard let gvc = openContext(), let text = gvcVersion(gvc) else { return "unknown" }
            return String(cString: text)
        }
    }

    /// Must be called in turn.
    private func openContext() -> OpaquePointer? {
        if let context { return context }
        // Silence stderr before anything can report.
        ErrorCapture.install()
        context = gvContext()
        return context
    }
}
