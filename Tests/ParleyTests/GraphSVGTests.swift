import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Parley
import Testing

/// The seeds' map as SVG and JSON: evidence tooltips on every node and edge, edges that
/// link to their evidence entries, an embeddable, deterministic file.
@Suite struct GraphSVGTests {
    @Test func everyEdgeLinksToItsEvidenceAndEveryElementHasATooltip() throws {
        let corpus = try SeedsGoldenTests.corpus()
        let network = ActorNetwork(corpus: corpus)
        let svg = try SVGElements.read(GraphRenderer(evidenceLink: "report.html").render(corpus, format: .svg))
        #expect(svg.edges.count == network.edges.count)
        // An edge's first event belongs to no other edge, so its link identifies it.
        let drawn = Dictionary(svg.edges.map { ($0.href ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(drawn.count == network.edges.count, "every edge has its own link")
        for edge in network.edges {
            let first = try #require(edge.events.first)
            let element = try #require(drawn["report.html#" + ReportRenderer.evidenceAnchor(forEventID: first.id)],
                                       "no edge links to \(first.id)")
            #expect(element.title == "\(edge.source)->\(edge.target)")
            let tooltip = element.tooltip ?? ""
            #expect(tooltip.contains(String(first.evidence.sentence.split(whereSeparator: \.isNewline).joined(separator: " ").prefix(40))),
                    "the tooltip quotes the sentence")
            #expect(tooltip.contains("\(first.document) #\(first.evidence.sentenceNumber)"), "and names document and sentence")
            #expect(tooltip.contains(first.date.value ?? "undated"), "and the date")
        }
        #expect(Set(svg.nodes.map(\.title)) == Set(network.nodes.map(\.actor.id)), "one node per actor, no legend node")
        for node in svg.nodes {
            let actor = try #require(network.nodes.first { $0.actor.id == node.title })
            #expect(node.tooltip?.hasPrefix("\(actor.actor.name) (\(actor.actor.kind.rawValue)") == true)
            #expect(node.tooltip?.contains(actor.events[0].evidence.sentence.prefix(30)) == true)
            #expect(node.href == "report.html#" + ReportAnchors.actor(actor.actor.id))
        }
    }

    @Test func theSVGIsEmbeddableAndDeterministic() throws {
        let corpus = try SeedsGoldenTests.corpus()
        let data = try GraphRenderer().render(corpus, format: .svg)
        #expect(data == (try GraphRenderer().render(corpus, format: .svg)), "same input, same bytes")
        let text = String(decoding: data, as: UTF8.self)
        let svg = try SVGElements.read(data)
        #expect(svg.rootViewBox?.split(separator: " ").count == 4, "a viewBox")
        #expect(!text.contains("<!DOCTYPE"), "no external DTD")
        #expect(!text.contains("<image") && !text.contains("@import") && !text.contains("url("))
        #expect(svg.hrefs.isEmpty, "no links without a report to link to")
        #expect(svg.texts.contains("Taliban") && svg.texts.contains("Legend"), "labels and legend stay text")
    }

    @Test func jsonGivesEveryNodeAPositionInsideTheDrawing() throws {
        let corpus = try SeedsGoldenTests.corpus()
        let data = try GraphRenderer().render(corpus, format: .json)
        #expect(data == (try GraphRenderer().render(corpus, format: .json)))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let width = try #require(json["width"] as? Double), height = try #require(json["height"] as? Double)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let network = ActorNetwork(corpus: corpus)
        #expect(nodes.map { $0["id"] as? String } == network.nodes.map(\.actor.id))
        for node in nodes {
            let x = try #require(node["x"] as? Double), y = try #require(node["y"] as? Double)
            #expect((0...width).contains(x) && (0...height).contains(y), "\(node["id"] ?? "")")
            #expect((node["width"] as? Double ?? 0) > 0)
        }
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.count == network.edges.count)
        let ids = Set(corpus.events.map(\.id))
        #expect(edges.allSatisfy { ($0["events"] as? [String] ?? []).allSatisfy(ids.contains) })
    }

    @Test func clustersAreDrawnAsBoxes() throws {
        let data = try GraphRenderer(clustering: .country).render(try SeedsGoldenTests.corpus(), format: .svg)
        #expect(String(decoding: data, as: UTF8.self).contains("class=\"cluster\""))
    }

    @Test func theAutomaticLayoutSwitchesToSfdpForLargeGraphs() {
        let events = (0..<(GraphRenderer.largeGraphNodes + 1)).map { k in
            Event(id: "e\(k)", relation: .metWith, source: "a\(k)", target: "b\(k)", document: "d",
                  evidence: Evidence(sentence: "s", start: 0, end: 1, sentenceNumber: 1))
        }
        let large = Corpus(events: events)
        #expect(GraphRenderer().chosenLayout(for: large) == .sfdp)
        #expect(GraphRenderer().dot(for: large).contains("overlap=\"prism\""))
        #expect(GraphRenderer(layout: .dot).chosenLayout(for: large) == .dot)
        #expect(!GraphRenderer(layout: .dot).dot(for: large).contains("prism"), "dot keeps its labels and splines")
        #expect(GraphRenderer().chosenLayout(for: Corpus(events: Array(events.prefix(3)))) == .dot)
    }
}

/// What the map tests look for in an SVG: each node's and edge's title, link and tooltip,
/// every link, the root's viewBox, every text. Throws when the SVG is not well-formed XML.
final class SVGElements: NSObject, XMLParserDelegate {
    struct Element {
        var index: Int
        var title = ""
        var href: String?
        var tooltip: String?
    }

    private(set) var nodes: [Element] = []
    private(set) var edges: [Element] = []
    private(set) var hrefs: [String] = []
    private(set) var texts: Set<String> = []
    private(set) var rootViewBox: String?
    private var current: Element?
    private var currentIsNode = false
    private var depth = 0, groupDepth = 0
    private var reading: String?

    static func read(_ data: Data) throws -> SVGElements {
        let elements = SVGElements()
        let parser = XMLParser(data: data)
        parser.delegate = elements
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return elements
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        depth += 1
        if name == "svg", rootViewBox == nil { rootViewBox = attributes["viewBox"] }
        if let href = attributes["xlink:href"] ?? attributes["href"] { hrefs.append(href) }
        if name == "g", let cls = attributes["class"], cls == "node" || cls == "edge" {
            current = Element(index: nodes.count + edges.count)
            currentIsNode = cls == "node"
            groupDepth = depth
        }
        if name == "a", current != nil {
            if current?.href == nil { current?.href = attributes["xlink:href"] }
            if current?.tooltip == nil { current?.tooltip = attributes["xlink:title"] }
        }
        if name == "title" || name == "text" { reading = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { reading? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title", let text = reading, current != nil, current?.title.isEmpty == true { current?.title = text }
        if name == "text", let text = reading { texts.insert(text) }
        if name == "title" || name == "text" { reading = nil }
        if name == "g", depth == groupDepth, let element = current {
            if currentIsNode { nodes.append(element) } else { edges.append(element) }
            current = nil
        }
        depth -= 1
    }
}
