/// A dated, directed relation between two actors, traced to its sentence.
public struct Event: Codable, Hashable, Sendable {
    public var id: String
    public var relation: RelationType
    public var source: String
    public var target: String
    public var date: EventDate
    /// Where the event took place, when the text says.
    public var location: String?
    public var cameo: String
    /// The id of the document the event was read from.
    public var document: String
    public var evidence: Evidence

    public init(id: String = "", relation: RelationType, source: String, target: String,
                date: EventDate = .undated, location: String? = nil, document: String,
                evidence: Evidence) {
        self.id = id
        self.relation = relation
        self.source = source
        self.target = target
        self.date = date
        self.location = location
        self.cameo = relation.cameo
        self.document = document
        self.evidence = evidence
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(relation, forKey: .relation)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(date, forKey: .date)
        try c.encode(location, forKey: .location)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(document, forKey: .document)
        try c.encode(evidence, forKey: .evidence)
    }
}

extension Event {
    /// Reading order: document, position in it, then relation, actors and id, so that
    /// sorting never depends on the order events were produced in.
    public static func inReadingOrder(_ a: Event, _ b: Event) -> Bool {
        (a.document, a.evidence.start, a.relation.rawValue, a.source, a.target, a.id)
            < (b.document, b.evidence.start, b.relation.rawValue, b.source, b.target, b.id)
    }
}
