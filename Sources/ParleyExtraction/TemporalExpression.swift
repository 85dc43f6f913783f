import ParleyModel

/// A date expression in the text with its normalised value.
public struct TemporalExpression: Hashable, Sendable {
    public var span: Span
    /// Token indices within the sentence.
    var tokens: Range<Int>
    public var text: String
    /// ISO 8601 at `precision`, nil when it cannot be resolved (no publication date).
    public var value: String?
    public var precision: EventDate.Precision
    /// Other readings the text leaves open.
    public var alternatives: [AlternativeDate]

    var eventDate: EventDate {
        EventDate(value: value, precision: value == nil ? .unknown : precision, text: text,
                  basis: value == nil ? .none : .text, alternatives: alternatives)
    }
}
