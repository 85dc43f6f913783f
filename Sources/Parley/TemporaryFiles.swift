import Foundation

/// The temporary files a run has open under a name (an output being written beside its
/// target), so that an interrupt handler can remove them before the process ends:
/// `parley extract` on a large corpus writes events.json for seconds to minutes.
/// (Spilled events need no entry: `SpillFile` unlinks its file as soon as it is open.)
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = [] // guarded by `lock`

    static func register(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    static func unregister(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every file listed now (from a signal handler's queue, not the handler itself).
    public static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for path in paths { unlink(path) }
        paths = []
    }

    /// The files listed now (for tests).
    public static var current: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }
}
