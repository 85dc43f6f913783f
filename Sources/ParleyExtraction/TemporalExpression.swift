import ParleyModel

/// TIMEX3 types of temporal expressions.
public enum TimexType: String, Codable, Sendable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A temporal expression in the text with its normalised TIMEX3 value.
public struct TemporalExpression: Hashable, Sendable {
    public var span: Span
    /// Token indices within the sentence.
    var tokens: Range<Int>
    public var text: String
    public var type: TimexType
    /// TIMEX3 value: `2023-11-02`, `2023-W48`, `2012-SU`, `P3Y`, `PRESENT_REF`; nil when the
    /// text gives no way to resolve it (a relative date without a publication date).
    public var value: String?
    /// TIMEX3 mod: START, MID, END, APPROX ...
    public var mod: String?
    /// Other readings the text leaves open.
    public var alternatives: [AlternativeDate]
    /// The date an event governed by this expression takes, at day, month or year precision.
    var calendarDate: CalendarDate?
    /// The day number of a bare "on the 12th", which may also be read in the Solar Hijri month.
    var bareDay: Int? = nil

    /// The event date this expression gives, or nil when it dates no event (a duration, "now").
    var eventDate: EventDate? {
        guard let calendarDate else { return nil }
        return EventDate(value: calendarDate.description, precision: calendarDate.precision, text: text,
                         basis: .text, alternatives: alternatives)
    }
}
