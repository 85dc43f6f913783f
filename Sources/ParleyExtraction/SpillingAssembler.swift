import Foundation
import ParleyModel

/// Assembles a corpus as `CorpusAssembler` does, byte for byte, but for corpora whose
/// events do not fit in memory: each document is set aside in a `SpillStore` as it comes
/// (its events sorted in reading order), and only what joining documents needs stays in
/// memory: for each document its path, id and place in the store; the actor table; and
/// for each dated event a few numbers for linking it across documents. `assemble()` then
/// gives a `SpilledCorpus`, which writes events.json in one pass.
///
/// `add` may be called from several workers at once; documents are ordered by path (and
/// position), not by the order they come in, so the result is the same whatever `--jobs`.
public final class SpillingAssembler: @unchecked Sendable {
    /// A document set aside: where it sorts and where it is.
    struct Entry {
        var path: String
        var position: Int
        /// The record and actors (`head` bytes), then the events (`eventBytes`), at `offset`.
        var offset: Int
        var head: Int
        var eventBytes: Int
    }

    private let store: any SpillStore
    private let lock = NSLock()
    private var entries: [Entry] = [] // guarded by `lock`
    private var failure: Error? // guarded by `lock`
    /// List every actor mentioned, not only those in events (as `CorpusAssembler`).
    public let keepsEveryActor: Bool

    public init(store: any SpillStore, keepsEveryActor: Bool = false) {
        self.store = store
        self.keepsEveryActor = keepsEveryActor
    }

    /// How many documents have been set aside.
    public var documentCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }

    /// Sets a document aside. `position` breaks ties between equal paths, as the index in
    /// `CorpusAssembler.assemble`'s array does. After the store fails once, every call
    /// throws that error (and `assemble()` too).
    public func add(_ document: ExtractedDocument, position: Int) throws {
        var encoder = SpillEncoder()
        encoder.encode(document.document)
        let actors = document.actors
        encoder.int(actors.count)
        for a in actors { encoder.encode(a) }
        let head = encoder.bytes.count
        for k in Event.readingOrder(document.events) { encoder.encode(document.events[k]) }
        let bytes = encoder.bytes
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        do {
            let offset = try store.append(bytes)
            entries.append(Entry(path: document.document.path, position: position, offset: offset,
                                 head: head, eventBytes: bytes.count - head))
        } catch {
            failure = error
            throw error
        }
    }

    /// Makes ids unique and joins actors (documents in path order), then links events across
    /// documents (documents in id order, as events.json lists events). Reads the store twice
    /// over; the events stay there until `SpilledCorpus.write(to:)`.
    public func assemble() throws -> SpilledCorpus {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        try store.seal()
        let ordered = entries.enumerated()
            .sorted { ($0.element.path, $0.element.position, $0.offset) < ($1.element.path, $1.element.position, $1.offset) }
            .map(\.element)
        var ids = DocumentIDs()
        var diagnostics: [Diagnostic] = []
        var registry = ActorRegistry()
        var records: [DocumentRecord] = []
        var renamed: [Bool] = []
        for entry in ordered {
            var decoder = SpillDecoder(try store.read(at: entry.offset, count: entry.head))
            var record = try decoder.record()
            var changed = false
            if let (id, warning) = ids.claim(record.id, path: record.path) {
                record.id = id
                diagnostics.append(warning)
                changed = true
            }
            renamed.append(changed)
            for _ in 0..<(try decoder.count()) { registry.add(counted: try decoder.actor()) }
            records.append(record)
        }
        let byID = records.indices.sorted { records[$0].id < records[$1].id }
        var documents = byID.map { k in
            SpilledCorpus.Part(offset: ordered[k].offset + ordered[k].head, count: ordered[k].eventBytes,
                               renamedTo: renamed[k] ? records[k].id : nil)
        }
        var links = EventLinks()
        var involved = Set<String>()
        var eventCount = 0
        var datedCount = 0
        for (rank, part) in documents.enumerated() {
            documents[rank].eventsBefore = eventCount
            documents[rank].datedBefore = datedCount
            try SpilledCorpus.linkFields(of: part, in: store) { relation, source, target, value, offset, count in
                eventCount += 1
                involved.insert(source)
                involved.insert(target)
                if let value {
                    datedCount += 1
                    links.add(EventKey(relation: relation, source: source, target: target), value: value,
                              document: rank, offset: offset, count: count)
                }
            }
        }
        links.seal()
        let actors = registry.sortedActors.filter { keepsEveryActor || involved.contains($0.id) }
        return SpilledCorpus(store: store, actors: actors, documents: records, parts: documents, links: links,
                             diagnostics: diagnostics)
    }
}
