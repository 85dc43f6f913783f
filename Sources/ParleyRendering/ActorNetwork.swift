import ParleyModel

/// The graph to draw: one node per actor taking part in events, one edge per
/// (source, relation, target) with the events behind it. met_with edges are keyed
/// source-target in id order, since the relation has no direction.
public struct ActorNetwork: Sendable {
    public struct Node: Hashable, Sendable {
        public var actor: Actor
        /// Events the actor takes part in.
        public var weight: Int
    }

    public struct Edge: Hashable, Sendable {
        public var source: String
        public var target: String
        public var relation: RelationType
        public var events: [Event]
    }

    public var nodes: [Node]
    public var edges: [Edge]

    public init(corpus: Corpus) {
        let actors = corpus.actorsByID
        var weights: [String: Int] = [:]
        var grouped: [String: Edge] = [:]
        for event in corpus.events {
            weights[event.source, default: 0] += 1
            if event.target != event.source { weights[event.target, default: 0] += 1 }
            var (a, b) = (event.source, event.target)
            if event.relation.isSymmetric, b < a { swap(&a, &b) }
            let key = "\(a)\u{1F}\(event.relation.rawValue)\u{1F}\(b)"
            grouped[key, default: Edge(source: a, target: b, relation: event.relation, events: [])].events.append(event)
        }
        nodes = weights.keys.sorted().map { id in
            Node(actor: actors[id] ?? Actor(id: id, name: id, kind: .group, known: false), weight: weights[id] ?? 0)
        }
        edges = grouped.keys.sorted().compactMap { grouped[$0] }
    }
}
