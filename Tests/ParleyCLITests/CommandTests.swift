import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// End-to-end: the built binary over seeds/, checking files, output and exit codes.
@Suite(.serialized) struct CommandTests {
    let seeds = ParleyProcess.root.appendingPathComponent("seeds").path

    @Test func reportWritesTheSixFilesWithAWellFormedSVG() throws {
        let dir = try ParleyProcess.scratch()
        let out = dir.appendingPathComponent("output")
        let r = try ParleyProcess.run(["report", seeds, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["events.json", "graph.dot", "graph.svg", "report.html", "timeline.md", "timeline.txt"])
        let svg = try Data(contentsOf: out.appendingPathComponent("graph.svg"))
        #expect(XMLParser(data: svg).parse(), "graph.svg is not well-formed XML")
        #expect(r.stderr.contains("5 documents"))
    }

    @Test func reportWithoutArgumentsReadsSeedsIntoOutput() throws {
        let dir = try ParleyProcess.scratch()
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("seeds").path, withDestinationPath: seeds)
        let r = try ParleyProcess.run(["report"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("output/report.html").path))
    }

    @Test func extractWritesTheSchemaToStdout() throws {
        let r = try ParleyProcess.run(["extract", seeds])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        #expect(json["schema"] as? String == "parley/1")
        let docs = try #require(json["documents"] as? [[String: Any]])
        #expect(docs.count == 5)
        #expect(docs.contains { $0["id"] as? String == "001_32bcd1fa69ee4566" && $0["published"] as? String == "2023-12-06" })
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(!events.isEmpty)
        let actorIDs = Set((json["actors"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        for e in events {
            #expect(actorIDs.contains(e["source"] as? String ?? ""))
            #expect(actorIDs.contains(e["target"] as? String ?? ""))
        }
    }

    @Test func dashAsTheOutputMeansStandardOutput() throws {
        let dir = try ParleyProcess.scratch()
        let plain = try ParleyProcess.run(["extract", seeds], in: dir)
        let dash = try ParleyProcess.run(["extract", seeds, "-o", "-"], in: dir)
        #expect(dash.status == 0)
        #expect(!dash.stdout.isEmpty && dash.stdout == plain.stdout)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path), "no file named -")
    }

    @Test func aMissingPathIsNamedAndTheRestStillProcessed() throws {
        let dir = try ParleyProcess.scratch()
        let out = dir.appendingPathComponent("e.json")
        let r = try ParleyProcess.run(["extract", "no-such-dir", seeds, "-o", out.path])
        #expect(r.status == 2)
        #expect(r.stderr == "no-such-dir: error: no such file or folder\n")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        #expect((json?["documents"] as? [Any])?.count == 5)
    }

    @Test func nothingReadableMeansExitOneAndNoOutputFile() throws {
        let dir = try ParleyProcess.scratch()
        let out = dir.appendingPathComponent("e.json")
        let r = try ParleyProcess.run(["extract", "no-such-file.txt", "-o", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no-such-file.txt: error: no such file or folder"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func emptyFolderAndEmptyFile() throws {
        let dir = try ParleyProcess.scratch()
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let r = try ParleyProcess.run(["extract", empty.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(empty.path): error: folder holds no .txt or .md files\n"))
        let file = dir.appendingPathComponent("blank.txt")
        try Data().write(to: file)
        let ok = try ParleyProcess.run(["extract", file.path])
        #expect(ok.status == 0)
        let json = try JSONSerialization.jsonObject(with: ok.stdout) as? [String: Any]
        #expect((json?["documents"] as? [Any])?.count == 1)
        #expect((json?["events"] as? [Any])?.count == 0)
    }

    @Test func invalidUTF8IsAWarningNotAFailure() throws {
        let dir = try ParleyProcess.scratch()
        let file = dir.appendingPathComponent("latin1.txt")
        try Data("Moscow hosted Ahmad Massoud in M\u{E9}xico.".utf8.map { $0 == 0xC3 ? 0xE9 : $0 }).write(to: file)
        let r = try ParleyProcess.run(["extract", file.path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("latin1.txt: warning: invalid UTF-8"))
    }

    @Test func graphFormatsHaveTheirMagicBytes() throws {
        let dir = try ParleyProcess.scratch()
        for (format, magic) in [("png", [UInt8]([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])), ("pdf", Array("%PDF-".utf8)),
                                ("svg", Array("<?xml".utf8)), ("dot", Array("digraph".utf8))] {
            let out = dir.appendingPathComponent("g.\(format)")
            let r = try ParleyProcess.run(["graph", seeds, "-o", out.path])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(Array(try Data(contentsOf: out).prefix(magic.count)) == magic, "\(format) magic")
        }
    }

    @Test func graphAcceptsTheEventsFileExtractWrote() throws {
        let dir = try ParleyProcess.scratch()
        let events = dir.appendingPathComponent("events.json")
        #expect(try ParleyProcess.run(["extract", seeds, "-o", events.path]).status == 0)
        let fromEvents = try ParleyProcess.run(["graph", events.path, "--format", "dot"])
        let fromText = try ParleyProcess.run(["graph", seeds, "--format", "dot"])
        #expect(fromEvents.status == 0)
        #expect(fromEvents.stdout == fromText.stdout)
    }

    @Test func badOptionsAreUsageErrorsListingTheValidValues() throws {
        let layout = try ParleyProcess.run(["graph", seeds, "--layout", "spring"])
        #expect(layout.status == 64)
        #expect(layout.stderr.contains("valid layouts: dot, neato, fdp, sfdp, circo, twopi"))
        let format = try ParleyProcess.run(["graph", seeds, "--format", "gif"])
        #expect(format.status == 64)
        #expect(format.stderr.contains("valid formats: svg, png, pdf, dot"))
        let timeline = try ParleyProcess.run(["timeline", seeds, "--format", "html"])
        #expect(timeline.status == 64)
    }

    @Test func everyLayoutRendersTheSeeds() throws {
        for layout in ["dot", "neato", "fdp", "sfdp", "circo", "twopi"] {
            let r = try ParleyProcess.run(["graph", seeds, "--layout", layout])
            #expect(r.status == 0, "\(layout): \(r.stderr)")
            #expect(r.stdoutText.contains("</svg>"))
        }
    }

    @Test func timelineFormats() throws {
        let text = try ParleyProcess.run(["timeline", seeds])
        #expect(text.status == 0)
        let lines = text.stdoutText.split(separator: "\n")
        #expect(lines.allSatisfy { $0.contains("seeds/") }, "each line names its document")
        let md = try ParleyProcess.run(["timeline", seeds, "--format", "markdown"])
        #expect(md.stdoutText.hasPrefix("| Date | Event | Source |"))
        let json = try ParleyProcess.run(["timeline", seeds, "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: json.stdout) as? [Any])?.count == lines.count)
    }

    @Test func malformedActorLexiconIsLocated() throws {
        let dir = try ParleyProcess.scratch()
        let yaml = dir.appendingPathComponent("actors.yaml")
        try "- id: x\n  name: X\n  kind: [oops\n".write(to: yaml, atomically: true, encoding: .utf8)
        let r = try ParleyProcess.run(["extract", seeds, "--actors", yaml.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(yaml.path):"))
        #expect(r.stderr.contains("error:"))
    }

    @Test func malformedActorLexiconStopsACommandOnEventsFilesToo() throws {
        // Only events.json inputs: the bundled lexicons are never loaded, but a user's
        // lexicon is still read first, and its error still stops the command.
        let dir = try ParleyProcess.scratch()
        let yaml = dir.appendingPathComponent("actors.yaml")
        try "- id: x\n  name: X\n  kind: [oops\n".write(to: yaml, atomically: true, encoding: .utf8)
        let events = dir.appendingPathComponent("events.json")
        try #"{"schema": "parley/1", "documents": [], "actors": [], "events": []}"#.write(to: events, atomically: true, encoding: .utf8)
        let r = try ParleyProcess.run(["graph", events.path, "--format", "dot", "--actors", yaml.path])
        #expect(r.status == 1)
        #expect(r.stderr.range(of: #"^\#(NSRegularExpression.escapedPattern(for: yaml.path)):\d+:\d+: error: "#, options: .regularExpression) != nil, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func userLexiconAddsActors() throws {
        let dir = try ParleyProcess.scratch()
        let yaml = dir.appendingPathComponent("actors.yaml")
        try "- id: zorgonia\n  name: Zorgonia\n  kind: country\n".write(to: yaml, atomically: true, encoding: .utf8)
        let doc = dir.appendingPathComponent("news.txt")
        try "Zorgonia criticized the Taliban.".write(to: doc, atomically: true, encoding: .utf8)
        let r = try ParleyProcess.run(["extract", doc.path, "--actors", yaml.path])
        #expect(r.status == 0)
        #expect(r.stdoutText.contains("\"source\" : \"zorgonia\""))
    }

    @Test func unwritableOutputIsAClearError() throws {
        let r = try ParleyProcess.run(["extract", seeds, "-o", "/nonexistent-dir/e.json"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("/nonexistent-dir/e.json: error: cannot write"))
    }
}
