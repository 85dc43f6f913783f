import Foundation
import ParleyModel
import ParleyRendering
import Testing

@Suite struct TimelineFilterTests {
    static func event(_ id: String, _ source: String, _ relation: RelationType, _ target: String, _ date: String?,
                      _ precision: EventDate.Precision = .day) -> Event {
        let start = Int(id.dropFirst()) ?? 0
        return Event(id: id, relation: relation, source: source, target: target,
                     date: date.map { EventDate(value: $0, precision: precision, basis: .text) } ?? .undated,
                     document: "d1", evidence: Evidence(sentence: "Sentence \(id).", start: start, end: start + 1, sentenceNumber: start))
    }

    /// "taliban" is an event actor that the actor list leaves out.
    static let corpus = Corpus(
        documents: [DocumentRecord(id: "d1", path: "seeds/d1.txt")],
        actors: [Actor(id: "khan", name: "Ismail Khan", kind: .person, aliases: ["Ismail Khan", "Khan"]),
                 Actor(id: "tj", name: "Tajikistan", kind: .country),
                 Actor(id: "ru", name: "Russia", kind: .country, aliases: ["Moscow", "Russian Federation"]),
                 Actor(id: "massoud", name: "Ahmad Massoud", kind: .person, aliases: ["Aḥmad Mas'ūd"])],
        events: [event("e1", "khan", .hostedBy, "tj", "2023-11-27"),
                 event("e2", "massoud", .visited, "ru", "2023-11", .month),
                 event("e3", "ru", .supports, "taliban", "2023", .year),
                 event("e4", "tj", .metWith, "ru", nil),
                 event("e5", "khan", .criticizes, "ru", "2024-02-29"),
                 event("e6", "ru", .opposes, "massoud", "2022-12-31")])
    static let timeline = Timeline(corpus: corpus)

    static func kept(_ filter: TimelineFilter) -> [String] {
        filter.apply(to: timeline, corpus: corpus).entries.map(\.event.id)
    }

    static func date(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    @Test func anEmptyFilterKeepsEverythingInOrder() {
        let filter = TimelineFilter()
        #expect(filter.isEmpty)
        #expect(Self.kept(filter) == ["e6", "e3", "e2", "e1", "e5", "e4"])
    }

    @Test func actorByIDNameOrAliasCaseAndDiacriticsIgnored() {
        #expect(Self.kept(TimelineFilter(actors: ["tj"])) == ["e1", "e4"])
        #expect(Self.kept(TimelineFilter(actors: ["TJ"])) == ["e1", "e4"])
        #expect(Self.kept(TimelineFilter(actors: ["ismail KHAN"])) == ["e1", "e5"])
        #expect(Self.kept(TimelineFilter(actors: ["  Tajikistan "])) == ["e1", "e4"])
        #expect(Self.kept(TimelineFilter(actors: ["moscow"])) == ["e6", "e3", "e2", "e5", "e4"])
        #expect(Self.kept(TimelineFilter(actors: ["AHMAD MAS'UD"])) == ["e6", "e2"], "alias with diacritics folded")
        #expect(Self.kept(TimelineFilter(actors: ["Ahmad Massoud"])) == ["e6", "e2"])
    }

    @Test func severalActorsKeepEventsOfAnyOfThem() {
        #expect(Self.kept(TimelineFilter(actors: ["khan", "massoud"])) == ["e6", "e2", "e1", "e5"])
    }

    @Test func anActorMissingFromTheListIsFoundByItsEventID() {
        #expect(Self.kept(TimelineFilter(actors: ["Taliban"])) == ["e3"])
        #expect(TimelineFilter(actors: ["Taliban"]).unmatchedActors(in: Self.corpus).isEmpty)
    }

    @Test func unknownActorsAreReportedAndKeepNothing() {
        let filter = TimelineFilter(actors: ["Nobody", "tj", "Atlantis"])
        #expect(filter.unmatchedActors(in: Self.corpus) == ["Nobody", "Atlantis"])
        #expect(Self.kept(filter) == ["e1", "e4"])
        #expect(Self.kept(TimelineFilter(actors: ["Nobody"])).isEmpty)
        #expect(TimelineFilter(actors: ["Ahmad"]).unmatchedActors(in: Self.corpus) == ["Ahmad"], "whole names only")
    }

    @Test func sinceKeepsPeriodsThatReachTheDateAtEachPrecision() throws {
        // Day: the month 2023-11 and the year 2023 overlap 2023-11-15 onwards; undated is dropped.
        #expect(Self.kept(TimelineFilter(since: try Self.date("2023-11-15"))) == ["e3", "e2", "e1", "e5"])
        #expect(Self.kept(TimelineFilter(since: try Self.date("2023-12"))) == ["e3", "e5"])
        #expect(Self.kept(TimelineFilter(since: try Self.date("2024"))) == ["e5"])
        #expect(Self.kept(TimelineFilter(since: try Self.date("2023-11-27"))) == ["e3", "e2", "e1", "e5"], "inclusive")
        #expect(Self.kept(TimelineFilter(since: try Self.date("2023-11-28"))) == ["e3", "e2", "e5"])
    }

    @Test func untilKeepsPeriodsThatStartByTheDateAtEachPrecision() throws {
        #expect(Self.kept(TimelineFilter(until: try Self.date("2023-11-15"))) == ["e6", "e3", "e2"])
        #expect(Self.kept(TimelineFilter(until: try Self.date("2023-10"))) == ["e6", "e3"])
        #expect(Self.kept(TimelineFilter(until: try Self.date("2022"))) == ["e6"])
        #expect(Self.kept(TimelineFilter(until: try Self.date("2022-12-31"))) == ["e6"], "inclusive")
        #expect(Self.kept(TimelineFilter(until: try Self.date("2024-02"))).contains("e5"), "a leap February ends on the 29th")
    }

    @Test func sinceAndUntilTogether() throws {
        let day = try Self.date("2023-11-27")
        #expect(Self.kept(TimelineFilter(since: day, until: day)) == ["e3", "e2", "e1"])
        #expect(Self.kept(TimelineFilter(since: try Self.date("2023-11-28"), until: try Self.date("2023-11-30"))) == ["e3", "e2"])
        #expect(Self.kept(TimelineFilter(since: try Self.date("2023"), until: try Self.date("2023"))) == ["e3", "e2", "e1"])
    }

    @Test func anEmptyPeriodIsDetectedByPeriodsNotLabels() throws {
        #expect(!TimelineFilter(since: try Self.date("2023-11"), until: try Self.date("2023")).hasEmptyPeriod)
        #expect(!TimelineFilter(since: try Self.date("2023-11-30"), until: try Self.date("2023-11")).hasEmptyPeriod)
        #expect(TimelineFilter(since: try Self.date("2024"), until: try Self.date("2023-12")).hasEmptyPeriod)
        #expect(!TimelineFilter(since: try Self.date("2024")).hasEmptyPeriod)
    }

    @Test func relationsKeepOnlyTheirTypes() {
        #expect(Self.kept(TimelineFilter(relations: [.supports, .opposes])) == ["e6", "e3"])
        #expect(Self.kept(TimelineFilter(relations: [.invited])).isEmpty)
    }

    @Test func criteriaCombine() throws {
        let filter = TimelineFilter(actors: ["Russia"], since: try Self.date("2023"), relations: [.supports, .visited, .metWith])
        #expect(Self.kept(filter) == ["e3", "e2"])
    }

    @Test func aTimelineFromEntriesIsInTimelineOrder() {
        let reversed = Timeline(entries: Self.timeline.entries.reversed())
        #expect(reversed.entries == Self.timeline.entries)
    }
}
