/// Turns a file's bytes into text, or says they are not text.
///
/// In order: a byte-order mark (UTF-32, UTF-16, UTF-8) decides; UTF-16 without a mark is
/// recognised by its zero bytes; control bytes above a threshold (or any NUL) mean a
/// binary file; valid UTF-8 is taken as it is; otherwise the bytes are Windows-1252 when
/// they decode cleanly as it and read like text, else UTF-8 with U+FFFD replacements.
/// Every choice other than clean UTF-8 (with or without its mark) comes with a note for
/// the user. Every step is one pass over the bytes.
enum TextDecoder {
    enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE"
        case utf32LE = "UTF-32LE", utf32BE = "UTF-32BE", windows1252 = "Windows-1252"
    }

    enum Outcome: Equatable {
        /// The text, how it was decoded, and a warning when the decoding was a guess or a repair.
        case text(String, Encoding, note: String?)
        /// Not text: the share of non-text bytes (or characters), rounded up.
        case binary(nonTextPercent: Int)
    }

    /// At or above this share of control characters a file is binary (any NUL is enough).
    static let binaryPercent = 10

    /// Whether decoding replaced nothing: the same bytes, compared by index over the two
    /// buffers (`text.utf8.elementsEqual(body)` costs some 45 instructions a byte).
    static func sameBytes(_ text: String, _ body: ArraySlice<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { u in
            body.withUnsafeBufferPointer { b in
                guard u.count == b.count else { return false }
                for i in 0..<u.count where u[i] != b[i] { return false }
                return true
            }
        }
    }

    static func decode(_ bytes: [UInt8]) -> Outcome {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return wide(utf32(bytes.dropFirst(4), bigEndian: false), .utf32LE) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return wide(utf32(bytes.dropFirst(4), bigEndian: true), .utf32BE) }
        if bytes.starts(with: [0xFF, 0xFE]) { return wide(utf16(bytes.dropFirst(2), bigEndian: false), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return wide(utf16(bytes.dropFirst(2), bigEndian: true), .utf16BE) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let bigEndian = unmarkedUTF16(body) {
            let encoding: Encoding = bigEndian ? .utf16BE : .utf16LE
            let outcome = wide(utf16(body, bigEndian: bigEndian), encoding)
            guard case let .text(text, _, _) = outcome else { return outcome }
            return .text(text, encoding, note: "no byte-order mark, but the bytes look like \(encoding.rawValue); decoded as \(encoding.rawValue)")
        }
        let (nonText, hasNUL) = controlBytes(body)
        if hasNUL || nonText * 100 >= binaryPercent * body.count, nonText > 0 {
            return .binary(nonTextPercent: percent(nonText, of: body.count))
        }
        let text = String(decoding: body, as: UTF8.self)
        if TextDecoder.sameBytes(text, body) { return .text(text, .utf8, note: nil) }
        let (sequences, invalid) = utf8Shape(body)
        if sequences < invalid, looksLikeWindows1252(body) {
            return .text(Windows1252.decode(Array(body)), .windows1252, note: "invalid UTF-8; decoded as Windows-1252")
        }
        return .text(text, .utf8, note: "invalid UTF-8; undecodable bytes replaced with U+FFFD")
    }

    /// The text with U+FFFE and U+FFFF replaced by U+FFFD, one for one so offsets hold,
    /// or nil when it has none. They are not characters, and XML (so SVG) forbids them.
    static func replacingNoncharacters(_ text: String) -> String? {
        guard text.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) else { return nil }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    // MARK: Binary

    static func isControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B: return false // whitespace, and ESC of coloured logs
        case 0x00..<0x20, 0x7F: return true
        default: return false
        }
    }

    static func controlBytes(_ bytes: ArraySlice<UInt8>) -> (count: Int, hasNUL: Bool) {
        var count = 0, nul = false
        for byte in bytes where isControl(UInt32(byte)) {
            count += 1
            if byte == 0 { nul = true }
        }
        return (count, nul)
    }

    static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : (part * 100 + whole - 1) / whole
    }

    /// UTF-16/32 text with a binary check on its characters.
    static func wide(_ decoded: (text: String, valid: Bool), _ encoding: Encoding) -> Outcome {
        var controls = 0, total = 0, nul = false
        for scalar in decoded.text.unicodeScalars {
            total += 1
            if isControl(scalar.value) {
                controls += 1
                if scalar.value == 0 { nul = true }
            }
        }
        if controls > 0, nul || controls * 100 >= binaryPercent * total {
            return .binary(nonTextPercent: percent(controls, of: total))
        }
        return .text(decoded.text, encoding,
                     note: decoded.valid ? nil : "invalid \(encoding.rawValue); undecodable units replaced with U+FFFD")
    }

    // MARK: UTF-16 and UTF-32

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> (text: String, valid: Bool) {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var valid = bytes.count % 2 == 0
        var expectLow = false
        for unit in units {
            let isHigh = (0xD800...0xDBFF).contains(unit), isLow = (0xDC00...0xDFFF).contains(unit)
            if expectLow != isLow { valid = false }
            expectLow = isHigh
        }
        if expectLow { valid = false }
        var text = String(decoding: units, as: UTF16.self)
        if bytes.count % 2 == 1 { text.unicodeScalars.append("\u{FFFD}") }
        return (text, valid)
    }

    static func utf32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> (text: String, valid: Bool) {
        var scalars = String.UnicodeScalarView()
        var valid = bytes.count % 4 == 0
        var i = bytes.startIndex
        while i + 3 < bytes.endIndex {
            let b = (0..<4).map { UInt32(bytes[i + $0]) }
            let value = bigEndian ? b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3] : b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0]
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) } else {
                scalars.append("\u{FFFD}")
                valid = false
            }
            i += 4
        }
        if bytes.count % 4 != 0 { scalars.append("\u{FFFD}") }
        return (String(scalars), valid)
    }

    /// UTF-16 without a byte-order mark: mostly-Latin text has a zero byte in every other
    /// position. Returns whether it is big-endian, or nil when the bytes do not look so.
    static func unmarkedUTF16(_ bytes: ArraySlice<UInt8>) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (k, byte) in bytes.enumerated() where byte == 0 {
            if k % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let pairs = bytes.count / 2
        if zeroOdd * 10 >= pairs * 7, zeroEven * 20 <= pairs { return false }
        if zeroEven * 10 >= pairs * 7, zeroOdd * 20 <= pairs { return true }
        return nil
    }

    // MARK: UTF-8 or Windows-1252

    /// Well-formed multi-byte UTF-8 sequences, and bytes that belong to none.
    static func utf8Shape(_ bytes: ArraySlice<UInt8>) -> (sequences: Int, invalid: Int) {
        var sequences = 0, invalid = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int, second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xE1...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            default: (length, second) = (0, 0x80...0xBF)
            }
            var ok = length > 0 && i + length <= bytes.endIndex && second.contains(bytes[i + 1])
            if ok { for k in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[i + k]) { ok = false } }
            if ok {
                sequences += 1
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
        return (sequences, invalid)
    }

    /// Every byte defined in Windows-1252, and at least half of the visible bytes ASCII
    /// letters or digits: text in a Western language, not noise.
    static func looksLikeWindows1252(_ bytes: ArraySlice<UInt8>) -> Bool {
        var visible = 0, alphanumeric = 0
        for byte in bytes {
            guard Windows1252.isDefined(byte) else { return false }
            switch byte {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: continue
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: alphanumeric += 1
            default: break
            }
            visible += 1
        }
        return alphanumeric * 2 >= visible
    }
}
