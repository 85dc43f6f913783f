import Dispatch
import Foundation
import Parley

/// Shows a `ProgressMeter` on stderr while a long run goes: one line, redrawn in place
/// twice a second from the second `delay` on, and erased when the run ends, so nothing
/// of it stays in the terminal. Only when stderr is a terminal and `--quiet` is not given.
final class ProgressDisplay: @unchecked Sendable {
    /// Seconds before the line first shows; `PARLEY_PROGRESS_DELAY` overrides it (tests).
    static let delay = ProcessInfo.processInfo.environment["PARLEY_PROGRESS_DELAY"].flatMap(Double.init) ?? 2.0
    static let interval = 0.5

    private let meter: ProgressMeter
    private let queue = DispatchQueue(label: "parley.progress")
    private var timer: DispatchSourceTimer?
    private var shown = false // guarded by `queue`

    private init(_ meter: ProgressMeter) { self.meter = meter }

    /// Runs `work` with the meter shown (when it should be), and erases it afterwards.
    static func around<T>(_ meter: ProgressMeter?, quiet: Bool, _ work: () throws -> T) rethrows -> T {
        guard let meter, !quiet, isatty(STDERR_FILENO) == 1 else { return try work() }
        let display = ProgressDisplay(meter)
        display.start()
        defer { display.stop() }
        return try work()
    }

    private func start() {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + ProgressDisplay.delay, repeating: ProgressDisplay.interval)
        timer.setEventHandler { [self] in
            shown = true
            // \r back to the start, the line, then erase what a longer line left (ESC [K).
            Terminal.raw("\r" + meter.snapshot().line + "\u{1B}[K")
        }
        self.timer = timer
        timer.resume()
    }

    private func stop() {
        queue.sync {
            timer?.cancel()
            if shown { Terminal.raw("\r\u{1B}[K") }
        }
    }
}
