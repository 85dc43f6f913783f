/// DOT text as it is written: UTF-8 bytes appended in place. The tooltips of a large
/// graph run to megabytes; one buffer spares a String per statement and per value, and
/// quoting copies the runs that need no escape whole.
struct DOTBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// `s`, a value as Graphviz holds it once parsed (see `parsed`), double-quoted: the
    /// parser's one unescape undone (`"` written `\"`), which gives `appendQuoted`'s bytes.
    mutating func appendQuotedParsed(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            for b in utf8 {
                if b == UInt8(ascii: "\"") { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    // Escapes are appended byte by byte: an array literal per escape would be an allocation.
    private mutating func append(_ a: UInt8, _ b: UInt8) {
        bytes.append(a)
        bytes.append(b)
    }

    private mutating func appendAmpersandEntity() {
        for b in "&amp;".utf8 { bytes.append(b) }
    }

    /// U+FFFD, for U+FFFE and U+FFFF.
    private mutating func appendReplacementCharacter() {
        bytes.append(0xEF)
        bytes.append(0xBF)
        bytes.append(0xBD)
    }

    /// Whether any byte of `s` may be written other than as it is (see `needsEscape`).
    static func mayNeedEscape(_ s: String, ampersands: Bool) -> Bool {
        var s = s
        return s.withUTF8 { $0.contains { needsEscape($0, ampersands: ampersands) } }
    }

    /// `s` as a double-quoted escString (see `DOTEncoder.quote`).
    mutating func appendQuoted(_ s: String, ampersands: Bool = true) {
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(s, ampersands: ampersands, quotes: true)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `s` as Graphviz holds it once it has parsed `appendQuoted(s)`: the same escapes,
    /// but a quote is a plain quote (the parser's only unescape: `\"` to `"`; it keeps
    /// `\\` and `\n` as they are, for escString to read when it draws).
    static func parsed(_ s: String, ampersands: Bool = true) -> String {
        // Most values (colours, sizes, plain names) have nothing to escape: they are as they are.
        if !mayNeedEscape(s, ampersands: ampersands) { return s }
        var out = DOTBuffer(capacity: s.utf8.count + 8)
        out.appendEscaped(s, ampersands: ampersands, quotes: false)
        return out.text
    }

    /// The body of a quoted escString; `quotes`: whether a quote is escaped.
    mutating func appendEscaped(_ s: String, ampersands: Bool, quotes: Bool) {
        var s = s
        s.withUTF8 { utf8 in
            var k = 0
            var clean = 0 // the start of the run of bytes written as they are
            while k < utf8.count {
                let b = utf8[k]
                guard DOTBuffer.needsEscape(b, ampersands: ampersands) else {
                    k += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<k]))
                switch b {
                case UInt8(ascii: "\""):
                    if quotes { bytes.append(UInt8(ascii: "\\")) }
                    bytes.append(b)
                case UInt8(ascii: "\\"): append(b, b)
                case 0x0A: append(UInt8(ascii: "\\"), UInt8(ascii: "n"))
                case UInt8(ascii: "&"): appendAmpersandEntity()
                case 0x0D: break
                case 0..<0x20, 0x7F: bytes.append(0x20)
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) become U+FFFD (EF BF BD).
                case 0xEF where k + 2 < utf8.count && utf8[k + 1] == 0xBF && utf8[k + 2] >= 0xBE:
                    appendReplacementCharacter()
                    k += 2
                default: bytes.append(b)
                }
                k += 1
                clean = k
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<utf8.count]))
        }
    }

    /// Whether `appendQuoted` may write `b` other than as it is: a quote, a backslash, a
    /// control character, an ampersand (when escaped), or the lead byte of U+FFFE and U+FFFF.
    static func needsEscape(_ b: UInt8, ampersands: Bool) -> Bool {
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0..<0x20, 0x7F, 0xEF: return true
        case UInt8(ascii: "&"): return ampersands
        default: return false
        }
    }

    /// `s` as a double-quoted identifier (see `DOTEncoder.quoteID`).
    mutating func appendQuotedID(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var backslashes = 0
            func flushBackslashes(beforeQuote: Bool) {
                if beforeQuote, backslashes % 2 == 1 { backslashes += 1 }
                bytes += repeatElement(UInt8(ascii: "\\"), count: backslashes)
                backslashes = 0
            }
            var k = 0
            while k < utf8.count {
                let b = utf8[k]
                if b == UInt8(ascii: "\\") {
                    backslashes += 1
                    k += 1
                    continue
                }
                if backslashes > 0 { flushBackslashes(beforeQuote: b == UInt8(ascii: "\"")) }
                switch b {
                case UInt8(ascii: "\""): append(UInt8(ascii: "\\"), b)
                case 0x0A: bytes.append(0x20)
                case UInt8(ascii: "&"): appendAmpersandEntity()
                case 0x0D: break
                case 0..<0x20, 0x7F: bytes.append(0x20)
                case 0xEF where k + 2 < utf8.count && utf8[k + 1] == 0xBF && utf8[k + 2] >= 0xBE:
                    appendReplacementCharacter()
                    k += 2
                default: bytes.append(b)
                }
                k += 1
            }
            flushBackslashes(beforeQuote: true)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// The name Graphviz gives a node written as `appendQuotedID(s)`: the parser turns
    /// `\"` into `"`, keeps a `\\` pair as a pair and any other backslash as it is.
    static func parsedID(_ s: String) -> String {
        // A backslash may be doubled; the other bytes `needsEscape` names are changed.
        if !mayNeedEscape(s, ampersands: true) { return s }
        var quoted = DOTBuffer(capacity: s.utf8.count + 8)
        quoted.appendQuotedID(s)
        let q = quoted.bytes
        var out: [UInt8] = []
        out.reserveCapacity(q.count)
        var k = 1
        while k < q.count - 1 {
            if q[k] == UInt8(ascii: "\\"), k + 1 < q.count - 1 {
                if q[k + 1] == UInt8(ascii: "\"") {
                    out.append(UInt8(ascii: "\""))
                    k += 2
                    continue
                }
                if q[k + 1] == UInt8(ascii: "\\") {
                    out += [q[k], q[k]]
                    k += 2
                    continue
                }
            }
            out.append(q[k])
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
