import ParleyModel

extension Event {
    /// The event's date as a calendar date, when it has a valid one.
    var calendarDate: CalendarDate? { date.value.flatMap(CalendarDate.init(iso:)) }

    /// Timeline order for events alone: dated before undated, by date (a less precise
    /// date first within its period), then reading order; the same order as `Timeline`.
    static func chronologically(_ a: Event, _ b: Event) -> Bool {
        switch (a.calendarDate, b.calendarDate) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return inReadingOrder(a, b)
        }
    }
}
