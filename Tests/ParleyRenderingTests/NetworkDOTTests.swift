import ParleyModel
@testable import ParleyRendering
import Testing

/// The map's DOT beyond escaping: evidence tooltips, the legend, clusters, links, sizes.
@Suite struct NetworkDOTTests {
    let network = ActorNetwork(corpus: NetworkFixtures.corpus)

    /// The statement line of a node or edge, found by its start.
    func line(_ dot: String, _ start: String) -> Substring? {
        dot.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(start) }
    }

    @Test func edgeEventsAreChronologicalAndMergedWithACount() throws {
        let hosted = try #require(network.edges.first { $0.relation == .hostedBy })
        #expect(hosted.events.map(\.id) == ["e7", "e1"], "2023-11 sorts before 2023-11-27")
        let dot = DOTEncoder(evidenceLink: "").encode(network)
        let edge = try #require(line(dot, "\"khan\" -> \"tj\""))
        #expect(edge.contains("label=\"hosted_by ×2\""))
        #expect(edge.contains("URL=\"#ev-e7\""), "an edge links to its earliest event")
        #expect(!edge.contains("dir="))
        #expect(try #require(line(dot, "\"pk\" -> \"tj\"")).contains("dir=\"none\""))
    }

    @Test func edgeTooltipsGiveDatesDocumentsAndSentences() throws {
        let dot = DOTEncoder().encode(network)
        let edge = try #require(line(dot, "\"khan\" -> \"tj\""))
        #expect(edge.contains("tooltip=\"Ismail Khan hosted by Tajikistan: 2 events\\n2023-11 · Ismail Khan hosted by Tajikistan · d1 #7: Sentence e7.\\n2023-11-27 · Ismail Khan hosted by Tajikistan · d1 #1: Khan said, \\\"we will stay\\\" and <b>left</b> &amp; gone.\""), "line breaks and tabs become spaces; & is an entity, as Graphviz decodes them")
        #expect(edge.contains("labeltooltip="), "the label shows the same evidence")
        // An event told by two documents cites both.
        #expect(try #require(line(dot, "\"pk\" -> \"tj\"")).contains("undated · Pakistan met with Tajikistan · d1 #8; d2 #2: Pakistani envoys met Tajik officials."))
    }

    @Test func nodeTooltipsGiveKindMentionsAndEvidence() throws {
        let dot = DOTEncoder().encode(network)
        let khan = try #require(line(dot, "\"khan\" ["))
        #expect(khan.contains("tooltip=\"Ismail Khan (person, AFG): 3 events, 7 mentions\\n2023-11 · Ismail Khan hosted by Tajikistan · d1 #7: Sentence e7.\\n2023-11-27"))
        #expect(khan.contains("2024-02-29 · Ismail Khan criticized Russia · d1 #5: Sentence e5.\""))
        // An actor the corpus does not list still gets a node, named by its id.
        #expect(try #require(line(dot, "\"taliban\" [")).contains("tooltip=\"taliban (group): 1 event\\n2023 · Russia supports taliban"))
    }

    @Test func longEvidenceIsShortenedAndCounted() {
        let events = (1...7).map { NetworkFixtures.event("e\($0)", "a", .metWith, "b", nil, sentence: String(repeating: "word ", count: 80)) }
        let tooltip = EvidenceTooltip(names: [:]).edge(ActorNetwork(corpus: Corpus(events: events)).edges[0])
        let lines = tooltip.split(separator: "\n")
        #expect(lines.count == 1 + 5 + 1)
        #expect(lines.last == "(+2 more)")
        #expect(lines[1].hasSuffix("…"))
        #expect(lines[1].count < 260)
    }

    @Test func legendIsTheGraphLabelNotANode() throws {
        let dot = DOTEncoder().encode(network)
        let legend = try #require(line(dot, "graph [label=<"))
        for relation in ["met_with (no direction)", "hosted_by", "visited", "supports", "criticizes", "opposes"] {
            #expect(legend.contains(">\(relation)</td>"), "\(relation) in the legend")
        }
        #expect(!legend.contains("invited"), "only relations on the map are explained")
        #expect(legend.contains("<font color=\"#d62728\">╌╌╌╌▶</font>"), "criticizes: red, dashed, directed")
        #expect(legend.contains("bgcolor=\"#fde2c8\""))
        #expect(legend.contains(">government, country</td>") == false, "no government on this map")
        #expect(legend.contains(">country</td>"))
        #expect(dot.hasSuffix("labeljust=\"l\", labelloc=\"b\"];\n}\n"), "the legend comes last, after any cluster")
        #expect(!DOTEncoder(legend: false).encode(network).contains("Legend"))
        #expect(!DOTEncoder().encode(ActorNetwork(corpus: Corpus())).contains("label=<"), "no legend on an empty map")
    }

    @Test func legendTextIsEscaped() {
        #expect(DOTLegend.escape("a<b>&\"c\u{1}") == "a&lt;b&gt;&amp;&quot;c ")
    }

    @Test func clustersGroupCountriesWithTwoActorsOrMore() throws {
        let dot = DOTEncoder(clustering: .country).encode(network)
        #expect(dot.contains("  subgraph \"cluster_country_AFG\" {\n    graph [color=\"#9aa3ad\", fontcolor=\"#5b6270\", label=\"AFG\", style=\"rounded,dashed\"];\n    \"khan\" ["))
        #expect(dot.contains("    \"massoud\" ["))
        // Tajikistan is its country's only actor: no box, and the country's own actor names a box when present.
        #expect(!dot.contains("cluster_country_TJK"))
        #expect(try #require(line(dot, "\"tj\" [")).hasPrefix("  \"tj\""), "drawn loose, at the top level")
        var corpus = NetworkFixtures.corpus
        corpus.events.append(NetworkFixtures.event("e9", "afg", .metWith, "khan", nil))
        #expect(DOTEncoder(clustering: .country).encode(ActorNetwork(corpus: corpus)).contains("label=\"Afghanistan\""))
        #expect(!DOTEncoder().encode(network).contains("subgraph"))
    }

    @Test func largeGraphsGetStraightEdgesOverlapRemovalAndShortLabels() throws {
        let dot = DOTEncoder(largeGraph: true).encode(network)
        #expect(dot.contains("graph [fontname=\"Helvetica\", outputorder=\"edgesfirst\", overlap=\"prism\", rankdir=\"LR\", splines=\"false\"];"))
        #expect(try #require(line(dot, "\"khan\" -> \"tj\"")).contains("label=\"×2\""))
        let single = try #require(line(dot, "\"khan\" -> \"ru\""))
        #expect(!single.contains("label="))
        #expect(single.contains("tooltip="), "evidence stays in the tooltip")
    }

    @Test func nodesLinkToTheirActorRowsWithSafeAnchors() {
        #expect(ReportAnchors.actor("ahmad-massoud") == "actor-ahmad-massoud")
        let odd = ReportAnchors.actor("a.b\"<c")
        #expect(odd.hasPrefix("actor-a_b__c-"))
        #expect(odd != ReportAnchors.actor("a_b__c"))
        #expect(odd == ReportAnchors.actor("a.b\"<c"), "stable")
        #expect(odd.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    }

    @Test func fontSizeGrowsWithTheLogOfTheWeight() {
        #expect([1, 2, 3, 4, 8, 16, 1000].map(NodeStyle.fontSize) == [11, 13, 13, 15, 17, 19, 22])
    }
}

/// Tooltips for Graphviz are written escaped as they are put together; that must be the
/// escaping of the whole text, for any names and sentences.
@Suite struct EscapedTooltipTests {
    @Test func anEscapedTooltipIsTheParsedTooltip() {
        let pieces = ["\\", "\"", "&amp;", "\n", "\r\n", "\u{0}", "\u{FFFE}", "é😀", "Kabul", " "]
        var events: [Event] = []
        for k in 0..<60 {
            let a = pieces[k % pieces.count] + "a", b = pieces[(k * 7) % pieces.count] + "b"
            events.append(Event(id: "e\(k)", relation: RelationType.allCases[k % 8], source: k % 2 == 0 ? a : b, target: k % 2 == 0 ? b : a,
                                document: "d" + pieces[k % 3],
                                evidence: Evidence(sentence: pieces[(k * 3) % pieces.count] + String(repeating: "x", count: k * 5), start: k,
                                                   end: k + 1, sentenceNumber: k)))
        }
        let network = ActorNetwork(corpus: Corpus(actors: [Actor(id: "\\a", name: "N\"\\&\n", kind: .person, country: "&")], events: events))
        let tooltips = EvidenceTooltip(network: network)
        for node in network.nodes {
            #expect(tooltips.node(node, escaped: true) == DOTAttribute("tooltip", tooltips.node(node)).parsedValue)
        }
        for edge in network.edges {
            #expect(tooltips.edge(edge, escaped: true) == DOTAttribute("tooltip", tooltips.edge(edge)).parsedValue)
        }
    }
}
