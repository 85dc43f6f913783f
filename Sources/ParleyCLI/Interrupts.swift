import Dispatch
import Foundation
import Parley

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP while a command writes a large output: the
/// temporary file beside the target (`TemporaryFiles`) is removed, then the process ends
/// by the same signal, so the shell still sees an interrupted command; a signal the
/// process was started ignoring stays ignored. Spill files need
/// nothing: they are unlinked from the start.
enum Interrupts {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func removeTemporaryFiles() {
        guard sources.isEmpty else { return }
        for signo in [SIGINT, SIGTERM, SIGHUP] {
            // A signal already ignored (nohup, a background job) stays ignored.
            let previous = signal(signo, SIG_IGN)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            let source = DispatchSource.makeSignalSource(signal: signo, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAll()
                // Dispatch keeps the signal blocked in its threads: unblock it here and
                // send it to this thread, with its default action back, to end the process.
                signal(signo, SIG_DFL)
                var set = sigset_t()
                sigemptyset(&set)
                sigaddset(&set, signo)
                pthread_sigmask(SIG_UNBLOCK, &set, nil)
                raise(signo)
            }
            source.resume()
            sources.append(source)
        }
    }
}

extension SpillFile {
    /// The spill file of a command: `PARLEY_SPILL_LIMIT` (bytes) overrides the memory
    /// limit, so tests can make small runs spill to disk.
    static func forCommand() -> SpillFile {
        let limit = ProcessInfo.processInfo.environment["PARLEY_SPILL_LIMIT"].flatMap(Int.init)
        return SpillFile(memoryLimit: limit ?? SpillFile.defaultMemoryLimit)
    }
}
