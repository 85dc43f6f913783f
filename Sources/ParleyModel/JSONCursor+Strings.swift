/// Strings: scanned in place; made into a `String` with escapes decoded and UTF-8 checked
/// only when a reader asks for the value.
extension JSONCursor {
    enum ScannedString {
        /// No escapes: the text is bytes[start..<end]; `ascii` when it is all ASCII;
        /// `control`: where the first raw control character is (JSON does not allow one).
        case plain(end: Int, ascii: Bool, control: Int?)
        case escaped
    }

    /// Reads past a string (the cursor on its opening quote) without checking it.
    mutating func scanString() throws -> ScannedString {
        let open = offset
        offset += 1
        var ascii = true
        var escaped = false
        var control: Int?
        while offset < bytes.count {
            // Eight bytes at a time, up to the first that may end the run of plain ASCII.
            if offset + 8 <= bytes.count, let base = bytes.baseAddress {
                let stops = JSONCursor.plainRunStops(UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)))
                guard stops != 0 else {
                    offset += 8
                    continue
                }
                offset += stops.trailingZeroBitCount >> 3
            }
            let b = bytes[offset]
            if b == UInt8(ascii: "\"") {
                offset += 1
                return escaped ? .escaped : .plain(end: offset - 1, ascii: ascii, control: control)
            }
            if b == UInt8(ascii: "\\") {
                escaped = true
                offset += 2
                continue
            }
            if b >= 0x80 {
                ascii = false
            } else if b < 0x20, control == nil {
                control = offset
            }
            offset += 1
        }
        throw error("unterminated string", at: open)
    }

    /// The high bit of each byte of `word` (the first byte lowest) that may end a run of
    /// plain ASCII: a quote, a backslash, a control character or a byte above 0x7F. A
    /// byte above a marked one may be marked wrongly (borrows go upwards); the lowest marked
    /// byte is always one of those, and none is missed.
    static func plainRunStops(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let below20 = (word &- ones &* 0x20) & ~word & highs
        return (word & highs) | below20 | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
    }

    /// The string from the cursor (just past its opening quote, at `open`) to its closing
    /// quote, escapes decoded and checked.
    mutating func unescapedString(openedAt open: Int) throws -> String {
        var out: [UInt8] = []
        var ascii = true
        while offset < bytes.count {
            let b = bytes[offset]
            switch b {
            case UInt8(ascii: "\""):
                offset += 1
                if ascii { return String(decoding: out, as: UTF8.self) }
                guard let s = String(validating: out, as: UTF8.self) else { throw error("invalid UTF-8 in a string", at: open) }
                return s
            case UInt8(ascii: "\\"):
                offset += 1
                guard offset < bytes.count else { break }
                let e = bytes[offset]
                offset += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): append(try escapedScalar(), to: &out)
                default: throw error("invalid escape \\\(Character(Unicode.Scalar(e))) in a string", at: offset - 2)
                }
            case 0..<0x20:
                throw JSONCursor.controlError(self, at: offset)
            default:
                if b >= 0x80 { ascii = false }
                out.append(b)
                offset += 1
            }
        }
        throw error("unterminated string", at: open)
    }

    /// The scalar of a `\u` escape (the cursor past the `u`), a surrogate pair joined.
    mutating func escapedScalar() throws -> Unicode.Scalar {
        let at = offset - 2
        let unit = try hexUnit()
        switch unit {
        case 0xD800..<0xDC00:
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                throw error("\\u\(JSONCursor.hex4(unit)) (a high surrogate) is not followed by a low surrogate", at: at)
            }
            offset += 2
            let low = try hexUnit()
            guard (0xDC00..<0xE000).contains(low) else {
                throw error("\\u\(JSONCursor.hex4(unit)) (a high surrogate) is not followed by a low surrogate", at: at)
            }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
        case 0xDC00..<0xE000:
            throw error("\\u\(JSONCursor.hex4(unit)) is a low surrogate without a high one", at: at)
        default:
            return Unicode.Scalar(unit) ?? "\u{FFFD}"
        }
    }

    mutating func hexUnit() throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("\\u needs four hexadecimal digits", at: offset - 2) }
        var unit: UInt32 = 0
        for i in 0..<4 {
            let b = bytes[offset + i]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw error("\\u needs four hexadecimal digits", at: offset - 2)
            }
            unit = unit << 4 | UInt32(digit)
        }
        offset += 4
        return unit
    }

    func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }
}
