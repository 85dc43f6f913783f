import Foundation

/// Objects the command keeps until the process exits instead of freeing them when it is
/// done: a pipeline's lexicon and indexes are some hundred thousand small allocations,
/// and releasing them one by one at the end of a short run (several milliseconds) only
/// delays the exit, after which the system takes the memory back at once.
final class KeptUntilExit: @unchecked Sendable {
    static let shared = KeptUntilExit()

    private let lock = NSLock()
    private var objects: [AnyObject] = []

    /// Keeps `object` alive until the process exits; returns it.
    @discardableResult
    func keep<T: AnyObject>(_ object: T) -> T {
        lock.lock()
        objects.append(object)
        lock.unlock()
        return object
    }

    /// Keeps a value's storage (a corpus, a network) until the process exits.
    func keep<T>(value: T) {
        keep(Box(value))
    }

    private final class Box<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
