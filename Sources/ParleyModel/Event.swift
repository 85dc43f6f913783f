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
    /// When several documents tell this event: on its first telling, every telling (this
    /// one first); on each later telling, the first telling and this one. Empty otherwise.
    public var sources: [EventSource] = []

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
        if !sources.isEmpty { try c.encode(sources, forKey: .sources) }
    }

    enum CodingKeys: String, CodingKey {
        case id, relation, source, target, date, location, cameo, document, evidence, sources
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        relation = try c.decode(RelationType.self, forKey: .relation)
        source = try c.decode(String.self, forKey: .source)
        target = try c.decode(String.self, forKey: .target)
        date = try c.decodeIfPresent(EventDate.self, forKey: .date) ?? .undated
        location = try c.decodeIfPresent(String.self, forKey: .location)
        cameo = try c.decodeIfPresent(String.self, forKey: .cameo) ?? relation.cameo
        document = try c.decode(String.self, forKey: .document)
        evidence = try c.decode(Evidence.self, forKey: .evidence)
        sources = try c.decodeIfPresent([EventSource].self, forKey: .sources) ?? []
    }
}

extension Event {
    /// Whether this is the first telling of its event (or the only one): renderers that
    /// show an event once, whatever the number of documents telling it, keep only these.
    public var isFirstTelling: Bool {
        guard let first = sources.first else { return true }
        return first.document == document && first.evidence.start == evidence.start
    }

    /// Reading order: document, position in it, then relation, actors and id, so that
    /// sorting never depends on the order events were produced in.
    public static func inReadingOrder(_ a: Event, _ b: Event) -> Bool {
        // The tuple's order, most comparisons decided by the first two fields.
        if a.document != b.document { return a.document < b.document }
        if a.evidence.start != b.evidence.start { return a.evidence.start < b.evidence.start }
        return (a.relation.rawValue, a.source, a.target, a.id) < (b.relation.rawValue, b.source, b.target, b.id)
    }

    /// The positions of `events` in reading order, equal events in the order given: what
    /// a stable sort by `inReadingOrder` gives, without moving an event and with most
    /// comparisons on numbers (each document's rank among the documents, then the offset).
    public static func readingOrder(_ events: [Event]) -> [Int] {
        // Events mostly come in reading order already (events.json is written in it), and
        // the sort keeps equal events in the order given: then that is the order.
        // `!inReadingOrder(events[k], events[k - 1])` for each k, its first two comparisons
        // made here on the two fields alone, not on copies of whole events.
        let inOrder = events.indices.dropFirst().allSatisfy { k in
            let before = events[k - 1].document, after = events[k].document
            if before != after { return !(after < before) }
            let x = events[k - 1].evidence.start, y = events[k].evidence.start
            if x != y { return !(y < x) }
            return !inReadingOrder(events[k], events[k - 1])
        }
        if inOrder { return Array(events.indices) }
        var rank: [String: Int] = [:]
        for document in events.map(\.document) { rank[document] = 0 }
        for (k, document) in rank.keys.sorted().enumerated() { rank[document] = k }
        let documents = events.map { rank[$0.document] ?? 0 }
        return events.indices.sorted { i, j in
            if documents[i] != documents[j] { return documents[i] < documents[j] }
            let (a, b) = (events[i].evidence.start, events[j].evidence.start)
            if a != b { return a < b }
            return inReadingOrder(events[i], events[j])
        }
    }
}
