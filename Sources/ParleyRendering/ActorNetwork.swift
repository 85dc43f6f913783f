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
        let actors = corpus.actorsByID
        // An event told by several documents is listed once per telling; it counts once.
        let told = corpus.events.filter(\.isFirstTelling)
        var involved: [String: [Event]] = [:]
        var grouped: [String: Edge] = [:]
        // Taken in chronological order, so every node's and edge's list is chronological
        // as it is built (the order sorting each list would give, dates parsed once).
        for k in Event.chronologicalOrder(told) {
            let event = told[k]
            involved[event.source, default: []].append(event)
            if event.target != event.source { involved[event.target, default: []].append(event) }
            let (a, b) = ActorNetwork.ends(of: event)
            grouped[ActorNetwork.key(a, event.relation, b), default: Edge(source: a, target: b, relation: event.relation, events: [])]
                .events.append(event)
        }
        nodes = involved.keys.sorted().map { id in
            Node(actor: actors[id] ?? Actor(id: id, name: id, kind: .group, known: false), events: involved[id] ?? [])
        }
        edges = grouped.keys.sorted().compactMap { grouped[$0] }
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
