import ParleyModel

/// The period a timeline is grouped by, each group under a heading.
public enum TimelineGrouping: String, CaseIterable, Sendable {
    case none, day, month, year

    /// The group heading for an event dated `date`: the date cut to this period, or to
    /// the date's own precision when that is coarser (a year-only event grouped by month
    /// is labelled "2023"); "undated" without a date; nil with `.none`.
    public func label(for date: CalendarDate?) -> String? {
        if self == .none { return nil }
        guard let date else { return "undated" }
        switch self {
        case .none, .day: return date.description
        case .month: return CalendarDate(year: date.year, month: date.month).description
        case .year: return CalendarDate(year: date.year).description
        }
    }

    /// The valid names, for error messages.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
