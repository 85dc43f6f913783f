import ParleyModel

/// The tabular (arithmetical) Islamic calendar: 30-year cycles of 354- and 355-day years,
/// leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each cycle (the "type II" or
/// Kūshyār pattern, the one most software uses), from the civil epoch 1 Muharram 1 AH =
/// Friday 16 July 622 (Julian).
///
/// Approximate by nature: the months people actually observe begin with a sighting of the
/// new crescent, or with Saudi Arabia's Umm al-Qura tables, and those start dates can differ
/// from the tabular ones by a day or two (and differ between countries). Parley stores the
/// converted date at day precision because the text gave a day, but callers should treat a
/// date such as "1 Ramadan 1445" as approximate (about ±2 days).
public enum IslamicCalendar {
    /// Day number (days since 1970-01-01) of 1 Muharram 1 AH, Julian day 1948440.
    static let epoch = 1_948_440 - 2_440_588

    /// Days in one 30-year cycle: 30 × 354 + 11 leap days.
    static let cycleDays = 10_631

    /// The Gregorian date of `day` `month` `year` AH; nil for an invalid date or a year before 1 AH.
    public static func gregorian(year: Int, month: Int, day: Int) -> CalendarDate? {
        guard year >= 1, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        return CalendarDate(dayNumber: newYear(year) + daysBefore(month: month) + day - 1)
    }

    /// The tabular Islamic year, month and day of a day-precision Gregorian date; nil for a
    /// month- or year-precision date or one before the epoch.
    public static func date(of gregorian: CalendarDate) -> (year: Int, month: Int, day: Int)? {
        guard gregorian.day != nil else { return nil }
        let elapsed = gregorian.dayNumber - epoch
        guard elapsed >= 0 else { return nil }
        // An estimate from the mean year length, then corrected: it can be one year off
        // either way near a new year.
        var year = (30 * elapsed + 10_646) / cycleDays
        while newYear(year) > gregorian.dayNumber { year -= 1 }
        while newYear(year + 1) <= gregorian.dayNumber { year += 1 }
        let k = gregorian.dayNumber - newYear(year)
        var month = 12
        while daysBefore(month: month) > k { month -= 1 }
        return (year, month, k - daysBefore(month: month) + 1)
    }

    /// True for years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of the 30-year cycle, whose
    /// last month (Dhu al-Hijjah) has 30 days instead of 29.
    public static func isLeap(_ year: Int) -> Bool {
        mod(14 + 11 * year, 30) < 11
    }

    /// Days in a month: odd months 30, even months 29, Dhu al-Hijjah 30 in a leap year;
    /// 0 for a month outside 1...12.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 12: return isLeap(year) ? 30 : 29
        case 1...11: return month % 2 == 1 ? 30 : 29
        default: return 0
        }
    }

    /// Days from 1 Muharram to the first of `month` (1...12): alternately 30 and 29.
    static func daysBefore(month: Int) -> Int {
        (59 * (month - 1) + 1) / 2
    }

    /// Day number of 1 Muharram `year`: 354 days a year plus the leap days before it.
    static func newYear(_ year: Int) -> Int {
        epoch + (year - 1) * 354 + floorDiv(3 + 11 * year, 30)
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func mod(_ a: Int, _ b: Int) -> Int {
        ((a % b) + b) % b
    }
}
