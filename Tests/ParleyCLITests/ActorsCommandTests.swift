import Foundation
import Testing

/// `parley actors`: every actor mentioned, most mentioned first, and a lexicon file that
/// `--actors` reads back.
@Suite struct ActorsCommandTests {
    let seeds = ParleyProcess.root.appendingPathComponent("seeds").path

    @Test func listsEveryActorWithCountsMostMentionedFirst() throws {
        let r = try ParleyProcess.run(["actors", seeds, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        let mentions = rows.compactMap { $0["mentions"] as? Int }
        #expect(mentions.count == rows.count && mentions == mentions.sorted(by: >))
        let taliban = try #require(rows.first { $0["id"] as? String == "taliban" })
        #expect(taliban["known"] as? Bool == true)
        #expect((taliban["aliases"] as? [String])?.contains("the caretaker government") == true)
        // Actors without events are listed too (events.json leaves them out).
        let extracted = try ParleyProcess.run(["extract", seeds])
        let corpus = try #require(try JSONSerialization.jsonObject(with: extracted.stdout) as? [String: Any])
        #expect(rows.count > (corpus["actors"] as? [Any])?.count ?? 0)
        #expect(rows.contains { $0["known"] as? Bool == false && ($0["events"] as? Int ?? 0) > 0 })
    }

    @Test func theTextTableHasAHeaderAndOneLinePerActor() throws {
        let text = try ParleyProcess.run(["actors", seeds]).stdoutText
        let lines = text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("MENTIONS  EVENTS  KNOWN  KIND") == true)
        let json = try ParleyProcess.run(["actors", seeds, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [Any])
        #expect(lines.count == rows.count + 1)
    }

    @Test func theYAMLOfUnknownActorsIsALexiconThatMakesThemKnown() throws {
        let dir = try ParleyProcess.scratch()
        let yaml = dir.appendingPathComponent("found.yaml")
        let r = try ParleyProcess.run(["actors", seeds, "--unknown", "--format", "yaml", "-o", yaml.path])
        #expect(r.status == 0, "\(r.stderr)")
        let before = try ParleyProcess.run(["actors", seeds, "--unknown", "--format", "json"])
        let unknown = try #require(try JSONSerialization.jsonObject(with: before.stdout) as? [[String: Any]])
        #expect(!unknown.isEmpty && unknown.allSatisfy { $0["known"] as? Bool == false })
        let after = try ParleyProcess.run(["actors", seeds, "--unknown", "--format", "json", "--actors", yaml.path])
        #expect(after.status == 0, "\(after.stderr)")
        let still = try #require(try JSONSerialization.jsonObject(with: after.stdout) as? [[String: Any]])
        #expect(still.count < unknown.count, "the listed actors are now known")
    }

    @Test func aBadFormatIsAUsageError() throws {
        let r = try ParleyProcess.run(["actors", seeds, "--format", "xml"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("valid formats: text, json, yaml"))
    }
}
