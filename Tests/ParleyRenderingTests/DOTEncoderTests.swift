import ParleyModel
import ParleyRendering
import Testing

@Suite struct DOTEncoderTests {
    static func event(_ id: String, _ relation: RelationType, _ s: String, _ t: String, date: String? = nil,
                      sentence: String = "A sentence.") -> Event {
        Event(id: id, relation: relation, source: s, target: t,
              date: date.map { EventDate(value: $0, precision: .day, basis: .text) } ?? .undated,
              document: "doc", evidence: Evidence(sentence: sentence, start: 0, end: sentence.count, sentenceNumber: 1))
    }

    static let corpus = Corpus(
        documents: [DocumentRecord(id: "doc", path: "doc.txt")],
        actors: [Actor(id: "a", name: "Ahmad \"The Lion\" Massoud", kind: .person),
                 Actor(id: "3M", name: "3M", kind: .organization),
                 Actor(id: "russia", name: "Russia", kind: .country)],
        events: [event("e1", .metWith, "russia", "a"), event("e2", .metWith, "a", "russia"),
                 event("e3", .supports, "3M", "a", sentence: "Line one\nback\\slash \"quoted\"")])

    @Test func idsAndLabelsAreQuotedAndEscaped() {
        let dot = DOTEncoder().encode(ActorNetwork(corpus: Self.corpus))
        #expect(dot.contains("\"3M\" ["), "ids starting with a digit stay one quoted id")
        #expect(dot.contains("label=\"Ahmad \\\"The Lion\\\" Massoud\""))
        #expect(dot.contains("back\\\\slash \\\"quoted\\\""))
        #expect(dot.contains("Line one back\\\\slash"), "a sentence's line breaks become spaces in its tooltip")
        #expect(DOTEncoder.quote("Line one\nback") == "\"Line one\\nback\"", "newlines become \\n, never a raw line break inside a string")
        #expect(dot.split(separator: "\n").allSatisfy { $0.hasPrefix("  ") || $0.hasPrefix("digraph") || $0 == "}" })
    }

    @Test func parallelMeetingsMergeIntoOneUndirectedEdgeWithACount() {
        let network = ActorNetwork(corpus: Self.corpus)
        let meetings = network.edges.filter { $0.relation == .metWith }
        #expect(meetings.count == 1)
        #expect(meetings.first?.events.count == 2)
        let dot = DOTEncoder().encode(network)
        #expect(dot.contains("\"a\" -> \"russia\" [color="))
        #expect(dot.contains("dir=\"none\""))
        #expect(dot.contains("label=\"met_with ×2\""))
        #expect(!dot.contains("\"russia\" -> \"a\""))
    }

    @Test func nodesCarryKindStylesAndEventWeights() {
        let network = ActorNetwork(corpus: Self.corpus)
        #expect(network.nodes.map(\.actor.id) == ["3M", "a", "russia"])
        #expect(network.nodes.first { $0.actor.id == "a" }?.weight == 3)
        let dot = DOTEncoder().encode(network)
        #expect(dot.contains("\"russia\" [fillcolor=\"#dcefd5\", fontsize=\"13\", label=\"Russia\", penwidth=\"1.5\", shape=\"hexagon\""))
        #expect(dot.contains("penwidth=\"2.0\""), "three events: a wider border than two")
        #expect(dot.contains("\"3M\" [fillcolor=\"#d7e8f7\", label=\"3M\", shape=\"box\""), "one event: default size and border")
    }

    @Test func evidenceLinksEscapeAmpersandsForGraphviz() {
        let dot = DOTEncoder(evidenceLink: "report.html?x=1&y=2").encode(ActorNetwork(corpus: Self.corpus))
        // The met_with edge links to its first event in timeline order: e2 (both undated, e2 reads first).
        #expect(dot.contains("URL=\"report.html?x=1&amp;y=2#ev-e2\""))
        #expect(dot.contains("URL=\"report.html?x=1&amp;y=2#ev-e3\""))
        #expect(dot.contains("URL=\"report.html?x=1&amp;y=2#actor-3M\""), "nodes link to their actor row")
        #expect(DOTEncoder.escapeAmpersands("a&amp;b&c&#38;d&") == "a&amp;b&amp;c&#38;d&amp;")
    }

    @Test func controlCharactersCannotBreakOutOfAString() {
        #expect(DOTEncoder.quote("a\u{0}b\u{7}c\"") == "\"a b c\\\"\"")
        #expect(DOTEncoder.quote("}\n] ; digraph x {") == "\"}\\n] ; digraph x {\"")
    }

    @Test func ampersandsAndNoncharactersAreEscapedForXML() {
        #expect(DOTEncoder.quote("AT&T &#x1;") == "\"AT&amp;T &amp;#x1;\"", "Graphviz decodes entities in labels")
        #expect(DOTEncoder.quote("a&amp;b", ampersands: false) == "\"a&amp;b\"", "an escaped URL is left alone")
        #expect(DOTEncoder.quote("x\u{FFFE}y\u{FFFF}") == "\"x\u{FFFD}y\u{FFFD}\"")
        #expect(DOTEncoder.quoteID("a&b\u{FFFF}") == "\"a&amp;b\u{FFFD}\"")
    }

    @Test func idsKeepTheirBackslashesAsDOTReadsThem() {
        #expect(DOTEncoder.quoteID(#"back\slash"#) == #""back\slash""#, "a single backslash is written once")
        #expect(DOTEncoder.quoteID(#"a\\b"#) == #""a\\b""#, "a pair stays a pair")
        #expect(DOTEncoder.quoteID(#"say \\"hi\\""#) == #""say \\\"hi\\\"""#, "before a quote: an even run, then the escaped quote")
        #expect(DOTEncoder.quoteID(#"end\\"#) == #""end\\""#, "an even run at the end")
        // DOT cannot say an odd run before a quote or at the end: one backslash is added.
        #expect(DOTEncoder.quoteID(#"a\"b"#) == #""a\\\"b""#)
        #expect(DOTEncoder.quoteID(#"end\"#) == #""end\\""#)
        #expect(DOTEncoder.quoteID("two\nlines") == "\"two lines\"")
    }

    @Test func sameCorpusGivesSameBytes() {
        let a = DOTEncoder().encode(ActorNetwork(corpus: Self.corpus))
        var shuffled = Self.corpus
        shuffled.events.reverse()
        shuffled.actors.reverse()
        #expect(DOTEncoder().encode(ActorNetwork(corpus: shuffled)).count == a.count)
        #expect(ActorNetwork(corpus: shuffled).nodes == ActorNetwork(corpus: Self.corpus).nodes)
    }
}
