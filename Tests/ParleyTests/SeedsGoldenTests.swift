import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Parley
import Testing

/// The seeds' DOT and text timeline, compared with recorded golden files. A change in
/// extraction shows up here as a readable diff of what the seeds now give.
@Suite struct SeedsGoldenTests {
    static func corpus() throws -> Corpus {
        let result = CorpusBuilder(pipeline: try Pipeline()).build(paths: [TestSupport.seeds.path])
        #expect(result.failures == 0)
        return result.corpus
    }

    @Test func seedsDOT() throws {
        try GoldenFile.check(GraphRenderer().dot(for: try Self.corpus()), named: "seeds.dot")
    }

    @Test func seedsTimeline() throws {
        let text = TimelineRenderer().text(Timeline(corpus: try Self.corpus()))
        // Paths are absolute in this test; the golden file keeps them relative to the package.
        try GoldenFile.check(text.replacingOccurrences(of: TestSupport.root.path + "/", with: ""), named: "seeds-timeline.txt")
    }

    @Test func seedsAreExtractedTheSameWhateverTheJobCount() throws {
        let pipeline = try Pipeline()
        let one = CorpusBuilder(pipeline: pipeline, jobs: 1).build(paths: [TestSupport.seeds.path]).corpus
        let four = CorpusBuilder(pipeline: pipeline, jobs: 4).build(paths: [TestSupport.seeds.path]).corpus
        #expect(try one.jsonData() == four.jsonData())
    }

    @Test func everyGraphActorHasANodeWithATitleInTheSVG() throws {
        let corpus = try Self.corpus()
        let svg = try GraphRenderer().render(corpus, format: .svg)
        let titles = try SVGTitles.read(svg)
        let nodes = ActorNetwork(corpus: corpus).nodes
        #expect(!nodes.isEmpty)
        for node in nodes {
            #expect(titles.contains(node.actor.id), "no node titled \(node.actor.id)")
        }
    }
}

/// The decoded text of every <title> in an SVG; throws when the SVG is not well-formed XML.
final class SVGTitles: NSObject, XMLParserDelegate {
    private var titles: Set<String> = []
    private var current: String?

    static func read(_ data: Data) throws -> Set<String> {
        let collector = SVGTitles()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return collector.titles
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "title" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title", let text = current { titles.insert(text) }
        current = nil
    }
}
