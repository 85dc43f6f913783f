import Foundation
@testable import Parley
import Testing

@Suite struct PublicationTests {
    func write(_ files: [String: String]) throws -> URL {
        let dir = try TestSupport.scratch()
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func theSameEventInTwoDocumentsIsLinkedAndShownOnce() throws {
        let dir = try write([
            "a.txt": "Date: 2023-11-30\n\nMoscow hosted Ahmad Massoud on 27 November 2023.",
            "b.txt": "Date: 2023-12-02\n\nAhmad Massoud was hosted by Russia in November 2023.",
            "c.txt": "Date: 2023-12-02\n\nMoscow hosted Ahmad Massoud in 2021.",
        ])
        let corpus = CorpusBuilder(pipeline: try Pipeline()).build(paths: [dir.path]).corpus
        let hosted = corpus.events.filter { $0.relation == .hostedBy && $0.source == "ahmad-massoud" }
        #expect(hosted.map(\.document) == ["a", "b", "c"], "events.json keeps each document's telling")
        let linked = hosted.filter { !$0.sources.isEmpty }
        #expect(linked.map(\.document) == ["a", "b"])
        #expect(linked.allSatisfy { $0.sources.map(\.document) == ["a", "b"] })
        #expect(linked.first?.isFirstTelling == true && linked.last?.isFirstTelling == false)
        #expect(linked.allSatisfy { $0.date.value == "2023-11-27" }, "every telling takes the more precise date")
        #expect(hosted.filter(\.isFirstTelling).map(\.document) == ["a", "c"], "the 2021 hosting is another event")
        let timeline = Timeline(corpus: corpus)
        #expect(timeline.entries.filter { $0.event.relation == .hostedBy }.count == 2)
        #expect(ActorNetwork(corpus: corpus).edges.first { $0.relation == .hostedBy }?.events.count == 2)
    }

    @Test func undatedEventsInTwoDocumentsStayApart() throws {
        let dir = try write(["a.txt": "Moscow hosted Ahmad Massoud.", "b.txt": "Moscow hosted Ahmad Massoud."])
        let corpus = CorpusBuilder(pipeline: try Pipeline()).build(paths: [dir.path]).corpus
        #expect(corpus.events.count == 2)
    }

    @Test func manifestAndPublishedOverrideHeaders() throws {
        let dir = try write([
            "a.txt": "Date: 2020-01-01\n\nMoscow hosted Ahmad Massoud on Monday.",
            "b.txt": "Moscow hosted Ahmad Massoud yesterday.",
            "manifest.csv": "path,published,title,url\na.txt,2023-12-06,\"Talks, in Moscow\",https://example.org/a?x=1&y=2\n",
        ])
        var builder = CorpusBuilder(pipeline: try Pipeline())
        builder.overrides = PublicationOverrides(manifest: try Manifest.load(path: dir.appendingPathComponent("manifest.csv").path),
                                                 published: "2024-03-10")
        let corpus = builder.build(paths: [dir.appendingPathComponent("a.txt").path, dir.appendingPathComponent("b.txt").path]).corpus
        let a = try #require(corpus.documents.first { $0.id == "a" })
        #expect(a.published == "2023-12-06")
        #expect(a.title == "Talks, in Moscow")
        #expect(a.url == "https://example.org/a?x=1&y=2")
        #expect(corpus.documents.first { $0.id == "b" }?.published == "2024-03-10")
        let dates = Dictionary(corpus.events.map { ($0.document, $0.date.value ?? "-") }, uniquingKeysWith: { x, _ in x })
        #expect(dates["a"] == "2023-12-04", "Monday before the manifest's date, not the header's")
        #expect(dates["b"] == "2024-03-09")
    }

    @Test func malformedManifestsNameTheLine() throws {
        let dir = try write(["m.csv": "path,published\na.txt,2023-12-06\nb.txt,yesterday\n", "q.csv": "a.txt,\"2023-12-06\n"])
        #expect(throws: ParleyError.invalidManifest(path: dir.appendingPathComponent("m.csv").path, line: 3,
                                                    problem: "\"yesterday\" is not a date (YYYY-MM-DD)")) {
            try Manifest.load(path: dir.appendingPathComponent("m.csv").path)
        }
        #expect(throws: ParleyError.invalidManifest(path: dir.appendingPathComponent("q.csv").path, line: 1,
                                                    problem: "a quoted field is never closed")) {
            try Manifest.load(path: dir.appendingPathComponent("q.csv").path)
        }
    }

    @Test func csvQuotingCommasQuotesAndNewlines() throws {
        let rows = try CSVReader.rows("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x\n\nlast")
        #expect(rows.map(\.fields) == [["a", "b, c", "say \"hi\""], ["multi\nline", "x"], ["last"]])
        #expect(rows.map(\.line) == [1, 2, 5])
    }
}

@Suite struct MultiSourceTimelineTests {
    @Test func aMergedEventCitesEverySource() throws {
        let dir = try TestSupport.scratch()
        try "Date: 2023-11-30\n\nMoscow hosted Ahmad Massoud on 27 November 2023.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Date: 2023-12-02\n\nAhmad Massoud was hosted by Russia on 27 November 2023.".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let corpus = CorpusBuilder(pipeline: try Pipeline()).build(paths: [dir.path]).corpus
        let text = TimelineRenderer().text(Timeline(corpus: corpus))
        #expect(text.contains("Ahmad Massoud hosted by Russia  [\(dir.path)/a.txt #2; \(dir.path)/b.txt #2]"))
        let json = try TimelineRenderer().json(Timeline(corpus: corpus))
        #expect(json.contains("\"sources\" : ["))
    }
}
