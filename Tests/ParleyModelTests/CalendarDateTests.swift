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

    /// `init?(iso:)` reads digit-only dates from their bytes; it must judge every text as
    /// the general reading does (a sign, which `Int` accepts, included).
    @Test func digitsAreReadAsTheGeneralPathReadsThem() {
        func general(_ iso: String) -> CalendarDate? {
            let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
            var m: Int?, d: Int?
            if parts.count >= 2 {
                guard parts[1].count == 2, let v = Int(parts[1]), (1...12).contains(v) else { return nil }
                m = v
            }
            if parts.count == 3 {
                guard parts[2].count == 2, let v = Int(parts[2]), v >= 1, v <= CalendarDate.daysIn(month: m ?? 1, year: y) else { return nil }
                d = v
            }
            return CalendarDate(year: y, month: m, day: d)
        }
        let alphabet = Array("0123456789-+ 12")
        var state: UInt64 = 88_172_645_463_325_252
        var parsed = 0
        for _ in 0..<20_000 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            var draw = state
            var text = ""
            for _ in 0..<Int(draw % 12) {
                draw /= 12
                text.append(alphabet[Int(draw % UInt64(alphabet.count))])
                draw /= UInt64(alphabet.count)
            }
            #expect(CalendarDate(iso: text) == general(text), "\(text.debugDescription)")
            if CalendarDate(iso: text) != nil { parsed += 1 }
        }
        for text in ["2024-02-29", "2023-02-29", "0000", "9999-12-31", "2023-00", "2023-13-01", "2023-11-31", "+202", "2023-+1", "2023-1", "2023-11-"] {
            #expect(CalendarDate(iso: text) == general(text), "\(text)")
        }
        #expect(parsed > 100)
    }
}
