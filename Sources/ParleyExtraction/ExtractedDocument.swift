import ParleyModel

/// What assembling a corpus needs of one document: its record, its events (merged within
/// the document, not yet across documents, not numbered) and the actors it mentions with
/// every surface form and how often. A long run keeps only these, not the sentences,
/// mentions and dates of `DocumentExtraction`; a shard line (`parley-shard/1`) is one.
public struct ExtractedDocument: Hashable, Sendable {
    public var document: DocumentRecord
    public var events: [Event]
    var registry: ActorRegistry

    init(document: DocumentRecord, events: [Event], registry: ActorRegistry) {
        self.document = document
        self.events = events
        self.registry = registry
    }

    /// A document from its parts; each actor's `mentions` is its mention count here.
    public init(document: DocumentRecord, events: [Event], actors: [Actor]) {
        self.init(document: document, events: events, registry: ActorRegistry(counted: actors))
    }

    /// The actors mentioned, by id, with their surface forms as first seen and `mentions` set.
    public var actors: [Actor] {
        registry.actors.keys.sorted().compactMap { registry.actors[$0] }
    }

    /// The same document under another id (a duplicate renamed): its events follow.
    mutating func rename(to id: String) {
        document.id = id
        for k in events.indices { events[k].document = id }
    }
}

extension DocumentExtraction {
    /// What assembly needs of this extraction, without the sentences, mentions and dates.
    public var extracted: ExtractedDocument {
        ExtractedDocument(document: document, events: events, registry: registry)
    }
}
