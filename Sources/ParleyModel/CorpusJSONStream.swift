/// events.json written piece by piece: the actors and documents first, then the events
/// one at a time, then the end, with the bytes taken out as they grow. The result is
/// byte for byte `Corpus.jsonData()` of the same corpus, but a run with millions of
/// events never holds them (or their JSON) all at once.
public struct CorpusJSONStream {
    private var writer: CorpusJSONWriter
    private var count = 0
    private var finished = false

    /// Starts the file: every actor and document, and the events array opened.
    public init(actors: [Actor], documents: [DocumentRecord], capacity: Int = 1 << 20) {
        writer = CorpusJSONWriter(capacity: capacity)
        writer.writeHead(actors: actors, documents: documents)
    }

    /// The next event, as the `count`th element of the events array.
    public mutating func append(_ event: Event) {
        precondition(!finished, "CorpusJSONStream: event after finish()")
        writer.writeEvent(event, at: count)
        count += 1
    }

    /// Events written apart from the stream, e.g. on another thread, and then appended
    /// whole (`append(_: Chunk)`): the same bytes as appending the events one by one, as
    /// long as the chunk starts at the stream's count of events.
    public struct Chunk: Sendable {
        private var writer: CorpusJSONWriter
        /// The 0-based place of the chunk's first event in the events array.
        public let start: Int
        public private(set) var count = 0

        public init(start: Int, capacity: Int = 0) {
            writer = .insideEvents(capacity: capacity)
            self.start = start
        }

        public mutating func append(_ event: Event) {
            writer.writeEvent(event, at: start + count)
            count += 1
        }

        var bytes: [UInt8] { writer.bytes }
    }

    /// A chunk's events, which must follow the events appended so far.
    public mutating func append(_ chunk: Chunk) {
        precondition(!finished, "CorpusJSONStream: event after finish()")
        precondition(chunk.start == count, "CorpusJSONStream: chunk out of place")
        writer.append(chunk.bytes)
        count += chunk.count
    }

    /// Closes the events array and the file (with its final line feed).
    public mutating func finish() {
        guard !finished else { return }
        writer.writeTail(eventCount: count, schema: Corpus.schemaName)
        writer.endLine()
        finished = true
    }

    /// How many bytes wait to be taken.
    public var pending: Int { writer.bytes.count }

    /// The bytes written since the last call.
    public mutating func take() -> [UInt8] { writer.take() }
}
