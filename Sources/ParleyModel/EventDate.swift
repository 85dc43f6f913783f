/// When an event happened, as precisely as the text allows.
public struct EventDate: Codable, Hashable, Sendable {
    public enum Precision: String, Codable, Sendable, CaseIterable {
        case day, month, year, unknown
    }

    /// Where the date came from.
    public enum Basis: String, Codable, Sendable, CaseIterable {
        /// A temporal expression in the text.
        case text
        /// The document's publication date.
        case publication
        /// No basis: the event is undated.
        case none
    }

    /// ISO 8601 at its precision (`2023-11-02`, `2023-11`, `2023`), or nil.
    public var value: String?
    public var precision: Precision
    /// The temporal expression the date was read from.
    public var text: String?
    public var basis: Basis
    /// Other readings the text leaves open (e.g. a Solar Hijri reading of a bare day).
    public var alternatives: [AlternativeDate]

    public init(value: String?, precision: Precision, text: String? = nil, basis: Basis,
                alternatives: [AlternativeDate] = []) {
        self.value = value
        self.precision = precision
        self.text = text
        self.basis = basis
        self.alternatives = alternatives
    }

    public static let undated = EventDate(value: nil, precision: .unknown, basis: .none)

    enum CodingKeys: String, CodingKey { case value, precision, text, basis, alternatives }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        value = try c.decodeIfPresent(String.self, forKey: .value)
        precision = try c.decodeIfPresent(Precision.self, forKey: .precision) ?? .unknown
        text = try c.decodeIfPresent(String.self, forKey: .text)
        basis = try c.decodeIfPresent(Basis.self, forKey: .basis) ?? (value == nil ? .none : .text)
        alternatives = try c.decodeIfPresent([AlternativeDate].self, forKey: .alternatives) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(precision, forKey: .precision)
        try c.encode(text, forKey: .text)
        try c.encode(basis, forKey: .basis)
        if !alternatives.isEmpty { try c.encode(alternatives, forKey: .alternatives) }
    }
}
