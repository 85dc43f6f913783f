/// A temporal expression as `parley dates` lists it: where it stands in a document
/// (Unicode scalar offsets into the file as read, end exclusive) and its TIMEX3 reading.
public struct Timex: Codable, Hashable, Sendable {
    public var document: String
    public var start: Int
    public var end: Int
    public var text: String
    /// DATE, TIME, DURATION or SET.
    public var type: String
    /// TIMEX3 value (`2013-03-22`, `2013-W11`, `P3Y`, `PRESENT_REF`), nil when unresolved.
    public var value: String?
    /// TIMEX3 mod (START, MID, END, APPROX), when any.
    public var mod: String?

    public init(document: String, start: Int, end: Int, text: String, type: String, value: String?, mod: String? = nil) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(type, forKey: .type)
        try c.encode(value, forKey: .value)
        try c.encodeIfPresent(mod, forKey: .mod)
    }
}
