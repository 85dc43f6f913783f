/// Another reading of an event's date that the text leaves open, and why:
/// "2023-11-23" read as "Solar Hijri" (a bare "on the 2nd" meaning Azar 2).
public struct AlternativeDate: Codable, Hashable, Sendable {
    /// ISO 8601 at its precision.
    public var value: String
    /// The reading that gives this value: "Solar Hijri", "Islamic", "previous month".
    public var reading: String

    public init(value: String, reading: String) {
        self.value = value
        self.reading = reading
    }
}
