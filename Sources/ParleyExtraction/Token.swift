/// A word, number or punctuation mark, with its scalar offsets in the document.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word, number, punctuation
        /// The possessive clitic "'s" / "’s" / a bare "'" after a plural.
        case possessive
    }

    public var text: String
    /// Lowercased, with typographic apostrophes folded to "'".
    public var folded: String
    /// The text with typographic apostrophes folded to "'", case kept.
    public var cased: String
    public var start: Int
    public var end: Int
    public var kind: Kind

    public init(text: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.cased = text.contains("\u{2019}") ? text.replacingOccurrences(of: "\u{2019}", with: "'") : text
        self.folded = cased.lowercased()
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// The tokenizer's path for ASCII text, which has no typographic apostrophe to fold:
    /// `folded` is its ASCII lower case (what `init(text:start:end:kind:)` computes).
    init(ascii text: String, folded: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.cased = text
        self.folded = folded
        self.start = start
        self.end = end
        self.kind = kind
    }

    static func asciiLowercased(_ s: String) -> String {
        var s = s
        guard s.utf8.contains(where: { $0 &- 0x41 < 26 }) else { return s }
        return s.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                for (k, b) in bytes.enumerated() { out[k] = b &- 0x41 < 26 ? b | 0x20 : b }
                return bytes.count
            }
        }
    }

    /// True when the first character is an uppercase letter.
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.isUppercaseLike
    }

    public var isWord: Bool { kind == .word }
}
