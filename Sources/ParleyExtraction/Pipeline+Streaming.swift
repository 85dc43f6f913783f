import Dispatch
import Foundation
import ParleyModel

extension Pipeline {
    /// Extracts a source's documents with `jobs` workers as `extract(_:jobs:progress:)`
    /// does, but hands each result to `deliver` as soon as it is ready instead of keeping
    /// them all: from any worker, in any order, with its position in the source. When
    /// `deliver` returns false, no further document is taken (a full disk ends the run).
    public func extract(_ source: some DocumentSource, jobs: Int, progress: ProgressMeter? = nil,
                        deliver: @Sendable (Int, ExtractedDocument) -> Bool) {
        let stoppable = StoppableSource(source)
        let queue = WorkQueue(stoppable)
        DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { _ in
            while let (k, document) = queue.next() {
                let kept = deliver(k, extract(document).extracted)
                progress?.finished()
                if !kept { stoppable.stop() }
            }
        }
    }
}

/// A source that can be told to hand out no more documents.
final class StoppableSource<Source: DocumentSource>: DocumentSource, @unchecked Sendable {
    private let source: Source
    private let lock = NSLock()
    private var stopped = false

    init(_ source: Source) { self.source = source }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    func next() -> Document? {
        lock.lock()
        let stopped = self.stopped
        lock.unlock()
        return stopped ? nil : source.next()
    }
}
