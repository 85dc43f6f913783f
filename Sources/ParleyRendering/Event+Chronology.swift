import ParleyModel

extension Event {
    /// The event's date as a calendar date, when it has a valid one.
    var calendarDate: CalendarDate? { date.value.flatMap(CalendarDate.init(iso:)) }

    /// The positions of `events` in timeline order: dated before undated, by date (a less
    /// precise date first within its period), then reading order, the same order as
    /// `Timeline`; equal events stay in the order given. Each date is parsed once, not at
    /// every comparison.
    static func chronologicalOrder(_ events: [Event]) -> [Int] {
        var reading = Array(repeating: 0, count: events.count)
        for (rank, k) in Event.readingOrder(events).enumerated() { reading[k] = rank }
        // Dated first, by (year, month, day) with 0 for a missing month or day: the order of
        // `CalendarDate`, a less precise date before the dates it contains.
        let keys = events.indices.map { k -> (Int, Int, Int, Int, Int) in
            guard let date = events[k].calendarDate else { return (1, 0, 0, 0, reading[k]) }
            return (0, date.year, date.month ?? 0, date.day ?? 0, reading[k])
        }
        return events.indices.sorted { keys[$0] < keys[$1] }
    }
}
