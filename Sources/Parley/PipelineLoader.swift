import Foundation
import ParleyExtraction

/// A pipeline made on first use, once. Parsing the bundled lexicons and grammar is most of
/// a command's startup (about 50 ms), and a run whose inputs are all events.json files
/// never needs them, so `CorpusBuilder` asks for the pipeline only when it has a text
/// document in hand.
public final class PipelineLoader: @unchecked Sendable {
    private let make: @Sendable () throws -> Pipeline
    private let lock = NSLock()
    private var made: Result<Pipeline, Error>?

    /// A loader that calls `make` the first time the pipeline is asked for.
    public init(_ make: @escaping @Sendable () throws -> Pipeline) {
        self.make = make
    }

    /// A loader holding a pipeline already made.
    public init(_ pipeline: Pipeline) {
        make = { pipeline }
        made = .success(pipeline)
    }

    /// The pipeline, made now if it was not before; a failure is kept and thrown again.
    public func pipeline() throws -> Pipeline {
        lock.lock()
        defer { lock.unlock() }
        if let made { return try made.get() }
        let result = Result { try make() }
        made = result
        return try result.get()
    }

    /// Whether the pipeline was asked for (made, or failed to be).
    public var isLoaded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return made != nil
    }
}
