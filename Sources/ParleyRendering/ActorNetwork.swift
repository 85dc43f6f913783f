import ParleyModel

/// The graph to draw: one node per actor taking part in events, one edge per
/// (source, relation, target) with the events behind it (each once, however many documents
/// tell it: its `sources` name them all). met_with edges are keyed
/// source-target in id order, since the relation has no direction. Nodes are sorted by
/// id, edges by (source, relation, target), and every event list is chronological, so
/// the network never depends on the order events come in.
public struct ActorNetwork: Sendable {
    public struct Node: Hashable, Sendable {
        public var actor: Actor
        /// Events the actor takes part in.
        public var weight: Int { events.count }
        /// Those events, chronologically.
        public var events: [Event]

        public init(actor: Actor, events: [Event]) {
            self.actor = actor
            self.events = events
        }
    }

    public struct Edge: Hashable, Sendable {
        public var source: String
        public var target: String
        public var relation: RelationType
        /// The events merged into this edge, chronologically (the first is the earliest).
        public var events: [Event]

        public init(source: String, target: String, relation: RelationType, events: [Event]) {
            self.source = source
            self.target = target
            self.relation = relation
            self.events = events
        }

        /// Whether the edge is drawn with an arrow: every relation but met_with.
        public var isDirected: Bool { !relation.isSymmetric }
    }

    public var nodes: [Node]
    public var edges: [Edge]

    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }

    public init(corpus: Corpus) {
        // An event told by several documents is listed once per telling; it counts once.
        let told = corpus.events.allSatisfy(\.isFirstTelling) ? corpus.events : corpus.events.filter(\.isFirstTelling)
        let order = Event.chronologicalOrder(told)
        // Actors as numbers, in the order they first take part; ids kept as first written.
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(corpus.actors.count)
        var ids: [String] = []
        var ends = [(source: Int, target: Int)](repeating: (0, 0), count: told.count)
        var counts: [Int] = []
        for k in order {
            let (s, t) = (Self.number(told[k].source, in: &numbers, ids: &ids), Self.number(told[k].target, in: &numbers, ids: &ids))
            ends[k] = (s, t)
            counts += repeatElement(0, count: ids.count - counts.count)
            counts[s] += 1
            if t != s { counts[t] += 1 }
        }
        let sorted = ids.indices.sorted { ids[$0] < ids[$1] }
        var rank = [Int](repeating: 0, count: ids.count)
        for (r, n) in sorted.enumerated() { rank[n] = r }

        var involved = counts.map { count -> [Event] in
            var events: [Event] = []
            events.reserveCapacity(count)
            return events
        }
        var slots: [EdgeKey: Int] = [:]
        slots.reserveCapacity(told.count)
        var grouped: [Edge] = []
        var keys: [EdgeKey] = []
        // Taken in chronological order, so every node's and edge's list is chronological
        // as it is built (the order sorting each list would give, dates parsed once).
        for k in order {
            let (s, t) = ends[k]
            involved[s].append(told[k])
            if t != s { involved[t].append(told[k]) }
            // `ends(of:)`, by rank: the ids in order for a symmetric relation.
            let relation = told[k].relation
            let swapped = relation.isSymmetric && rank[t] < rank[s]
            let key = EdgeKey(a: rank[swapped ? t : s], relation: relation, b: rank[swapped ? s : t])
            if let slot = slots[key] {
                grouped[slot].events.append(told[k])
            } else {
                slots[key] = grouped.count
                keys.append(key)
                let (a, b) = swapped ? (told[k].target, told[k].source) : (told[k].source, told[k].target)
                grouped.append(Edge(source: a, target: b, relation: relation, events: [told[k]]))
            }
        }
        let actors = corpus.actorsByID
        nodes = sorted.map { n in
            Node(actor: actors[ids[n]] ?? Actor(id: ids[n], name: ids[n], kind: .group, known: false), events: involved[n])
        }
        // Edges in the order of their `key`s: by source, relation and target, which ranks
        // give unless an id holds a character below U+0020 (the key's separator is U+001F).
        let byKey: [Int]
        if ids.contains(where: { $0.utf8.contains { $0 < 0x20 } }) {
            let strings = grouped.map { ActorNetwork.key($0.source, $0.relation, $0.target) }
            byKey = grouped.indices.sorted { strings[$0] < strings[$1] }
        } else {
            byKey = grouped.indices.sorted { keys[$0] < keys[$1] }
        }
        edges = byKey.map { grouped[$0] }
    }

    /// An edge's ends by the rank of their ids, and its relation; ordered as its `key` is.
    struct EdgeKey: Hashable, Comparable {
        var a: Int
        /// The relation's place among the relations sorted by name.
        var relation: Int
        var b: Int

        init(a: Int, relation: RelationType, b: Int) {
            self.a = a
            self.relation = EdgeKey.byName.firstIndex(of: relation) ?? 0
            self.b = b
        }

        static let byName = RelationType.allCases.sorted { $0.rawValue < $1.rawValue }

        static func < (x: EdgeKey, y: EdgeKey) -> Bool {
            (x.a, x.relation, x.b) < (y.a, y.relation, y.b)
        }
    }

    /// The number of actor `id`, given in `ids`' order the first time it is asked for.
    private static func number(_ id: String, in numbers: inout [String: Int], ids: inout [String]) -> Int {
        if let n = numbers[id] { return n }
        numbers[id] = ids.count
        ids.append(id)
        return ids.count - 1
    }

    /// The key an event's edge is merged under (ids in order for symmetric relations).
    static func key(_ source: String, _ relation: RelationType, _ target: String) -> String {
        "\(source)\u{1F}\(relation.rawValue)\u{1F}\(target)"
    }

    /// The key of the edge `event` belongs to.
    static func key(of event: Event) -> String {
        let (a, b) = ends(of: event)
        return key(a, event.relation, b)
    }

    /// The edge's source and target: the event's, in id order for a symmetric relation.
    static func ends(of event: Event) -> (String, String) {
        event.relation.isSymmetric && event.target < event.source ? (event.target, event.source) : (event.source, event.target)
    }
}
