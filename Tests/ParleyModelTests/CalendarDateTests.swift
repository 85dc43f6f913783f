import ParleyModel
import Testing

@Suite struct CalendarDateTests {
    @Test func parsesAndPrintsEachPrecision() throws {
        #expect(CalendarDate(iso: "2023-11-02")?.description == "2023-11-02")
        #expect(CalendarDate(iso: "2023-11")?.precision == .month)
        #expect(CalendarDate(iso: "2023")?.precision == .year)
    }

    @Test func rejectsImpossibleDates() {
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2023-13") == nil)
        #expect(CalendarDate(iso: "23-01-01") == nil)
        #expect(CalendarDate(iso: "") == nil)
    }

    @Test func lessPreciseSortsFirstWithinItsPeriod() throws {
        let month = try #require(CalendarDate(iso: "2023-11"))
        let day = try #require(CalendarDate(iso: "2023-11-02"))
        let year = try #require(CalendarDate(iso: "2023"))
        #expect([day, month, year].sorted() == [year, month, day])
        #expect(try #require(CalendarDate(iso: "2023-10-31")) < month)
    }

    @Test func dayArithmeticCrossesMonthsYearsAndLeapDays() throws {
        let d = try #require(CalendarDate(iso: "2024-03-01"))
        #expect(d.adding(days: -1).description == "2024-02-29")
        #expect(try #require(CalendarDate(iso: "2023-12-31")).adding(days: 1).description == "2024-01-01")
        #expect(CalendarDate(dayNumber: 0).description == "1970-01-01")
    }

    @Test func weekdayOfKnownDates() throws {
        #expect(try #require(CalendarDate(iso: "2023-12-06")).weekday == 2) // a Wednesday
        #expect(try #require(CalendarDate(iso: "2023-11-27")).weekday == 0) // a Monday
    }
}
