/// Character classes and string building on the hot paths (segmenter, tokenizer): ASCII
/// answers without a Unicode property lookup, everything else exactly as
/// `Unicode.Scalar.Properties` answers, so results never depend on which path ran.
extension Unicode.Scalar {
    /// `properties.isWhitespace`.
    @inline(__always) var isSpaceLike: Bool {
        value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace
    }

    /// `properties.isAlphabetic`.
    @inline(__always) var isAlphabeticLike: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
    }

    /// `properties.isUppercase`.
    @inline(__always) var isUppercaseLike: Bool {
        value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase
    }

    /// `properties.isLowercase`.
    @inline(__always) var isLowercaseLike: Bool {
        value < 0x80 ? value &- 0x61 < 26 : properties.isLowercase
    }

    /// A letter or a combining mark (a mark stays inside its word).
    @inline(__always) var isWordScalar: Bool {
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
        let p = properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    /// Whitespace, a control or a format character: the tokenizer skips them.
    @inline(__always) var isSkippable: Bool {
        if value < 0x80 { return value <= 0x20 || value == 0x7F }
        let p = properties
        return p.isWhitespace || p.generalCategory == .control || p.generalCategory == .format
    }
}

enum ScalarText {
    /// The string of `scalars[range]`, built from UTF-8 in one allocation at most (small
    /// strings none), equal to `String(String.UnicodeScalarView(scalars[range]))`.
    static func string<C: RandomAccessCollection>(_ scalars: C, _ range: Range<Int>) -> String
        where C.Element == Unicode.Scalar, C.Index == Int {
        var bytes = 0
        for k in range {
            let v = scalars[k].value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var n = 0
            for k in range {
                let v = scalars[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: v)
                    n += 1
                } else {
                    UTF8.encode(scalars[k]) { byte in
                        buffer[n] = byte
                        n += 1
                    }
                }
            }
            return n
        }
    }

    /// `Array(text.unicodeScalars)`, decoded from the UTF-8 in one pass into a buffer of
    /// the right size (the string is valid UTF-8, so every sequence is complete).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { u -> [Unicode.Scalar] in
            var count = 0
            for b in u where b & 0xC0 != 0x80 { count += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                var i = 0, n = 0
                while i < u.count {
                    let b0 = UInt32(u[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0; i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F); i += 4
                    }
                    out[n] = Unicode.Scalar(v) ?? "\u{FFFD}" // never taken: valid UTF-8 decodes to scalars
                    n += 1
                }
                initialized = n
            }
        }
    }

    /// Whether every scalar in the range is ASCII.
    @inline(__always) static func isASCII(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for k in range where scalars[k].value >= 0x80 { return false }
        return true
    }
}
