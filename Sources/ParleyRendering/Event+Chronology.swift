import ParleyModel

extension Event {
    /// The event's date as a calendar date, when it has a valid one.
    var calendarDate: CalendarDate? { date.value.flatMap(CalendarDate.init(iso:)) }

    /// The positions of `events` in timeline order: dated before undated, by date (a less
    /// precise date first within its period), then reading order, the same order as
    /// `Timeline`; equal events stay in the order given. Each date is parsed once, not at
    /// every comparison.
    static func chronologicalOrder(_ events: [Event]) -> [Int] {
        let order = Event.readingOrder(events)
        var reading = Array(repeating: 0, count: events.count)
        for (rank, k) in order.enumerated() { reading[k] = rank }
        // Dated first, by (year, month, day) with 0 for a missing month or day: the order of
        // `CalendarDate`, a less precise date before the dates it contains.
        let keys = events.indices.map { k -> (Int, Int, Int, Int, Int) in
            guard let date = events[k].calendarDate else { return (1, 0, 0, 0, reading[k]) }
            return (0, date.year, date.month ?? 0, date.day ?? 0, reading[k])
        }
        // The same keys packed into one number each, sorted as numbers, when they fit (an
        // ISO year has four characters: -999...9999).
        if events.count < 1 << 31, keys.allSatisfy({ (-1000..<(1 << 22)).contains($0.1) }) {
            var packed = keys.map { key -> UInt64 in
                UInt64(key.0) << 63 | UInt64(key.1 + 1000) << 40 | UInt64(key.2) << 36 | UInt64(key.3) << 31 | UInt64(key.4)
            }
            packed.sort()
            return packed.map { order[Int($0 & (1 << 31 - 1))] }
        }
        return events.indices.sorted { keys[$0] < keys[$1] }
    }
}
