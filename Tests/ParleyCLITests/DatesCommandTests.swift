import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `parley dates` end to end: the JSON contract, TimeML well-formedness, exit codes.
@Suite(.serialized) struct DatesCommandTests {
    func document(_ text: String) throws -> URL {
        let url = try ParleyProcess.scratch().appendingPathComponent("AP_story.txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func jsonListsSpansTypesAndValuesButNotTheHeaderDate() throws {
        let file = try document("Date: 2013-03-22\n\nThe minister arrived on Thursday & stayed for three days.")
        let r = try ParleyProcess.run(["dates", file.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        #expect(list.map { $0["text"] as? String ?? "" } == ["Thursday", "three days"])
        #expect(list.map { $0["value"] as? String ?? "" } == ["2013-03-21", "P3D"])
        #expect(list.map { $0["type"] as? String ?? "" } == ["DATE", "DURATION"])
        #expect(list.first?["document"] as? String == "AP_story")
        let text = try String(contentsOf: file, encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        let start = try #require(list.first?["start"] as? Int), end = try #require(list.first?["end"] as? Int)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "Thursday")
    }

    @Test func timemlIsWellFormedAndCarriesTheDCT() throws {
        let file = try document("Date: 2013-03-22\n\nTalks <ended> on Friday & resume next year.")
        let r = try ParleyProcess.run(["dates", file.path, "--format", "timeml"])
        #expect(r.status == 0)
        #expect(XMLParser(data: r.stdout).parse(), "TimeML output is not well-formed XML")
        #expect(r.stdoutText.contains("functionInDocument=\"CREATION_TIME\">2013-03-22</TIMEX3>"))
        #expect(r.stdoutText.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-22\">Friday</TIMEX3>"))
        #expect(r.stdoutText.contains("Talks &lt;ended&gt;"))
    }

    @Test func publishedOptionAnchorsRelativeDates() throws {
        let file = try document("They met yesterday.")
        let r = try ParleyProcess.run(["dates", file.path, "--published", "2024-01-01", "--format", "json"])
        #expect(r.stdoutText.contains("\"value\" : \"2023-12-31\""))
        let bad = try ParleyProcess.run(["dates", file.path, "--published", "01/01/2024"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("use YYYY-MM-DD"))
    }

    @Test func aManifestWithABadRowStopsTheJobNamingTheLine() throws {
        let file = try document("They met yesterday.")
        let manifest = file.deletingLastPathComponent().appendingPathComponent("m.csv")
        try "path,published\nAP_story.txt,last week\n".write(to: manifest, atomically: true, encoding: .utf8)
        let r = try ParleyProcess.run(["extract", file.path, "--manifest", manifest.path])
        #expect(r.status == 1)
        #expect(r.stderr == "\(manifest.path):2: error: \"last week\" is not a date (YYYY-MM-DD)\n")
    }
}
