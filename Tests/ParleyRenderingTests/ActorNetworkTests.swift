import ParleyModel
@testable import ParleyRendering
import Testing

/// `ActorNetwork` lists each node's and edge's events chronologically (dated first, by
/// date with a less precise date first in its period, then reading order), whatever the
/// order of the corpus's events.
@Suite struct ActorNetworkTests {
    /// Timeline order, each date parsed at every comparison: what the network's lists
    /// were sorted by, one list at a time, before they were built in order.
    static func chronologically(_ a: Event, _ b: Event) -> Bool {
        switch (a.calendarDate, b.calendarDate) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return Event.inReadingOrder(a, b)
        }
    }

    /// Many events over few actors, documents and dates, so that dates tie, periods nest
    /// (2023, 2023-11, 2023-11-02), some dates are no dates ("2023-13", "soon"), and some
    /// events are alike in everything but their id.
    static func corpus(seed: UInt64) -> Corpus {
        var random = Xorshift(seed)
        let dates: [String?] = [nil, "2023", "2023-11", "2023-11-02", "2023-11-30", "2022-12-31", "2023-13", "soon", "2024"]
        let actors = ["a", "b", "c", "d"]
        let events = (0..<300).map { k -> Event in
            let relation = RelationType.allCases[random.below(RelationType.allCases.count)]
            let evidence = Evidence(sentence: "S\(k).", start: random.below(5), end: 9, sentenceNumber: 1)
            var event = Event(id: "e\(random.below(50))", relation: relation, source: actors[random.below(4)],
                              target: actors[random.below(4)], date: dates[random.below(dates.count)].map {
                                  EventDate(value: $0, precision: .day, basis: .text)
                              } ?? .undated, document: "d\(random.below(3))", evidence: evidence)
            if random.below(10) == 0 {
                event.sources = [EventSource(document: "x", evidence: evidence), EventSource(document: event.document, evidence: evidence)]
            }
            return event
        }
        return Corpus(actors: actors.map { Actor(id: $0, name: $0.uppercased(), kind: .person) }, events: events)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func listsAreChronologicalWithTiesInTheCorpusOrder(seed: UInt64) {
        let corpus = Self.corpus(seed: seed)
        let network = ActorNetwork(corpus: corpus)
        let told = corpus.events.filter(\.isFirstTelling)
        #expect(told.count < corpus.events.count, "some events are later tellings and left out")
        for node in network.nodes {
            let expected = told.filter { $0.source == node.actor.id || $0.target == node.actor.id }.sorted(by: Self.chronologically)
            #expect(node.events == expected, "node \(node.actor.id)")
        }
        for edge in network.edges {
            let expected = told.filter { ActorNetwork.ends(of: $0) == (edge.source, edge.target) && $0.relation == edge.relation }
                .sorted(by: Self.chronologically)
            #expect(edge.events == expected, "edge \(edge.source) \(edge.relation) \(edge.target)")
        }
        #expect(network.edges.map(\.events.count).reduce(0, +) == told.count)
    }
}

/// The network is built with actors as numbers and edges keyed by ranks; it must be the
/// one keyed by strings, node for node and edge for edge: for ids that are prefixes of
/// others, that hold characters below the key separator U+001F (where ranks and keys
/// disagree), or that are not ASCII. (Not for canonically equal ids spelt in different
/// bytes: Swift finds "a\u{308}" neither less than, equal to nor greater than "äa", so the
/// order of string keys then followed the dictionary's, which changes from run to run.)
@Suite struct ActorNetworkKeyTests {
    /// The network as it was built before: by id strings and string keys.
    static func reference(_ corpus: Corpus) -> ActorNetwork {
        let actors = corpus.actorsByID
        let told = corpus.events.filter(\.isFirstTelling)
        var involved: [String: [Event]] = [:]
        var grouped: [String: ActorNetwork.Edge] = [:]
        for k in Event.chronologicalOrder(told) {
            let event = told[k]
            involved[event.source, default: []].append(event)
            if event.target != event.source { involved[event.target, default: []].append(event) }
            let (a, b) = ActorNetwork.ends(of: event)
            grouped[ActorNetwork.key(a, event.relation, b), default: ActorNetwork.Edge(source: a, target: b, relation: event.relation, events: [])]
                .events.append(event)
        }
        let nodes = involved.keys.sorted().map { id in
            ActorNetwork.Node(actor: actors[id] ?? Actor(id: id, name: id, kind: .group, known: false), events: involved[id] ?? [])
        }
        return ActorNetwork(nodes: nodes, edges: grouped.keys.sorted().compactMap { grouped[$0] })
    }

    static func corpus(seed: UInt64, ids: [String]) -> Corpus {
        var random = Xorshift(seed)
        let dates: [String?] = [nil, "2023", "2023-11", "2023-11-02", "2022-12-31"]
        let events = (0..<400).map { k -> Event in
            var event = Event(id: "e\(k)", relation: RelationType.allCases[random.below(RelationType.allCases.count)],
                              source: ids[random.below(ids.count)], target: ids[random.below(ids.count)],
                              date: dates[random.below(dates.count)].map { EventDate(value: $0, precision: .day, basis: .text) } ?? .undated,
                              document: "d\(random.below(4))",
                              evidence: Evidence(sentence: "S\(k).", start: random.below(40), end: 50, sentenceNumber: 1))
            if random.below(12) == 0 {
                event.sources = [EventSource(document: "x", evidence: event.evidence), EventSource(document: event.document, evidence: event.evidence)]
            }
            return event
        }
        return Corpus(actors: ids.prefix(5).map { Actor(id: $0, name: $0 + "!", kind: .city) }, events: events)
    }

    static let idSets: [[String]] = [
        ["a", "ab", "abc", "b", "a-b", "a b", "Z", "é", "éa", "ä", "Kābul", "", "😀"],
        ["a", "a\u{1}", "a\u{1}b", "a\u{1F}", "a\u{1F}x", "ab", "a\tb", "b\n", "b"],
    ]

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func theNetworkIsTheOneKeyedByStrings(seed: UInt64) {
        for ids in Self.idSets {
            let corpus = Self.corpus(seed: seed, ids: ids)
            let network = ActorNetwork(corpus: corpus), reference = Self.reference(corpus)
            #expect(network.nodes.map(\.actor.id.utf8).map(Array.init) == reference.nodes.map(\.actor.id.utf8).map(Array.init))
            #expect(network.nodes == reference.nodes)
            #expect(network.edges.map { [$0.source, $0.target].map { Array($0.utf8) } }
                == reference.edges.map { [$0.source, $0.target].map { Array($0.utf8) } })
            #expect(network.edges == reference.edges)
        }
    }

    @Test func eventsInReadingOrderKeepTheirOrder() {
        let corpus = Self.corpus(seed: 9, ids: ["a", "b", "c"])
        let sorted = Event.readingOrder(corpus.events).map { corpus.events[$0] }
        #expect(Event.readingOrder(sorted) == Array(sorted.indices))
        #expect(Event.readingOrder(corpus.events) == corpus.events.indices.sorted {
            Event.inReadingOrder(corpus.events[$0], corpus.events[$1])
                || (!Event.inReadingOrder(corpus.events[$1], corpus.events[$0]) && $0 < $1)
        })
    }
}

/// A small seeded generator, so the corpora are the same every run.
struct Xorshift {
    var state: UInt64

    init(_ seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func below(_ n: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(n))
    }
}
