import ParleyModel

/// The Solar Hijri (Persian, Jalali) calendar of Iran and Afghanistan, as the official
/// astronomical calendar: the year starts at Nowruz, the day of the March equinox in Tehran.
///
/// Sources from both countries date events this way ("12 Azar 1402", "15 Hamal 1403"), and
/// the rule that matters is astronomical: the 2820-year arithmetic cycle (Birashk) is often
/// quoted but drifts from the official calendar in years the news covers (around 1403-1404,
/// where the official leap year is 1403 and Nowruz 1404 is 21 March 2025).
/// Year starts come from Kazimierz Borkowski's 33-year-cycle "breaks" table (the one used
/// by jalaali-js), which matches the astronomical calendar for 1178–3177 AP; the table
/// itself is defined for years -61 through 3177, outside which every function gives nil.
public enum SolarHijri {
    /// Years at which the 33-year leap pattern restarts (Borkowski's `breaks`).
    static let breaks = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
                         1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178]

    /// The years the breaks table covers.
    static let supportedYears = -61...3177

    /// The Gregorian date of `day` `month` `year` AP; nil when there is no such day.
    public static func gregorian(year: Int, month: Int, day: Int) -> CalendarDate? {
        guard supportedYears.contains(year), (1...12).contains(month),
              (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return CalendarDate(dayNumber: newYear(year) + daysBefore(month: month) + day - 1)
    }

    /// The Solar Hijri year, month and day of a day-precision Gregorian date; nil for a
    /// month- or year-precision date (it has no single Solar Hijri day) or one out of range.
    public static func date(of gregorian: CalendarDate) -> (year: Int, month: Int, day: Int)? {
        guard gregorian.day != nil else { return nil }
        let target = gregorian.dayNumber
        // Nowruz falls in March, so the Solar Hijri year is gy - 621 from Nowruz on, else gy - 622.
        var year = gregorian.year - 621
        guard supportedYears.lowerBound...(supportedYears.upperBound + 1) ~= year else { return nil }
        if target < newYear(year) { year -= 1 }
        guard supportedYears.contains(year) else { return nil }
        let k = target - newYear(year)
        if k < 186 { return (year, k / 31 + 1, k % 31 + 1) }
        return (year, (k - 186) / 30 + 7, (k - 186) % 30 + 1)
    }

    /// True when Esfand has 30 days, i.e. the next Nowruz is 366 days away.
    public static func isLeap(_ year: Int) -> Bool {
        guard supportedYears.contains(year) else { return false }
        return newYear(year + 1) - newYear(year) == 366
    }

    /// Days in a month: 31 for months 1-6, 30 for 7-11, and 29 for Esfand (30 in leap years);
    /// 0 for a month outside 1...12.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1...6: return 31
        case 7...11: return 30
        case 12: return isLeap(year) ? 30 : 29
        default: return 0
        }
    }

    /// Days from 1 Farvardin to the first of `month` (1...12).
    static func daysBefore(month: Int) -> Int {
        month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30
    }

    /// The day number (days since 1970-01-01) of 1 Farvardin `year`, for -61...3178.
    ///
    /// Borkowski's jalCal: count the Solar Hijri leap days since the epoch through the breaks
    /// table (8 leap years per full 33-year cycle, one every 4 years in a partial one), count
    /// the Gregorian leap days to the same year, and the difference moves Nowruz off March 20.
    /// The year length, and so `isLeap`, follows from two consecutive Nowruz days, which keeps
    /// month lengths and conversions consistent by construction. Year 3178 is only needed as
    /// the end of 3177; the loop then runs through the whole table, which is what it means.
    static func newYear(_ year: Int) -> Int {
        var leapJ = -14
        var previous = breaks[0]
        var jump = 0
        for next in breaks.dropFirst() {
            jump = next - previous
            if year < next { break }
            leapJ += (jump / 33) * 8 + (jump % 33) / 4
            previous = next
        }
        let n = year - previous
        leapJ += (n / 33) * 8 + (n % 33 + 3) / 4
        if jump % 33 == 4 && jump - n == 4 { leapJ += 1 }
        let gy = year + 621
        let leapG = gy / 4 - ((gy / 100 + 1) * 3) / 4 - 150
        let march = 20 + leapJ - leapG
        return CalendarDate(year: gy, month: 3, day: 1).dayNumber + march - 1
    }
}
