/// A word, number or punctuation mark, with its scalar offsets in the document.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word, number, punctuation
        /// The possessive clitic "'s" / "’s" / a bare "'" after a plural.
        case possessive
    }

    public var text: String { didSet { isCapitalized = Token.startsUppercase(text) } }
    /// Lowercased, with typographic apostrophes folded to "'".
    public var folded: String {
        didSet {
            wordHash = WordHash.of(folded)
            isHyphenated = folded.utf8.contains(UInt8(ascii: "-"))
        }
    }
    /// The text with typographic apostrophes folded to "'", case kept.
    public var cased: String
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// `WordHash.of(folded)`, worked out once: word lists look tokens up by it.
    private(set) var wordHash: UInt64
    /// True when the first character is an uppercase letter.
    public private(set) var isCapitalized: Bool
    /// Whether `folded` holds a "-" (found in the tokenizer's pass over the bytes).
    private(set) var isHyphenated: Bool

    public init(text: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        // Foundation's search only for a text that holds the typographic apostrophe.
        self.cased = text.unicodeScalars.contains("\u{2019}") ? text.replacingOccurrences(of: "\u{2019}", with: "'") : text
        self.folded = cased.lowercased()
        self.start = start
        self.end = end
        self.kind = kind
        self.wordHash = WordHash.of(folded)
        self.isCapitalized = Token.startsUppercase(text)
        self.isHyphenated = folded.utf8.contains(UInt8(ascii: "-"))
    }

    /// The tokenizer's path for ASCII text, which has no typographic apostrophe to fold:
    /// `folded` is its ASCII lower case and `wordHash` its hash (what
    /// `init(text:start:end:kind:)` computes).
    init(ascii text: String, folded: String, wordHash: UInt64, capitalized: Bool, hyphenated: Bool,
         start: Int, end: Int, kind: Kind) {
        self.text = text
        self.cased = text
        self.folded = folded
        self.start = start
        self.end = end
        self.kind = kind
        self.wordHash = wordHash
        self.isCapitalized = capitalized
        self.isHyphenated = hyphenated
    }

    static func startsUppercase(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.isUppercaseLike
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

    public var isWord: Bool { kind == .word }

    /// `text.count`, without grapheme breaking for ASCII tokens (where bytes are characters:
    /// no token holds a line break).
    var characterCount: Int {
        var bytes = 0
        for b in text.utf8 {
            if b >= 0x80 || b == 0x0D { return text.count }
            bytes += 1
        }
        return bytes
    }

    /// `folded.hasPrefix("anti-")`, most tokens turned away by their first byte.
    var hasAntiPrefix: Bool { folded.utf8.first == UInt8(ascii: "a") && folded.hasPrefix("anti-") }

    /// Whether both tokens fold to the same word (`folded ==`, the hashes compared first).
    @inline(__always) func isSameWord(_ other: Token) -> Bool {
        wordHash == other.wordHash && folded == other.folded
    }
}
