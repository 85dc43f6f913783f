import Foundation
import Parley
import Testing

/// Graphviz is given the DOT without tooltips and links, and those after the layout
/// (`DOTDrawing`, `DrawingAttributes`). The picture must be the very one that parsing the
/// whole DOT gives, for any names, sentences and links.
@Suite struct DrawingAttributesTests {
    /// Ids and names that the DOT must escape, and pairs that Graphviz reads as one node
    /// ("a\nb" and "a b"); sentences with quotes, backslashes (one at the end), entities,
    /// escString escapes (`\N`, `\n`) and line breaks.
    static var hostile: Corpus {
        let ids = ["a\\", "b\"q", "c\\\\\"d", "e&amp;f", "g\nh", "g h", "i\u{FFFE}j", "Kābul 😀", "x\\\\", "\\N", "plain"]
        let sentences = ["Ends with a backslash \\", "Says \"no\" & leaves", "Line one\nline two\r\nthree", "Uses \\N and \\n and \\\\",
                         "&lt;b&gt; is not a tag", String(repeating: "long ", count: 60) + "end"]
        var events: [Event] = []
        for (k, source) in ids.enumerated() {
            for (j, relation) in [RelationType.metWith, .supports, .hostedBy].enumerated() {
                let target = ids[(k + j + 1) % ids.count]
                let sentence = sentences[(k + j) % sentences.count]
                events.append(Event(id: "e\(events.count + 1)", relation: relation, source: source, target: target,
                                    date: j == 1 ? EventDate(value: "2023-1\(j)", precision: .month, basis: .text) : .undated,
                                    document: "doc \"\(k % 3)\" &", evidence: Evidence(sentence: sentence, start: k * 10 + j, end: k * 10 + j + 5,
                                                                                      sentenceNumber: k + 1)))
            }
        }
        let actors = ids.map { Actor(id: $0, name: $0 + " \"name\" & \\", kind: .person, country: "A&B", mentions: 3) }
        return Corpus(documents: [DocumentRecord(id: "doc", path: "doc.txt")], actors: actors, events: events)
    }

    /// What rendering gave before the split: the whole DOT, parsed.
    func wholeDOT(_ renderer: GraphRenderer, _ network: ActorNetwork, _ format: RenderFormat) throws -> Data {
        let data = try GraphvizRenderer().render(dot: renderer.dot(for: network), layout: renderer.chosenLayout(for: network), format: format)
        return format == .svg ? SVGEmbedding.embeddable(data) : data
    }

    @Test(arguments: [Layout.dot, .neato, .sfdp])
    func theHostileMapIsTheSameDrawing(layout: Layout) throws {
        let network = ActorNetwork(corpus: Self.hostile)
        for link in [nil, "report.html?a=1&b=2", ""] as [String?] {
            let renderer = GraphRenderer(layout: layout, evidenceLink: link)
            let svg = try renderer.render(network, format: .svg)
            #expect(svg == (try wholeDOT(renderer, network, .svg)), "\(layout), link \(link ?? "none")")
            #expect(String(decoding: svg, as: UTF8.self).contains("xlink:title="), "tooltips are drawn")
        }
        let png = GraphRenderer(layout: layout)
        #expect(try png.render(network, format: .png) == (try wholeDOT(png, network, .png)))
    }

    /// Clusters (subgraphs with their own graph attributes) and the JSON layout, which
    /// takes no drawing attributes.
    @Test(arguments: [Layout.dot, .fdp])
    func theClusteredHostileMapIsTheSameDrawing(layout: Layout) throws {
        var corpus = Self.hostile
        for k in corpus.actors.indices { corpus.actors[k].country = ["A&B", "C\\\"D", "E"][k % 3] }
        let network = ActorNetwork(corpus: corpus)
        let renderer = GraphRenderer(layout: layout, evidenceLink: "r.html", clustering: .country)
        #expect(try renderer.render(network, format: .svg) == (try wholeDOT(renderer, network, .svg)))
        let layoutJSON = try GraphvizRenderer().render(dot: DOTEncoder(evidenceLink: "r.html", clustering: .country).layoutDOT(network), layout: layout,
                                                       format: .json)
        #expect(try renderer.render(network, format: .json) == (try NetworkJSONEncoder().encode(
            network, layout: NetworkLayout(graphvizJSON: layoutJSON), layoutName: layout.rawValue)))
    }

    @Test func theSeedsMapIsTheSameDrawing() throws {
        let network = ActorNetwork(corpus: try SeedsGoldenTests.corpus())
        let renderer = GraphRenderer(evidenceLink: "report.html")
        #expect(try renderer.render(network, format: .svg) == (try wholeDOT(renderer, network, .svg)))
    }

    /// Many parallel edges (the same pair, several relations, both ways) under the large
    /// graph settings, where edges are found again by their order.
    @Test func aLargeMapWithParallelEdgesIsTheSameDrawing() throws {
        var events: [Event] = []
        let count = GraphRenderer.largeGraphNodes + 30
        for k in 0..<(2 * count) {
            for relation in RelationType.allCases where (k + relation.rawValue.count) % 3 != 0 {
                let (a, b) = ("n\(k % count)", "n\((k * 7 + 1) % count)")
                let (s, t) = k % 2 == 0 ? (a, b) : (b, a)
                events.append(Event(id: "e\(events.count + 1)", relation: relation, source: s, target: t, document: "d",
                                    evidence: Evidence(sentence: "S\(k) \\ \"\(relation)\"", start: k, end: k + 1, sentenceNumber: 1)))
            }
        }
        let corpus = Corpus(actors: [], events: events)
        let network = ActorNetwork(corpus: corpus)
        let renderer = GraphRenderer()
        #expect(renderer.chosenLayout(for: network) == .sfdp)
        #expect(try renderer.render(network, format: .svg) == (try wholeDOT(renderer, network, .svg)))
    }

    @Test func theLaidOutDOTHoldsNoTooltipOrLinkAndOneListPerEdge() {
        let network = ActorNetwork(corpus: Self.hostile)
        let encoder = DOTEncoder(evidenceLink: "r.html")
        let dot = encoder.layoutDOT(network)
        #expect(!dot.contains("tooltip=") && !dot.contains("URL="))
        #expect(dot == encoder.encode(network).replacing(#/, (label)?tooltip="(\\.|[^"\\])*"|URL="[^"]*", /#, with: ""),
                "the whole DOT less those attributes")
        let drawing = encoder.drawing(network)
        #expect(drawing.edges.count == network.edges.count)
        #expect(drawing.edges.allSatisfy { Set($0.map(\.name)) == ["tooltip", "URL"] || Set($0.map(\.name)) == ["tooltip", "labeltooltip", "URL"] })
        #expect(drawing.nodes.count == network.nodes.count)
        // Quotes are plain once parsed; backslashes and line breaks keep their DOT escapes.
        let node = drawing.nodes.first { $0.name == "b\"q" }
        #expect(node?.attributes.first { $0.name == "tooltip" }?.value.hasPrefix("b\"q \"name\" &amp; \\\\ (person, A&amp;B): ") == true)
        #expect(drawing.nodes.contains { $0.name == "c\\\\\"d" } && drawing.nodes.contains { $0.name == "a\\\\" },
                "an odd run of backslashes before a quote or at the end gets one more, as in the DOT")
        #expect(drawing.nodes.filter { $0.name == "g h" }.count == 2, "two ids, one Graphviz node")
    }
}
