import Dispatch
import ParleyModel

/// An assembled corpus whose events are still in a spill store (`SpillingAssembler`):
/// its actors and documents are known, its events are read back and written as
/// events.json in one pass, numbered and linked across documents as they go, so the
/// bytes are those of `CorpusAssembler` and `Corpus.jsonData()`.
public struct SpilledCorpus {
    /// One document's events in the store, in reading order, and its id when it changed.
    struct Part {
        var offset: Int
        var count: Int
        var renamedTo: String?
        /// How many events, and dated events, the documents before this one have.
        var eventsBefore = 0
        var datedBefore = 0
    }

    /// The store could not give back what was put in it.
    public struct Corrupt: Error, CustomStringConvertible {
        public init() {}
        public var description: String { "error: a temporary file of this run was changed or cut short; run again" }
    }

    let store: any SpillStore
    /// The actors, as `Corpus.actors`.
    public let actors: [Actor]
    /// The documents in path order, ids made unique, as `Corpus.documents`.
    public let documents: [DocumentRecord]
    /// The documents' events, in id order.
    let parts: [Part]
    let links: EventLinks
    /// One warning per document whose id had to change (`name-2`).
    public let diagnostics: [Diagnostic]

    /// How many threads encode events (`write(to:)`); the bytes are the same whatever the number.
    public var jobs = 1
    /// About how many spilled bytes of events are encoded (and held as JSON) at a time.
    public var batchBytes = 1 << 20

    /// Writes events.json, handing its bytes to `sink` a megabyte or two at a time. Documents
    /// are encoded a batch at a time, by `jobs` threads, and handed over in order.
    public func write(to sink: ([UInt8]) throws -> Void) throws {
        var stream = CorpusJSONStream(actors: actors, documents: documents)
        var start = 0
        while start < parts.count {
            // A batch of about `batchBytes` of spilled events (and at least one document).
            var end = start + 1
            var size = parts[start].count
            while end < parts.count, size + parts[end].count <= batchBytes {
                size += parts[end].count
                end += 1
            }
            for chunk in try encode(parts[start..<end]) { stream.append(chunk) }
            try sink(stream.take())
            start = end
        }
        stream.finish()
        try sink(stream.take())
    }

    /// The events of each part as JSON, numbered and linked across documents.
    private func encode(_ batch: ArraySlice<Part>) throws -> [CorpusJSONStream.Chunk] {
        let parts = Array(batch)
        let workers = min(max(jobs, 1), parts.count)
        guard workers > 1 else { return try parts.map(encode) }
        let results = ResultSlots<Result<CorpusJSONStream.Chunk, Error>>(count: parts.count)
        // The store was sealed by `SpillingAssembler.assemble()`: it takes concurrent reads.
        nonisolated(unsafe) let corpus = self
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            for k in stride(from: w, to: parts.count, by: workers) {
                results.set(k, Result { try corpus.encode(parts[k]) })
            }
        }
        // Every slot is filled, so the values are in part order.
        return try results.values.map { try $0.get() }
    }

    private func encode(_ part: Part) throws -> CorpusJSONStream.Chunk {
        var chunk = CorpusJSONStream.Chunk(start: part.eventsBefore, capacity: 2 * part.count)
        var dated = part.datedBefore
        try SpilledCorpus.events(of: part, in: store) { event, _, _ in
            var event = event
            event.id = "e\(part.eventsBefore + chunk.count + 1)"
            if event.date.value != nil {
                try links.apply(to: &event, dated: dated) { place in try read(place) }
                dated += 1
            }
            chunk.append(event)
        }
        return chunk
    }

    /// One dated event read back on its own (a telling or a best date for another).
    func read(_ place: EventLinks.Place) throws -> Event {
        var decoder = SpillDecoder(try store.read(at: place.offset, count: Int(place.count)))
        var event = try SpilledCorpus.decode(&decoder)
        if let id = parts[Int(place.document)].renamedTo { event.document = id }
        return event
    }

    /// Each event of a part in order, with its place in the store (offset, byte count),
    /// renamed with its document.
    static func events(of part: Part, in store: any SpillStore,
                       _ body: (Event, Int, Int) throws -> Void) throws {
        var decoder = SpillDecoder(try store.read(at: part.offset, count: part.count))
        while !decoder.isAtEnd {
            let start = decoder.position
            var event = try decode(&decoder)
            if let id = part.renamedTo { event.document = id }
            try body(event, part.offset + start, decoder.position - start)
        }
    }

    /// Each event of a part in order, as `events(of:in:_:)` but with only the fields
    /// linking needs (`SpillDecoder.linkFields`).
    static func linkFields(of part: Part, in store: any SpillStore,
                           _ body: (RelationType, String, String, String?, Int, Int) throws -> Void) throws {
        var decoder = SpillDecoder(try store.read(at: part.offset, count: part.count))
        while !decoder.isAtEnd {
            let start = decoder.position
            let f = try decoder.linkFields()
            try body(f.relation, f.source, f.target, f.value, part.offset + start, decoder.position - start)
        }
    }

    static func decode(_ decoder: inout SpillDecoder) throws -> Event {
        try decoder.event()
    }
}

