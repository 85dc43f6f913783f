/// Everything extracted from a set of documents: the events.json contract (`parley/1`).
public struct Corpus: Codable, Hashable, Sendable {
    public static let schemaName = "parley/1"

    public var schema: String
    public var documents: [DocumentRecord]
    public var actors: [Actor]
    public var events: [Event]

    public init(documents: [DocumentRecord] = [], actors: [Actor] = [], events: [Event] = []) {
        self.schema = Corpus.schemaName
        self.documents = documents
        self.actors = actors
        self.events = events
    }

    /// Actors by id, for renderers.
    public var actorsByID: [String: Actor] {
        Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The display name of an actor id (the id itself when the actor is not listed).
    public func name(of actorID: String) -> String {
        actors.first { $0.id == actorID }?.name ?? actorID
    }
}
