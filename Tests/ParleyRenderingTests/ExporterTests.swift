import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ParleyModel
@testable import ParleyRendering
import Testing

/// Every export format read back: CSV by an RFC 4180 reader, JSON Lines by the events.json
/// decoder, GraphML and GEXF by an XML parser with structural checks, CAMEO TSV by columns.
@Suite struct ExporterTests {
    let corpus = NetworkFixtures.corpus

    @Test func csvRoundTripsCommasQuotesAndLineBreaks() throws {
        let text = CSVExporter().export(corpus)
        let rows = try RFC4180.parse(text)
        #expect(rows.first == CSVExporter.header)
        #expect(rows.count == corpus.events.count + 1)
        #expect(rows.allSatisfy { $0.count == CSVExporter.header.count })
        let column = Dictionary(uniqueKeysWithValues: CSVExporter.header.enumerated().map { ($1, $0) })
        let hosted = try #require(rows.first { $0[0] == "e1" })
        #expect(hosted[column["sentence"] ?? 0] == NetworkFixtures.hostileSentence, "the sentence comes back byte for byte")
        #expect(hosted[column["date"] ?? 0] == "2023-11-27")
        #expect(hosted[column["source_name"] ?? 0] == "Ismail Khan")
        #expect(hosted[column["cameo"] ?? 0] == "043")
        #expect(hosted[column["document"] ?? 0] == "news/d1.txt")
        // Timeline order: dated events first.
        #expect(rows.dropFirst().map { $0[0] } == ["e6", "e3", "e2", "e7", "e1", "e5", "e4", "e8"])
        #expect(text.hasSuffix("\r\n") && !text.contains("\r\n\r\n"))
        #expect(CSVExporter.field("plain") == "plain")
        #expect(CSVExporter.field("a,b") == "\"a,b\"")
        #expect(CSVExporter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    }

    @Test func jsonLinesHoldOneEventPerLineAsEventsJSONDoes() throws {
        let lines = try JSONLinesExporter().export(corpus).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        let events = try lines.dropLast().map { try JSONDecoder().decode(Event.self, from: Data($0.utf8)) }
        #expect(Set(events) == Set(corpus.events))
        #expect(events.first?.id == "e6")
    }

    @Test func graphMLIsWellFormedWithDeclaredKeysAndKnownEndpoints() throws {
        let xml = try XMLStructure.read(GraphMLExporter().export(corpus))
        #expect(xml.root == "graphml")
        let declared = Set(xml.elements("key").compactMap { $0["id"] })
        let used = Set(xml.elements("data").compactMap { $0["key"] })
        #expect(!used.isEmpty && used.isSubset(of: declared), "undeclared keys: \(used.subtracting(declared))")
        let nodes = Set(xml.elements("node").compactMap { $0["id"] })
        #expect(nodes == ["khan", "massoud", "tj", "ru", "taliban", "pk"])
        let edges = xml.elements("edge")
        #expect(edges.count == ActorNetwork(corpus: corpus).edges.count)
        for edge in edges {
            #expect(nodes.contains(edge["source"] ?? "") && nodes.contains(edge["target"] ?? ""))
        }
        #expect(Set(edges.compactMap { $0["id"] }).count == edges.count, "edge ids are unique")
        #expect(edges.filter { $0["directed"] == "false" }.count == 2, "met_with edges are undirected")
        #expect(xml.texts("data").contains("e7 e1"), "the events merged into an edge, chronologically")
    }

    @Test func gexfIsADynamicGraphWithSpellsForDatedEdges() throws {
        let text = GEXFExporter().export(corpus)
        let xml = try XMLStructure.read(text)
        #expect(xml.root == "gexf")
        #expect(xml.elements("gexf").first?["version"] == "1.3")
        let graph = try #require(xml.elements("graph").first)
        #expect(graph["mode"] == "dynamic" && graph["timeformat"] == "date")
        let declared = Set(xml.elements("attribute").compactMap { $0["id"] })
        #expect(Set(xml.elements("attvalue").compactMap { $0["for"] }).isSubset(of: declared))
        let nodes = Set(xml.elements("node").compactMap { $0["id"] })
        for edge in xml.elements("edge") {
            #expect(nodes.contains(edge["source"] ?? "") && nodes.contains(edge["target"] ?? ""))
        }
        // khan -> tj: 2023-11 and 2023-11-27 merge into the whole month.
        #expect(text.contains("kind=\"hosted_by\" label=\"hosted_by\" weight=\"2\">"))
        #expect(text.contains("<spell start=\"2023-11-01\" end=\"2023-11-30\"/>"))
        #expect(text.contains("<spell start=\"2023-01-01\" end=\"2023-12-31\"/>"), "a year-precision event spans its year")
        let spells = xml.elements("spell")
        #expect(spells.allSatisfy { ($0["start"] ?? "") <= ($0["end"] ?? "") })
        // Undated meetings carry no spells, nor does an actor with an undated event.
        #expect(xml.elements("spells").count == 5 + 3, "edges e1/e7, e2, e3, e5, e6; nodes khan, massoud, taliban")
    }

    @Test func spellsMergeOverlappingPeriodsAndVanishWithAnUndatedEvent() {
        let e = { (id: String, date: String?, p: EventDate.Precision) in NetworkFixtures.event(id, "a", .metWith, "b", date, p) }
        let periods = GEXFExporter.periods([e("e1", "2023-11-30", .day), e("e2", "2023-12", .month), e("e3", "2024-03-01", .day)])
        #expect(periods.map { "\(CalendarDate(dayNumber: $0.lowerBound))..\(CalendarDate(dayNumber: $0.upperBound))" }
                == ["2023-11-30..2023-12-31", "2024-03-01..2024-03-01"])
        #expect(GEXFExporter.periods([e("e1", "2023", .year), e("e2", nil, .unknown)]).isEmpty)
    }

    @Test func cameoTSVGivesRootQuadClassAndGoldstein() throws {
        let lines = CAMEOExporter().export(corpus).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines.first == CAMEOExporter.header)
        #expect(lines.dropFirst().allSatisfy { $0.count == CAMEOExporter.header.count })
        let byEvent = Dictionary(uniqueKeysWithValues: lines.dropFirst().map { ($0[8], $0) })
        #expect(byEvent["e1"] == ["2023-11-27", "khan", "tj", "043", "04", "1", "2.8", "d1", "e1"])
        #expect(byEvent["e6"]?[3...6] == ["170", "17", "4", "-7.0"])
        #expect(byEvent["e5"]?[3...6] == ["111", "11", "3", "-2.0"])
        #expect(byEvent["e4"]?[0] == "", "undated: empty date")
    }

    @Test func everyRelationHasAScoreAndAQuadClass() {
        let expected: [RelationType: (Double, Int)] = [
            .seeksSupportFrom: (3.0, 1), .invited: (5.0, 1), .metWith: (1.0, 1), .visited: (1.9, 1),
            .hostedBy: (2.8, 1), .supports: (3.5, 1), .criticizes: (-2.0, 3), .opposes: (-7.0, 4),
        ]
        for relation in RelationType.allCases {
            let code = CAMEOCode(relation.cameo)
            #expect(code.goldsteinScore == expected[relation]?.0, "\(relation)")
            #expect(code.quadClass == expected[relation]?.1, "\(relation)")
        }
        #expect(CAMEOCode("0874").goldsteinScore == 5.0, "an unlisted code takes its root's score")
        #expect(CAMEOCode("xyz").quadClass == nil && CAMEOCode("xyz").goldsteinScore == nil)
    }

    @Test(arguments: ExportFormat.allCases)
    func everyFormatIsDeterministic(format: ExportFormat) throws {
        var shuffled = corpus
        shuffled.events.reverse()
        shuffled.actors.reverse()
        #expect(try format.export(corpus) == format.export(shuffled))
    }

    @Test func formatsFollowFileExtensions() {
        #expect(ExportFormat(fileExtension: "GEXF") == .gexf)
        #expect(ExportFormat(fileExtension: "tsv") == .cameoTSV)
        #expect(ExportFormat(fileExtension: "ndjson") == .jsonl)
        #expect(ExportFormat(fileExtension: "xml") == nil)
        #expect(ExportFormat.validNames == "csv, jsonl, graphml, gexf, cameo-tsv")
    }

    @Test func xmlEscapingKeepsMarkupAndControlCharactersOut() {
        #expect("a<b>&\"c\nd\u{1}".xmlEscaped == "a&lt;b&gt;&amp;&quot;c&#10;d ")
    }
}

/// RFC 4180, strictly: quoted fields may hold commas, CR, LF and doubled quotes; records
/// end in CRLF. Throws on anything else, so a sloppy writer fails the test.
enum RFC4180 {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            switch c {
            case "\"" where field.isEmpty:
                while true {
                    guard let q = chars.popFirst() else { throw Malformed() }
                    if q == "\"" {
                        if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { break }
                    } else {
                        field.unicodeScalars.append(q)
                    }
                }
                guard chars.first == "," || chars.first == "\r" || chars.isEmpty else { throw Malformed() }
            case ",":
                row.append(field)
                field = ""
            case "\r":
                guard chars.popFirst() == "\n" else { throw Malformed() }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            case "\"", "\n":
                throw Malformed()
            default:
                field.unicodeScalars.append(c)
            }
        }
        guard row.isEmpty, field.isEmpty else { throw Malformed() }
        return rows
    }
}

/// Element names, attributes and text of an XML document, read with XMLParser (which
/// fails on anything not well-formed).
final class XMLStructure: NSObject, XMLParserDelegate {
    private(set) var root = ""
    private var found: [(String, [String: String])] = []
    private var text: [(String, String)] = []
    private var open: [String] = []
    private var current = ""

    static func read(_ xml: String) throws -> XMLStructure {
        let structure = XMLStructure()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = structure
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return structure
    }

    func elements(_ name: String) -> [[String: String]] { found.filter { $0.0 == name }.map(\.1) }
    func texts(_ name: String) -> [String] { text.filter { $0.0 == name }.map(\.1) }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if found.isEmpty { root = name }
        found.append((name, attributes))
        open.append(name)
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        text.append((name, current))
        current = ""
        open.removeLast()
    }
}
