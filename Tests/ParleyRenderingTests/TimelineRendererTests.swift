import Foundation
import ParleyModel
import ParleyRendering
import Testing

@Suite struct TimelineRendererTests {
    static func event(_ id: String, _ date: String?, precision: EventDate.Precision = .day, start: Int = 0) -> Event {
        Event(id: id, relation: .hostedBy, source: "khan", target: "tj",
              date: date.map { EventDate(value: $0, precision: precision, basis: .text) } ?? .undated,
              document: "d1", evidence: Evidence(sentence: "S|entence \(id).", start: start, end: start + 5, sentenceNumber: 4))
    }

    static let corpus = Corpus(
        documents: [DocumentRecord(id: "d1", path: "seeds/d1.txt")],
        actors: [Actor(id: "khan", name: "Ismail Khan", kind: .person), Actor(id: "tj", name: "Tajikistan", kind: .country)],
        events: [event("e1", nil, start: 1), event("e2", "2023-11-27", start: 2), event("e3", "2023-11", precision: .month, start: 3),
                 event("e4", "2023", precision: .year, start: 4)])

    @Test func datedEventsInOrderUndatedLastPrecisionVisible() {
        let text = TimelineRenderer().text(Timeline(corpus: Self.corpus))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines == [
            "2023        Ismail Khan hosted by Tajikistan  [seeds/d1.txt #4]",
            "2023-11     Ismail Khan hosted by Tajikistan  [seeds/d1.txt #4]",
            "2023-11-27  Ismail Khan hosted by Tajikistan  [seeds/d1.txt #4]",
            "undated     Ismail Khan hosted by Tajikistan  [seeds/d1.txt #4]",
        ])
    }

    @Test func markdownIsATableWithEscapedPipes() throws {
        let md = TimelineRenderer().markdown(Timeline(corpus: Self.corpus))
        #expect(md.hasPrefix("| Date | Event | Source |\n|---|---|---|\n"))
        #expect(md.contains("| 2023-11-27 | Ismail Khan hosted by Tajikistan | seeds/d1.txt #4 |"))
        var c = Self.corpus
        c.actors[0].name = "A|B"
        #expect(TimelineRenderer().markdown(Timeline(corpus: c)).contains("A\\|B hosted by"))
    }

    @Test func jsonListsEntriesInTimelineOrder() throws {
        let json = try TimelineRenderer().json(Timeline(corpus: Self.corpus))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["date"] as? String ?? "-" } == ["2023", "2023-11", "2023-11-27", "-"])
        #expect(entries.last?["precision"] as? String == "unknown")
        #expect(entries.first?["document"] as? String == "seeds/d1.txt")
    }

    @Test func emptyCorpusSaysSo() {
        #expect(TimelineRenderer().text(Timeline(corpus: Corpus())) == "No events.\n")
    }
}
