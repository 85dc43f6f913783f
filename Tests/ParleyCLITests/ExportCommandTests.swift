import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// End-to-end: `parley export` in every format over seeds/, read back.
@Suite(.serialized) struct ExportCommandTests {
    let seeds = ParleyProcess.root.appendingPathComponent("seeds").path

    func events() throws -> [[String: Any]] {
        let r = try ParleyProcess.run(["extract", seeds])
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        return try #require(json["events"] as? [[String: Any]])
    }

    @Test func csvHasAHeaderAndOneRecordPerEvent() throws {
        let r = try ParleyProcess.run(["export", seeds, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText.hasPrefix("id,date,precision,source,source_name,relation,target,target_name,cameo,location,document,sentence_number,sentence\r\n"))
        // Records end in CRLF; a line break inside a quoted sentence is a bare LF.
        let records = r.stdoutText.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == (try events()).count + 1)
    }

    @Test func jsonlLinesAreEvents() throws {
        let r = try ParleyProcess.run(["export", seeds, "--format", "jsonl"])
        #expect(r.status == 0)
        let lines = r.stdoutText.split(separator: "\n")
        #expect(lines.count == (try events()).count)
        for line in lines {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(event["relation"] is String && event["evidence"] is [String: Any])
        }
    }

    @Test func graphmlAndGexfAreWellFormedAndFollowTheExtension() throws {
        let dir = try ParleyProcess.scratch()
        for (name, root) in [("network.graphml", "<graphml "), ("network.gexf", "<gexf ")] {
            let file = dir.appendingPathComponent(name)
            let r = try ParleyProcess.run(["export", seeds, "-o", file.path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            let data = try Data(contentsOf: file)
            #expect(XMLParser(data: data).parse(), "\(name) is well-formed")
            #expect(String(decoding: data, as: UTF8.self).contains(root))
        }
    }

    @Test func cameoTSVHasNineColumnsPerEvent() throws {
        let r = try ParleyProcess.run(["export", seeds, "--format", "cameo-tsv"])
        #expect(r.status == 0)
        let rows = r.stdoutText.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.first?.joined(separator: ",") == "date,source,target,cameo,root_code,quad_class,goldstein,document,event")
        #expect(rows.allSatisfy { $0.count == 9 })
        #expect(rows.count == (try events()).count + 1)
    }

    @Test func filtersApplyToExports() throws {
        let all = try ParleyProcess.run(["export", seeds, "--format", "jsonl"]).stdoutText.split(separator: "\n")
        let some = try ParleyProcess.run(["export", seeds, "--format", "jsonl", "--relations", "supports"]).stdoutText.split(separator: "\n")
        #expect(!some.isEmpty && some.count < all.count)
        #expect(some.allSatisfy { $0.contains("\"relation\":\"supports\"") })
    }

    @Test func aMissingOrUnknownFormatIsAUsageError() throws {
        let none = try ParleyProcess.run(["export", seeds])
        #expect(none.status == 64)
        #expect(none.stderr.contains("give --format (csv, jsonl, graphml, gexf, cameo-tsv)"))
        let bad = try ParleyProcess.run(["export", seeds, "--format", "xlsx"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("valid formats: csv, jsonl, graphml, gexf, cameo-tsv"))
    }
}
