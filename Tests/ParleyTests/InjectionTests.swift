import Foundation
import Parley
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Article text and actor names are untrusted: a document and a lexicon full of
/// payloads go through the whole report, and every output shows them as text only.
@Suite struct InjectionTests {
    static let payloads = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "]]>"]

    /// Actor ids and names with quotes, backslashes, angle brackets, braces, DOT escapes and line breaks.
    static let lexicon = #"""
    - id: "evil-\"quote"
      name: "\"><img src=x onerror=alert(1)>"
      kind: person
      aliases: [Zorgon Vell]
    - id: "evil\\back"
      name: "<script>alert(1)</script> \\N \\G {braces} ]]>"
      kind: group
      aliases: [Blargh Front]
    - id: "evil-newline"
      name: "Line one\nline two\r\n\"quoted\" <b>bold</b> -> \"x\" [label=<y>]"
      kind: organization
      aliases: [Quux Council]
    """#

    static let article = #"""
    Date: 2023-12-06

    Moscow hosted Ahmad Massoud <script>alert(1)</script> on Monday.
    Zorgon Vell met Blargh Front "><img src=x onerror=alert(1)> ]]> on Tuesday.
    Quux Council criticized Zorgon Vell {x} "quoted" \ backslash <!-- --> on Wednesday.
    """#

    static func report(lexicon: String = lexicon, article: String = article) throws -> (corpus: Corpus, folder: URL) {
        let dir = try TestSupport.scratch()
        let doc = dir.appendingPathComponent("news.txt")
        try article.write(to: doc, atomically: true, encoding: .utf8)
        let user = try LexiconLoader.parse(yaml: lexicon, path: "evil.yaml")
        let corpus = CorpusBuilder(pipeline: try Pipeline(userLexicons: [user]), jobs: 1).build(paths: [doc.path]).corpus
        let out = dir.appendingPathComponent("out")
        try ReportWriter().write(corpus, to: out)
        return (corpus, out)
    }

    @Test func theHostileCorpusMakesEvents() throws {
        let (corpus, _) = try Self.report()
        let ids = Set(corpus.events.flatMap { [$0.source, $0.target] })
        #expect(ids.isSuperset(of: ["evil-\"quote", "evil\\back", "evil-newline"]), "\(ids)")
        #expect(corpus.events.contains { $0.evidence.sentence.contains("<script>alert(1)</script>") })
    }

    @Test func theDOTParsesAndKeepsEveryNodeApart() throws {
        let (corpus, out) = try Self.report()
        let dot = try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8)
        // Graphviz parses it, and finds exactly one node per actor and one edge per pair.
        let svg = try GraphvizRenderer().render(dot: dot, layout: .dot, format: .svg)
        let tree = try SVGTree(svg)
        #expect(tree.groups["node"] == corpus.actors.count)
        #expect(tree.groups["edge"] == ActorNetwork(corpus: corpus).edges.count)
        for payload in Self.payloads {
            #expect(tree.text.contains(payload), "\(payload) is shown as text in the map")
        }
    }

    @Test func theSVGIsWellFormedAndHoldsTheNamesAsText() throws {
        let (_, out) = try Self.report()
        let tree = try SVGTree(try Data(contentsOf: out.appendingPathComponent("graph.svg")))
        #expect(!tree.elements.contains("script"))
        #expect(!tree.elements.contains("img"))
        #expect(tree.eventAttributes.isEmpty, "\(tree.eventAttributes)")
        #expect(tree.text.contains("\"><img src=x onerror=alert(1)>"))
        #expect(tree.text.contains("<script>alert(1)</script> \\N \\G {braces} ]]>"))
        #expect(tree.text.contains("\"quoted\" <b>bold</b> -> \"x\" [label=<y>]"))
    }

    @Test func theReportShowsThePayloadsEscaped() throws {
        let (_, out) = try Self.report()
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.range(of: "<script", options: .caseInsensitive) == nil)
        #expect(!html.contains("<img"))
        #expect(HTMLTags.attributeNames(in: "<p><img src=x onerror=alert(1)></p>") == ["src", "onerror"], "the check can fail")
        #expect(HTMLTags.attributeNames(in: html).filter { $0.hasPrefix("on") }.isEmpty)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("]]&gt;"))
        let json = try Data(contentsOf: out.appendingPathComponent("events.json"))
        let back = try Corpus(jsonData: json)
        #expect(back.actors.contains { $0.name == "\"><img src=x onerror=alert(1)>" }, "events.json keeps the names exactly")
    }

    // Graphviz decodes HTML entities in the strings it is given and writes U+FFFE/U+FFFF
    // through; DOTEncoder escapes every `&` and replaces noncharacters so neither reaches
    // the SVG raw.

    @Test func anEntityInANameStaysText() throws {
        let lexicon = Self.lexicon.replacingOccurrences(of: "<b>bold</b>", with: "&#x1; &amp; <b>bold</b>")
        let (_, out) = try Self.report(lexicon: lexicon)
        let tree = try SVGTree(try Data(contentsOf: out.appendingPathComponent("graph.svg")))
        #expect(tree.text.contains("&#x1; &amp; <b>bold</b>"))
    }

    @Test func anEntityInASentenceStaysText() throws {
        let article = Self.article.replacingOccurrences(of: "{x}", with: "&#x1; &#27;[31m &amp;")
        let (_, out) = try Self.report(article: article)
        let tree = try SVGTree(try Data(contentsOf: out.appendingPathComponent("graph.svg")))
        #expect(tree.text.contains("&#x1; &#27;[31m &amp;"))
    }

    @Test func aNoncharacterInANameKeepsTheSVGWellFormed() throws {
        let lexicon = Self.lexicon.replacingOccurrences(of: "<b>bold</b>", with: "\\uFFFE <b>bold</b>")
        let (_, out) = try Self.report(lexicon: lexicon)
        let tree = try SVGTree(try Data(contentsOf: out.appendingPathComponent("graph.svg")))
        #expect(tree.text.contains("\u{FFFD} <b>bold</b>"))
    }

    @Test func aBackslashInAnIdIsWrittenOnceInItsTitle() throws {
        let (_, out) = try Self.report()
        let titles = try SVGTree(try Data(contentsOf: out.appendingPathComponent("graph.svg"))).titles
        #expect(titles.contains("evil\\back"), "\(titles)")
        #expect(titles.contains("evil-\"quote"), "\(titles)")
    }
}

/// What an SVG holds, read with a real XML parser (which fails on malformed input).
struct SVGTree {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    var elements: Set<String> = []
    /// `class` of each `<g>`, counted.
    var groups: [String: Int] = [:]
    var eventAttributes: [String] = []
    /// Every text node and attribute value, joined by newlines (XML entities decoded).
    var text = ""
    /// The text of each `<title>` element, in document order.
    var titles: [String] = []

    init(_ data: Data) throws {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            throw Malformed(description: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        self = collector.tree
    }

    final class Collector: NSObject, XMLParserDelegate {
        var tree = SVGTree()
        var title: String?

        override init() { super.init() }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            tree.elements.insert(name.lowercased())
            if name == "title" { title = "" }
            if name == "g", let c = attributes["class"] { tree.groups[c, default: 0] += 1 }
            for (key, value) in attributes.sorted(by: { $0.key < $1.key }) {
                if key.lowercased().hasPrefix("on") { tree.eventAttributes.append(key) }
                tree.text += value + "\n"
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            tree.text += string
            title? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            tree.text += "\n"
            if name == "title", let done = title {
                tree.titles.append(done)
                title = nil
            }
        }
    }
}

private extension SVGTree {
    init() {}
}

/// The attribute names of every start tag in an HTML page, as a browser's tokenizer
/// would find them (quoted values skipped, so text inside them is never taken for one).
enum HTMLTags {
    static func attributeNames(in html: String) -> [String] {
        let s = Array(html.unicodeScalars)
        var names: [String] = []
        var i = 0
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count, s[i + 1].properties.isAlphabetic else { i += 1; continue }
            i += 1
            while i < s.count, !isSpace(s[i]), s[i] != ">", s[i] != "/" { i += 1 } // the tag name
            while i < s.count, s[i] != ">" {
                if isSpace(s[i]) || s[i] == "/" { i += 1; continue }
                var name = ""
                while i < s.count, !isSpace(s[i]), s[i] != ">", s[i] != "=", s[i] != "/" {
                    name.unicodeScalars.append(s[i])
                    i += 1
                }
                names.append(name.lowercased())
                while i < s.count, isSpace(s[i]) { i += 1 }
                guard i < s.count, s[i] == "=" else { continue }
                i += 1
                while i < s.count, isSpace(s[i]) { i += 1 }
                if i < s.count, s[i] == "\"" || s[i] == "'" {
                    let quote = s[i]
                    i += 1
                    while i < s.count, s[i] != quote { i += 1 }
                    i += 1
                } else {
                    while i < s.count, !isSpace(s[i]), s[i] != ">" { i += 1 }
                }
            }
        }
        return names
    }
}
