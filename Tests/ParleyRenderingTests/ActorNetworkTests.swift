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
