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

    /// Writes events.json, handing its bytes to `sink` about a megabyte at a time.
    public func write(to sink: ([UInt8]) throws -> Void) throws {
        var stream = CorpusJSONStream(actors: actors, documents: documents)
        var number = 0
        var dated = 0
        for part in parts {
            try SpilledCorpus.events(of: part, in: store) { event, _, _ in
                var event = event
                number += 1
                event.id = "e\(number)"
                if event.date.value != nil {
                    try links.apply(to: &event, dated: dated) { place in try read(place) }
                    dated += 1
                }
                stream.append(event)
                if stream.pending >= 1 << 20 { try sink(stream.take()) }
            }
        }
        stream.finish()
        try sink(stream.take())
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

    static func decode(_ decoder: inout SpillDecoder) throws -> Event {
        try decoder.event()
    }
}
