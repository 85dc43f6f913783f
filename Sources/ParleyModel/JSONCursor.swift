/// Reads JSON text in place, value by value, for a reader that knows the shape it expects
/// (`CorpusJSONReader`): no tree of values is built, and strings are made only for the
/// values asked for. Problems are `CorpusJSONError`s located by line and column.
///
/// What it accepts follows Foundation's `JSONDecoder`, so that a file one accepts the
/// other does too: at most 512 levels of nesting, a trailing comma before `]` or `}`, and
/// values that are skipped (unknown keys, repeated keys: the first wins) are only scanned,
/// not checked (a string's escapes and UTF-8, a number's digits).
struct JSONCursor {
    static let maxDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    var offset = 0
    private var depth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Containers

    /// Reads the `{` that opens an object.
    mutating func enterObject() throws {
        try enter(UInt8(ascii: "{"), "an object")
    }

    /// Reads the `[` that opens an array.
    mutating func enterArray() throws {
        try enter(UInt8(ascii: "["), "an array")
    }

    private mutating func enter(_ bracket: UInt8, _ what: String) throws {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == bracket else { throw mismatch(expected: what) }
        try deeper()
        offset += 1
    }

    mutating func deeper() throws {
        depth += 1
        if depth > JSONCursor.maxDepth { throw error("more than \(JSONCursor.maxDepth) levels of nested arrays and objects") }
    }

    /// The next member's key as its index in `keys` (-1 for a key not listed), the cursor
    /// left on its value; nil (and the object closed) at its `}`. `first` is true until
    /// the first call, which must come right after `enterObject()`.
    mutating func nextMember(_ keys: JSONKeys, first: inout Bool) throws -> Int? {
        guard try more(closing: UInt8(ascii: "}"), first: &first, what: "a member") else { return nil }
        let key = try memberKey(keys)
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw error("expected ':' after a member name, found \(foundHere)") }
        offset += 1
        return key
    }

    /// Whether the array has another element (the cursor left on it); false (and the
    /// array closed) at its `]`. `first` as for `nextMember`.
    mutating func nextElement(first: inout Bool) throws -> Bool {
        try more(closing: UInt8(ascii: "]"), first: &first, what: "an element")
    }

    /// Past the `,` between members or elements; false after the closing bracket.
    private mutating func more(closing: UInt8, first: inout Bool, what: String) throws -> Bool {
        skipSpace()
        guard offset < bytes.count else { throw error("unexpected end of file in an \(closing == UInt8(ascii: "}") ? "object" : "array")") }
        if bytes[offset] == closing {
            offset += 1
            depth -= 1
            return false
        }
        if first {
            first = false
            return true
        }
        guard bytes[offset] == UInt8(ascii: ",") else {
            throw error("expected ',' or '\(Character(Unicode.Scalar(closing)))' after \(what), found \(foundHere)")
        }
        offset += 1
        skipSpace()
        if offset < bytes.count, bytes[offset] == closing { // a trailing comma, as JSONDecoder allows
            offset += 1
            depth -= 1
            return false
        }
        return true
    }

    /// Reads a member name and its index in `keys`.
    private mutating func memberKey(_ keys: JSONKeys) throws -> Int {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw error("expected a member name in double quotes, found \(foundHere)")
        }
        let start = offset + 1
        switch try scanString() {
        case let .plain(end, ascii, control):
            if let control { throw JSONCursor.controlError(self, at: control) }
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !ascii, String(validating: raw, as: UTF8.self) == nil { throw error("invalid UTF-8 in a member name", at: start - 1) }
            return keys.index(of: raw)
        case .escaped:
            offset = start
            let name = try unescapedString(openedAt: start - 1)
            return keys.index(of: Array(name.utf8))
        }
    }

    // MARK: Values

    /// The index in `keys` of the string value at the cursor, the cursor past it, when it
    /// is plain ASCII (no escapes) and listed; nil, the cursor where it was, otherwise.
    mutating func plainString(in keys: JSONKeys) -> Int? {
        let at = offset
        skipSpace()
        let quote = offset
        guard quote < bytes.count, bytes[quote] == UInt8(ascii: "\""), case let .plain(end, true, nil)? = try? scanString() else {
            offset = at
            return nil
        }
        let k = keys.index(of: UnsafeBufferPointer(rebasing: bytes[(quote + 1)..<end]))
        guard k >= 0 else {
            offset = at
            return nil
        }
        return k
    }

    /// A string value; null or any other value is an error.
    mutating func string() throws -> String {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw mismatch(expected: "a string") }
        let start = offset + 1
        switch try scanString() {
        case let .plain(end, ascii, control):
            if let control { throw JSONCursor.controlError(self, at: control) }
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if ascii { return String(decoding: raw, as: UTF8.self) }
            guard let s = String(validating: raw, as: UTF8.self) else { throw error("invalid UTF-8 in a string", at: start - 1) }
            return s
        case .escaped:
            offset = start
            return try unescapedString(openedAt: start - 1)
        }
    }

    /// A string value or null (nil).
    mutating func optionalString() throws -> String? {
        try null() ? nil : string()
    }

    /// true or false.
    mutating func bool() throws -> Bool {
        skipSpace()
        if literal("true") { return true }
        if literal("false") { return false }
        throw mismatch(expected: "true or false")
    }

    /// Reads a null if one is next.
    mutating func null() throws -> Bool {
        skipSpace()
        return literal("null")
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard offset + n <= bytes.count else { return false }
        let p = word.utf8Start
        for i in 0..<n where bytes[offset + i] != p[i] { return false }
        offset += n
        return true
    }

    /// Reads past any value, checking its structure but not its strings or numbers
    /// (JSONDecoder does not check values it does not decode either).
    mutating func skipValue() throws {
        skipSpace()
        guard offset < bytes.count else { throw error("unexpected end of file; expected a value") }
        switch bytes[offset] {
        case UInt8(ascii: "\""):
            _ = try scanString()
        case UInt8(ascii: "{"):
            try deeper()
            offset += 1
            var first = true
            while try more(closing: UInt8(ascii: "}"), first: &first, what: "a member") {
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                    throw error("expected a member name in double quotes, found \(foundHere)")
                }
                _ = try scanString()
                skipSpace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw error("expected ':' after a member name, found \(foundHere)") }
                offset += 1
                try skipValue()
            }
        case UInt8(ascii: "["):
            try deeper()
            offset += 1
            var first = true
            while try more(closing: UInt8(ascii: "]"), first: &first, what: "an element") { try skipValue() }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            offset += 1
            while offset < bytes.count, JSONCursor.isNumberByte(bytes[offset]) { offset += 1 }
        default:
            if literal("true") || literal("false") || literal("null") { return }
            throw error("expected a value, found \(foundHere)")
        }
    }

    /// Reads past the whitespace after the top-level value; anything else is an error.
    mutating func end() throws {
        skipSpace()
        if offset < bytes.count { throw error("unexpected \(foundHere) after the end of the top-level object") }
    }

    mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    // MARK: Errors

    /// What the next value is, for a message: "a string", "null", "the end of the file".
    var foundHere: String {
        let k = valueStart(from: offset)
        guard k < bytes.count else { return "the end of the file" }
        switch bytes[k] {
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        case UInt8(ascii: "t") where bytes[k...].starts(with: "true".utf8),
             UInt8(ascii: "f") where bytes[k...].starts(with: "false".utf8): return "a boolean"
        case UInt8(ascii: "n") where bytes[k...].starts(with: "null".utf8): return "null"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(bytes[k])))'"
        default: return "byte 0x\(String(bytes[k], radix: 16, uppercase: true))"
        }
    }

    /// "expected a string, found a number", at the value.
    func mismatch(expected: String) -> CorpusJSONError {
        error("expected \(expected), found \(foundHere)", at: valueStart(from: offset))
    }

    /// Where the value at or after `k` starts: past any whitespace.
    func valueStart(from k: Int) -> Int {
        var k = k
        while k < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[k]) { k += 1 }
        return k
    }

    /// An error at `at` (by default the cursor), located by line and column.
    func error(_ problem: String, at: Int? = nil) -> CorpusJSONError {
        let end = min(at ?? offset, bytes.count)
        var line = 1, column = 1
        for k in 0..<end {
            let b = bytes[k]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        return CorpusJSONError(problem: problem, line: line, column: column)
    }

    static func controlError(_ cursor: JSONCursor, at k: Int) -> CorpusJSONError {
        cursor.error("unescaped control character U+\(hex4(UInt32(cursor.bytes[k]))) in a string (write it as \\u\(hex4(UInt32(cursor.bytes[k]))))", at: k)
    }

    static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
