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

/// Grouping, alternative readings and colour.
@Suite struct TimelineRendererOptionsTests {
    static func event(_ id: String, _ date: String?, _ precision: EventDate.Precision = .day, relation: RelationType = .hostedBy,
                      alternatives: [AlternativeDate] = [], start: Int) -> Event {
        Event(id: id, relation: relation, source: "khan", target: "tj",
              date: date.map { EventDate(value: $0, precision: precision, basis: .text, alternatives: alternatives) } ?? .undated,
              document: "d1", evidence: Evidence(sentence: "Sentence \(id).", start: start, end: start + 5, sentenceNumber: start))
    }

    static let hijri = [AlternativeDate(value: "2023-11-23", reading: "Solar Hijri")]
    static let two = hijri + [AlternativeDate(value: "2023-11-02", reading: "previous month")]

    /// A year-only, a month-only and day events over two years, one with alternatives, and an undated one.
    static let corpus = Corpus(
        documents: [DocumentRecord(id: "d1", path: "seeds/d1.txt")],
        actors: [Actor(id: "khan", name: "Ismail Khan", kind: .person), Actor(id: "tj", name: "Tajikistan", kind: .country)],
        events: [event("e1", nil, start: 1), event("e2", "2023-11-27", relation: .metWith, start: 2),
                 event("e3", "2023-11", .month, start: 3), event("e4", "2023", .year, start: 4),
                 event("e5", "2023-12-02", relation: .criticizes, alternatives: hijri, start: 5),
                 event("e6", "2024-01-05", start: 6), event("e7", "2023-11-02", start: 7)])
    static let timeline = Timeline(corpus: corpus)

    static func lines(_ grouping: TimelineGrouping) -> [String] {
        TimelineRenderer(grouping: grouping).text(timeline).split(separator: "\n").map(String.init)
    }

    @Test func groupedByMonthLessPreciseEventsHeadTheirOwnGroupFirst() {
        #expect(Self.lines(.month) == [
            "2023",
            "  2023        Ismail Khan hosted by Tajikistan  [seeds/d1.txt #4]",
            "2023-11",
            "  2023-11     Ismail Khan hosted by Tajikistan  [seeds/d1.txt #3]",
            "  2023-11-02  Ismail Khan hosted by Tajikistan  [seeds/d1.txt #7]",
            "  2023-11-27  Ismail Khan met with Tajikistan  [seeds/d1.txt #2]",
            "2023-12",
            "  2023-12-02  Ismail Khan criticized Tajikistan  [seeds/d1.txt #5]  (or 2023-11-23, Solar Hijri)",
            "2024-01",
            "  2024-01-05  Ismail Khan hosted by Tajikistan  [seeds/d1.txt #6]",
            "undated",
            "  undated     Ismail Khan hosted by Tajikistan  [seeds/d1.txt #1]",
        ])
    }

    @Test func groupedByDayAndByYear() {
        #expect(Self.lines(.day).filter { !$0.hasPrefix(" ") }
                == ["2023", "2023-11", "2023-11-02", "2023-11-27", "2023-12-02", "2024-01-05", "undated"])
        #expect(Self.lines(.year).filter { !$0.hasPrefix(" ") } == ["2023", "2024", "undated"])
        #expect(Self.lines(.year).count == 3 + 7)
        #expect(Self.lines(.none) == TimelineRenderer().text(Self.timeline).split(separator: "\n").map(String.init))
        #expect(Self.lines(.none).allSatisfy { !$0.hasPrefix(" ") })
    }

    @Test func groupLabelsFollowTheDatesPrecision() {
        let day = CalendarDate(year: 2023, month: 11, day: 27), month = CalendarDate(year: 2023, month: 11)
        #expect(TimelineGrouping.day.label(for: day) == "2023-11-27")
        #expect(TimelineGrouping.day.label(for: month) == "2023-11")
        #expect(TimelineGrouping.month.label(for: day) == "2023-11")
        #expect(TimelineGrouping.month.label(for: CalendarDate(year: 2023)) == "2023")
        #expect(TimelineGrouping.year.label(for: day) == "2023")
        #expect(TimelineGrouping.year.label(for: nil) == "undated")
        #expect(TimelineGrouping.none.label(for: day) == nil)
    }

    @Test func markdownGroupsAreHeadingsEachWithItsTable() {
        let md = TimelineRenderer(grouping: .year).markdown(Self.timeline)
        let header = "| Date | Event | Source |\n|---|---|---|\n"
        #expect(md.hasPrefix("### 2023\n\n" + header + "| 2023 | Ismail Khan hosted by Tajikistan | seeds/d1.txt #4 |\n"))
        #expect(md.contains("|\n\n### 2024\n\n" + header + "| 2024-01-05 |"))
        #expect(md.hasSuffix("### undated\n\n" + header + "| undated | Ismail Khan hosted by Tajikistan | seeds/d1.txt #1 |\n"))
        #expect(md.components(separatedBy: "### ").count == 4)
        #expect(!TimelineRenderer().markdown(Self.timeline).contains("###"))
        #expect(TimelineRenderer(grouping: .month).markdown(Timeline(corpus: Corpus())) == header)
    }

    @Test func alternativesInEachFormat() throws {
        var c = Self.corpus
        c.events = [Self.event("e5", "2023-12-02", alternatives: Self.two, start: 5), Self.event("e3", "2023-11", .month, start: 3)]
        let timeline = Timeline(corpus: c)
        let text = TimelineRenderer().text(timeline)
        #expect(text == """
            2023-11     Ismail Khan hosted by Tajikistan  [seeds/d1.txt #3]
            2023-12-02  Ismail Khan hosted by Tajikistan  [seeds/d1.txt #5]  (or 2023-11-23, Solar Hijri; or 2023-11-02, previous month)

            """)
        let md = TimelineRenderer().markdown(timeline)
        #expect(md.contains("| 2023-12-02 (or 2023-11-23, Solar Hijri; or 2023-11-02, previous month) | Ismail Khan hosted by Tajikistan |"))
        let json = try TimelineRenderer().json(timeline)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries[0]["alternatives"] == nil)
        let alternatives = try #require(entries[1]["alternatives"] as? [[String: String]])
        #expect(alternatives == [["value": "2023-11-23", "reading": "Solar Hijri"], ["value": "2023-11-02", "reading": "previous month"]])
        #expect(entries[1]["date"] as? String == "2023-12-02")
    }

    @Test func jsonHasAGroupFieldOnlyWhenGrouped() throws {
        func entries(_ grouping: TimelineGrouping) throws -> [[String: Any]] {
            let json = try TimelineRenderer(grouping: grouping).json(Self.timeline)
            return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        }
        #expect(try entries(.none).allSatisfy { $0["group"] == nil })
        #expect(try entries(.month).map { $0["group"] as? String ?? "-" }
                == ["2023", "2023-11", "2023-11", "2023-11", "2023-12", "2024-01", "undated"])
        #expect(try entries(.year).count == 7)
    }

    @Test func colourWrapsDateRelationAndHeadingAndStripsToThePlainText() {
        for grouping in TimelineGrouping.allCases {
            let plain = TimelineRenderer(grouping: grouping).text(Self.timeline)
            let coloured = TimelineRenderer(grouping: grouping, colour: true).text(Self.timeline)
            #expect(coloured != plain)
            #expect(TerminalColour.stripped(coloured) == plain, "\(grouping)")
            #expect(Self.withoutSGR(coloured) == plain, "\(grouping)")
        }
        let coloured = TimelineRenderer(grouping: .month, colour: true).text(Self.timeline)
        #expect(coloured.hasPrefix("\u{1B}[1m2023\u{1B}[0m\n  \u{1B}[36m2023\u{1B}[0m        Ismail Khan \u{1B}[1;32mhosted by\u{1B}[0m Tajikistan"))
        #expect(coloured.contains("\u{1B}[1;31mcriticized\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;34mmet with\u{1B}[0m"))
        #expect(!TimelineRenderer().text(Self.timeline).contains("\u{1B}"))
    }

    @Test func markdownAndJSONNeverCarryColour() throws {
        let renderer = TimelineRenderer(grouping: .month, colour: true)
        #expect(!renderer.markdown(Self.timeline).contains("\u{1B}"))
        #expect(!(try renderer.json(Self.timeline)).contains("\u{1B}"))
    }

    /// Removes SGR sequences with a regular expression, independently of `TerminalColour.stripped`.
    static func withoutSGR(_ s: String) -> String {
        s.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    @Test func strippingLeavesOtherEscapesAndTextAlone() {
        #expect(TerminalColour.stripped("a\u{1B}[1;31mb\u{1B}[0mc") == "abc")
        #expect(TerminalColour.stripped("\u{1B}[2Jx\u{1B}") == "\u{1B}[2Jx\u{1B}")
        #expect(TerminalColour.stripped("Zāhir [seeds #1]") == "Zāhir [seeds #1]")
    }

    @Test func colourOnlyOnATerminalAndNeverWithNO_COLOR() {
        let auto = TerminalColour.Mode.auto
        #expect(TerminalColour.shouldUse(mode: auto, isTerminal: true, environment: [:]))
        #expect(TerminalColour.shouldUse(mode: auto, isTerminal: true, environment: ["TERM": "xterm-256color"]))
        #expect(!TerminalColour.shouldUse(mode: auto, isTerminal: false, environment: [:]))
        #expect(!TerminalColour.shouldUse(mode: auto, isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!TerminalColour.shouldUse(mode: auto, isTerminal: true, environment: ["NO_COLOR": "0"]), "any non-empty value")
        #expect(TerminalColour.shouldUse(mode: auto, isTerminal: true, environment: ["NO_COLOR": ""]), "empty means unset")
        #expect(!TerminalColour.shouldUse(mode: auto, isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(TerminalColour.shouldUse(mode: .always, isTerminal: false, environment: ["NO_COLOR": "1", "TERM": "dumb"]))
        #expect(!TerminalColour.shouldUse(mode: .never, isTerminal: true, environment: [:]))
    }
}
