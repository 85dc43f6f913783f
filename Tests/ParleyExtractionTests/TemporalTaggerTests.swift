@testable import ParleyExtraction
import ParleyModel
import Testing

@Suite struct DateTests {
    func date(_ sentence: String, published: String?) -> String? {
        let text = "Ahmad Massoud met Sergei Mironov \(sentence)."
        return Fixtures.events(text, published: published).first?.date.value
    }

    @Test func explicitDatesInEachOrder() {
        #expect(date("on 6 December 2023", published: nil) == "2023-12-06")
        #expect(date("on December 6, 2023", published: nil) == "2023-12-06")
        #expect(date("on 2023-12-06", published: nil) == "2023-12-06")
        #expect(date("in November 2023", published: nil) == "2023-11")
        #expect(date("in 2021", published: nil) == "2021")
    }

    @Test func bareDayOfMonthTakesThePublicationMonthOrTheOneBefore() {
        #expect(date("on the 2nd", published: "2023-12-06") == "2023-12-02")
        #expect(date("on the 12th", published: "2023-12-06") == "2023-11-12")
        #expect(date("on the 12th", published: "2024-01-06") == "2023-12-12")
        #expect(date("on the 12th", published: nil) == nil)
    }

    @Test func weekdaysAreReadAsThePast() {
        #expect(date("on Monday", published: "2023-12-06") == "2023-12-04")
        #expect(date("on Wednesday", published: "2023-12-06") == "2023-11-29")
    }

    @Test func relativeExpressions() {
        #expect(date("yesterday", published: "2023-03-01") == "2023-02-28")
        #expect(date("last month", published: "2023-01-15") == "2022-12")
        #expect(date("last year", published: "2023-01-15") == "2022")
        #expect(date("three days ago", published: "2023-01-02") == "2022-12-30")
    }

    @Test func monthWithoutYearLooksBackAcrossTheYearBoundary() {
        #expect(date("on December 30", published: "2024-01-05") == "2023-12-30")
        #expect(date("on January 3", published: "2024-01-05") == "2024-01-03")
    }

    @Test func undatedSentenceGivesNoDateRatherThanThePublicationDate() throws {
        let e = try #require(Fixtures.events("Ahmad Massoud met Sergei Mironov.", published: "2023-12-06").first)
        #expect(e.date.value == nil)
        #expect(e.date.basis == .none)
    }

    @Test func eachEventTakesTheNearestExpression() {
        let text = "Moscow hosted Ahmad Massoud on the 2nd, and then on the 12th Tajikistan hosted Vladimir Putin."
        let events = Fixtures.events(text, published: "2023-12-06")
        let dates = Dictionary(events.map { ($0.source, $0.date.value ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(dates["ahmad-massoud"] == "2023-12-02")
        #expect(dates["vladimir-putin"] == "2023-11-12")
    }

    @Test func headerPublicationDateAndTitle() {
        let text = "Publish dateWednesday 6 December 2023 - 10:38\nStory Code : 281683\nRecent meetings in Moscow and Dushanbe\nBody text starts here."
        let header = Fixtures.pipeline.header(of: text)
        #expect(header.published?.description == "2023-12-06")
        #expect(header.title == "Recent meetings in Moscow and Dushanbe")
        let plain = Fixtures.pipeline.header(of: "Date: 2024-02-03\nTitle line of the story\n")
        #expect(plain.published?.description == "2024-02-03")
    }
}
