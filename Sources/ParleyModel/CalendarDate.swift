/// A Gregorian date at day, month or year precision, ordered chronologically.
///
/// Comparison puts a less precise date before the more precise dates it contains
/// ("2023-11" sorts before "2023-11-02"), which is what a timeline wants.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
    public init?(iso: String) {
        // Digits only (nearly always): read from the bytes. Anything else (a sign, which
        // `Int` accepts, or no date at all) takes the general path.
        if let date = CalendarDate.digits(iso) {
            guard let date else { return nil }
            self = date
            return
        }
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?
        var d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let v = Int(parts[1]), (1...12).contains(v) else { return nil }
            m = v
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let v = Int(parts[2]), v >= 1,
                  v <= CalendarDate.daysIn(month: m ?? 1, year: y) else { return nil }
            d = v
        }
        self.init(year: y, month: m, day: d)
    }

    /// The date of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` written in ASCII digits (`.some(nil)`
    /// when such a text is no date, as `init?(iso:)` judges it); nil for any other text.
    static func digits(_ iso: String) -> CalendarDate?? {
        var fields = (0, 0, 0)
        var count = 0
        var width = 0
        for b in iso.utf8 {
            if b == UInt8(ascii: "-") {
                guard width == (count == 0 ? 4 : 2), count < 2 else { return nil }
                count += 1
                width = 0
                continue
            }
            guard b &- UInt8(ascii: "0") < 10, width < (count == 0 ? 4 : 2) else { return nil }
            let digit = Int(b &- UInt8(ascii: "0"))
            switch count {
            case 0: fields.0 = fields.0 * 10 + digit
            case 1: fields.1 = fields.1 * 10 + digit
            default: fields.2 = fields.2 * 10 + digit
            }
            width += 1
        }
        guard width == (count == 0 ? 4 : 2) else { return nil }
        let (y, m, d) = fields
        if count >= 1, !(1...12).contains(m) { return .some(nil) }
        if count == 2, d < 1 || d > CalendarDate.daysIn(month: m, year: y) { return .some(nil) }
        return CalendarDate(year: y, month: count >= 1 ? m : nil, day: count == 2 ? d : nil)
    }

    public var precision: EventDate.Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// ISO 8601 at this date's precision.
    public var description: String {
        var s = pad(year, 4)
        if let month { s += "-" + pad(month, 2) }
        if let day { s += "-" + pad(day, 2) }
        return s
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a day-precision date (month and day default to 1).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let m = month ?? 1, d = day ?? 1
        let y = m <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day-precision date of a day number (days since 1970-01-01).
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The date `days` days later (earlier when negative), at day precision.
    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// 0 = Monday ... 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }
}

/// Zero-padded decimal: pad(7, 2) = "07", pad(987, 4) = "0987".
func pad(_ v: Int, _ width: Int) -> String {
    let digits = String(abs(v))
    return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
}

extension CalendarDate {
    /// ISO 8601 week of a day-precision date: (week-based year, week 1-53).
    public var isoWeek: (year: Int, week: Int) {
        let wd = weekday // 0 = Monday
        let thursday = adding(days: 3 - wd)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }
}
