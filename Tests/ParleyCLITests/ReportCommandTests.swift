import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// End-to-end: `parley report` in HTML and Markdown, and the links between its files.
@Suite(.serialized) struct ReportCommandTests {
    let seeds = ParleyProcess.root.appendingPathComponent("seeds").path

    @Test func everyLinkInTheReportAndItsMapHasATarget() throws {
        let out = try ParleyProcess.scratch().appendingPathComponent("output")
        let r = try ParleyProcess.run(["report", seeds, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        let ids = Set(html.matches(of: /\sid="([^"]+)"/).map { String($0.1) })
        let inPage = html.matches(of: /href="#([^"]+)"/).map { String($0.1) }
        #expect(inPage.contains { $0.hasPrefix("ev-") } && inPage.contains { $0.hasPrefix("actor-") })
        for anchor in inPage { #expect(ids.contains(anchor), "#\(anchor) has no target in report.html") }
        #expect(!html.contains("<script") && !html.contains("http://www.w3.org/Graphics/SVG/1.1/DTD"))
        // graph.svg beside it links into report.html.
        let svg = try String(contentsOf: out.appendingPathComponent("graph.svg"), encoding: .utf8)
        let links = svg.matches(of: /xlink:href="report\.html#([^"]+)"/).map { String($0.1) }
        #expect(!links.isEmpty)
        for anchor in links { #expect(ids.contains(anchor), "graph.svg links to a missing #\(anchor)") }
        // Same input, same bytes.
        let again = try ParleyProcess.scratch().appendingPathComponent("output")
        #expect(try ParleyProcess.run(["report", seeds, "-o", again.path]).status == 0)
        for name in ["graph.svg", "graph.dot", "report.html", "events.json"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == Data(contentsOf: again.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func markdownWritesReportMDBesideGraphSVG() throws {
        let out = try ParleyProcess.scratch().appendingPathComponent("md")
        let r = try ParleyProcess.run(["report", seeds, "-o", out.path, "--format", "markdown"])
        #expect(r.status == 0, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["events.json", "graph.dot", "graph.svg", "report.md", "timeline.md", "timeline.txt"])
        let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(md.contains("![Actor network](graph.svg)"))
        #expect(try String(contentsOf: out.appendingPathComponent("graph.svg"), encoding: .utf8).contains("xlink:href=\"report.md#ev-"))
        let bad = try ParleyProcess.run(["report", seeds, "-o", out.path, "--format", "docx"])
        #expect(bad.status == 64 && bad.stderr.contains("valid formats: html, markdown"))
    }
}
