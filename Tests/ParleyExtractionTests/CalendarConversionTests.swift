@testable import ParleyExtraction
import ParleyModel
import Testing

@Suite struct SolarHijriTests {
    @Test(arguments: [
        (1402, 1, 1, "2023-03-21"), (1403, 1, 1, "2024-03-20"), (1404, 1, 1, "2025-03-21"),
        (1402, 9, 2, "2023-11-23"), (1402, 9, 6, "2023-11-27"), (1402, 9, 12, "2023-12-03"),
        (1399, 12, 30, "2021-03-20"), (1403, 12, 30, "2025-03-20"), (1400, 1, 1, "2021-03-21"),
        (1402, 10, 1, "2023-12-22"), (1357, 11, 22, "1979-02-11"),
    ])
    func fixedPoints(_ year: Int, _ month: Int, _ day: Int, _ iso: String) throws {
        let expected = try #require(CalendarDate(iso: iso))
        #expect(SolarHijri.gregorian(year: year, month: month, day: day) == expected)
        let back = try #require(SolarHijri.date(of: expected))
        #expect([back.year, back.month, back.day] == [year, month, day])
    }

    /// The astronomical calendar puts the leap day in 1403 and then waits five years; the
    /// 2820-year arithmetic cycle would make 1404 leap instead.
    @Test func leapYearsFollowTheEquinox() {
        let leap = (1370...1410).filter(SolarHijri.isLeap)
        #expect(leap == [1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408])
        #expect(SolarHijri.daysIn(month: 12, year: 1402) == 29)
        #expect(SolarHijri.daysIn(month: 12, year: 1403) == 30)
        #expect(SolarHijri.gregorian(year: 1402, month: 12, day: 30) == nil)
        #expect(SolarHijri.gregorian(year: 1402, month: 12, day: 29) == CalendarDate(year: 2024, month: 3, day: 19))
    }

    @Test func monthLengthsAddUpToTheYear() throws {
        for year in 1320...1490 {
            let start = try #require(SolarHijri.gregorian(year: year, month: 1, day: 1))
            let next = try #require(SolarHijri.gregorian(year: year + 1, month: 1, day: 1))
            let length = (1...12).reduce(0) { $0 + SolarHijri.daysIn(month: $1, year: year) }
            #expect(length == next.dayNumber - start.dayNumber, "year \(year)")
            #expect((length == 366) == SolarHijri.isLeap(year), "year \(year)")
            // Noon-rule Nowruz drifts over March 20-22 in these years (22 March in the 1940s-50s).
            #expect(start.month == 3 && (20...22).contains(start.day ?? 0), "Nowruz \(year) on \(start)")
        }
    }

    @Test func everyDayFrom1950To2100RoundTripsInOrder() {
        roundTrip(SolarHijri.date(of:), SolarHijri.gregorian(year:month:day:), SolarHijri.daysIn(month:year:))
    }

    @Test func invalidDatesAreNil() {
        #expect(SolarHijri.gregorian(year: 1402, month: 0, day: 1) == nil)
        #expect(SolarHijri.gregorian(year: 1402, month: 13, day: 1) == nil)
        #expect(SolarHijri.gregorian(year: 1402, month: 1, day: 0) == nil)
        #expect(SolarHijri.gregorian(year: 1402, month: 6, day: 32) == nil)
        #expect(SolarHijri.gregorian(year: 1402, month: 7, day: 31) == nil)
        #expect(SolarHijri.gregorian(year: 3178, month: 1, day: 1) == nil)
        #expect(SolarHijri.gregorian(year: 1402, month: 6, day: 31) != nil)
        #expect(SolarHijri.date(of: CalendarDate(year: 2023, month: 11)) == nil)
        #expect(SolarHijri.date(of: CalendarDate(year: 2023)) == nil)
    }
}

@Suite struct IslamicCalendarTests {
    @Test(arguments: [
        (1444, 9, 1, "2023-03-23"), (1445, 1, 1, "2023-07-19"), (1445, 9, 1, "2024-03-11"),
        (1, 1, 1, "0622-07-19"), (1445, 12, 10, "2024-06-17"),
        (1446, 1, 1, "2024-07-08"), // Umm al-Qura and most observers: 2024-07-07
    ])
    func fixedPoints(_ year: Int, _ month: Int, _ day: Int, _ iso: String) throws {
        let expected = try #require(CalendarDate(iso: iso))
        #expect(IslamicCalendar.gregorian(year: year, month: month, day: day) == expected)
        let back = try #require(IslamicCalendar.date(of: expected))
        #expect([back.year, back.month, back.day] == [year, month, day])
    }

    @Test func epochIsAFriday() {
        #expect(IslamicCalendar.gregorian(year: 1, month: 1, day: 1)?.weekday == 4)
    }

    @Test func leapYearsAreTypeII() {
        let pattern = [2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29]
        for cycle in [0, 1, 48] {
            #expect((1...30).filter { IslamicCalendar.isLeap(cycle * 30 + $0) } == pattern, "cycle \(cycle)")
        }
    }

    @Test func monthLengthsAddUpToTheYear() throws {
        for year in 1360...1530 {
            let start = try #require(IslamicCalendar.gregorian(year: year, month: 1, day: 1))
            let next = try #require(IslamicCalendar.gregorian(year: year + 1, month: 1, day: 1))
            let length = (1...12).reduce(0) { $0 + IslamicCalendar.daysIn(month: $1, year: year) }
            #expect(length == next.dayNumber - start.dayNumber, "year \(year)")
            #expect(length == (IslamicCalendar.isLeap(year) ? 355 : 354), "year \(year)")
        }
    }

    @Test func everyDayFrom1950To2100RoundTripsInOrder() {
        roundTrip(IslamicCalendar.date(of:), IslamicCalendar.gregorian(year:month:day:), IslamicCalendar.daysIn(month:year:))
    }

    @Test func invalidDatesAreNil() {
        #expect(IslamicCalendar.gregorian(year: 1445, month: 2, day: 30) == nil)
        #expect(IslamicCalendar.gregorian(year: 1445, month: 1, day: 31) == nil)
        #expect(IslamicCalendar.gregorian(year: 1444, month: 12, day: 30) == nil) // 1444 is not leap
        #expect(IslamicCalendar.gregorian(year: 1445, month: 12, day: 30) != nil) // 1445 is
        #expect(IslamicCalendar.gregorian(year: 1445, month: 13, day: 1) == nil)
        #expect(IslamicCalendar.gregorian(year: 1445, month: 1, day: 0) == nil)
        #expect(IslamicCalendar.gregorian(year: 0, month: 1, day: 1) == nil)
        #expect(IslamicCalendar.date(of: CalendarDate(year: 622, month: 7, day: 18)) == nil)
        #expect(IslamicCalendar.date(of: CalendarDate(year: 2024, month: 3)) == nil)
    }
}

/// Walks every day of 1950-2100: each converts to a valid date that converts back, and
/// consecutive days are consecutive dates (so a shifted but consistent table still fails).
func roundTrip(_ toCalendar: (CalendarDate) -> (year: Int, month: Int, day: Int)?,
               _ toGregorian: (Int, Int, Int) -> CalendarDate?,
               _ daysIn: (Int, Int) -> Int) {
    let first = CalendarDate(year: 1950, month: 1, day: 1).dayNumber
    let last = CalendarDate(year: 2100, month: 12, day: 31).dayNumber
    var previous: (year: Int, month: Int, day: Int)?
    var failures = 0
    for n in first...last where failures < 5 {
        let gregorian = CalendarDate(dayNumber: n)
        guard let d = toCalendar(gregorian) else {
            Issue.record("no date for \(gregorian)"); failures += 1; continue
        }
        if toGregorian(d.year, d.month, d.day) != gregorian {
            Issue.record("\(gregorian) -> \(d) does not convert back"); failures += 1
        }
        if let p = previous {
            let expected = p.day < daysIn(p.month, p.year) ? (p.year, p.month, p.day + 1)
                : p.month < 12 ? (p.year, p.month + 1, 1) : (p.year + 1, 1, 1)
            if expected != d { Issue.record("\(gregorian): \(d) does not follow \(p)"); failures += 1 }
        }
        previous = d
    }
}

@Suite struct CalendarNameTests {
    let names: CalendarNames

    init() throws { names = try CalendarNames.bundled() }

    /// The folded tokens of `text`, as the tagger sees them.
    func words(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer().tokens(in: scalars, range: 0..<scalars.count).map(\.folded)
    }

    @Test func everySolarHijriMonthHasItsAfghanAndIranianName() {
        let afghan = ["hamal", "sawr", "jawza", "saratan", "asad", "sunbula", "mizan", "aqrab", "qaws", "jadi", "dalw", "hut"]
        let iranian = ["farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban", "azar", "dey", "bahman", "esfand"]
        for (index, pair) in zip(afghan, iranian).enumerated() {
            #expect(names.solarHijriMonth([pair.0, "1402"])?.month == index + 1, "\(pair.0)")
            #expect(names.solarHijriMonth([pair.1])?.month == index + 1, "\(pair.1)")
        }
        #expect(names.solarHijriMonth(words("Hoot 1402"))?.month == 12)
        #expect(names.solarHijriMonth(words("Saur"))?.month == 2)
        #expect(names.solarHijriMonth(words("Amordad"))?.month == 5)
    }

    @Test func islamicNamesSpanSeveralTokens() {
        let r = names.islamicMonth(["rabi", "al-awwal", "1445"])
        #expect(r?.month == 3 && r?.length == 2)
        let cases: [(String, Int, Int)] = [
            ("Muharram 1445", 1, 1), ("Rabi' al-Awwal 1445", 3, 3), ("Rabi ul Awal", 3, 3),
            ("Rabi-ul-Awwal", 3, 1), ("Rabi al-Thani", 4, 2), ("Rabi' al-Akhir", 4, 3),
            ("Jumada al-Ula", 5, 2), ("Jumada al-Akhirah", 6, 2), ("Rajab", 7, 1), ("Sha'ban", 8, 1),
            ("Ramazan", 9, 1), ("Shawwal", 10, 1), ("Dhu al-Qa'dah", 11, 2), ("Zulqadah", 11, 1),
            ("Dhu al-Hijjah 1445", 12, 2), ("Zul Hijjah", 12, 2),
        ]
        for (text, month, length) in cases {
            let found = names.islamicMonth(words(text))
            #expect(found?.month == month && found?.length == length, "\(text): \(String(describing: found))")
        }
    }

    @Test func theLongestNameWins() {
        #expect(names.islamicMonth(words("Muharram al-Haram 1445"))?.length == 2)
        #expect(names.islamicMonth(words("Ramazan ul Mubarak 1445"))?.length == 3)
        #expect(names.islamicMonth(words("Ramazan ul"))?.length == 1)
    }

    @Test func matchingIsOnFoldedTokens() {
        #expect(names.islamicMonth(words("RABI’ AL-AWWAL"))?.month == 3)
        #expect(names.islamicMonth(words("Sha’ban"))?.month == 8)
        #expect(names.solarHijriMonth(words("FARVARDĪN"))?.month == 1)
        #expect(names.solarHijriMonth(["Farvardin"]) == nil) // unfolded input is the caller's fault
    }

    @Test func nonNamesAndTheOtherCalendarAreNil() {
        #expect(names.islamicMonth(words("Rabi 1445")) == nil)
        #expect(names.islamicMonth([]) == nil)
        #expect(names.islamicMonth(["jumada"]) == nil)
        #expect(names.islamicMonth(["farvardin"]) == nil)
        #expect(names.solarHijriMonth(["ramadan"]) == nil)
        #expect(names.solarHijriMonth(["day"]) == nil)
    }

    @Test func malformedNameListsAreLocated() {
        let eleven = "solar_hijri:\n" + String(repeating: "  - [x]\n", count: 11) + "islamic: []\n"
        #expect(throws: ExtractionError.malformedLexicon(path: "c.yaml", line: 2, column: 3,
                                                         problem: "\"solar_hijri\" must list twelve months, each a list of spellings")) {
            try CalendarNames.parse(yaml: eleven, path: "c.yaml")
        }
        let months = (1...12).map { "  - [m\($0)]\n" }.joined()
        let clash = "solar_hijri:\n" + months.replacingOccurrences(of: "[m12]", with: "[m12, m3]") + "islamic:\n" + months
        #expect(throws: ExtractionError.malformedLexicon(path: "c.yaml", line: 13, column: 11,
                                                         problem: "\"m3\" already names month 3; remove one of them")) {
            try CalendarNames.parse(yaml: clash, path: "c.yaml")
        }
        #expect((try? CalendarNames.parse(yaml: "solar_hijri:\n" + months + "islamic:\n" + months, path: "c.yaml")) != nil)
    }
}
