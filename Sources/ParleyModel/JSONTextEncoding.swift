/// How JSON text is encoded, told as JSONDecoder tells it (RFC 4627): a byte order mark,
/// else the zero bytes around the first two characters, which are ASCII in any JSON text.
enum JSONTextEncoding {
    case utf8, utf16BE, utf16LE, utf32BE, utf32LE

    init(_ b: [UInt8]) {
        if b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { self = .utf32BE; return }
        if b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { self = .utf32LE; return }
        if b.starts(with: [0xFE, 0xFF]) { self = .utf16BE; return }
        if b.starts(with: [0xFF, 0xFE]) { self = .utf16LE; return }
        guard b.count >= 4 else { self = .utf8; return }
        switch (b[0], b[1], b[2], b[3]) {
        case (0, 0, 0, _): self = .utf32BE
        case (_, 0, 0, 0): self = .utf32LE
        case (0, _, 0, _): self = .utf16BE
        case (_, 0, _, 0): self = .utf16LE
        default: self = .utf8
        }
    }

    /// `bytes` converted to UTF-8 when they are UTF-16 or UTF-32 (the byte order mark
    /// dropped; an unpaired surrogate or a value past U+10FFFF becomes U+FFFD, an odd
    /// byte at the end is dropped); nil when they are UTF-8 already.
    static func utf8(converting bytes: [UInt8]) -> [UInt8]? {
        let encoding = JSONTextEncoding(bytes)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        switch encoding {
        case .utf8:
            return nil
        case .utf16BE, .utf16LE:
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var k = 0
            while k + 1 < bytes.count {
                let (hi, lo) = encoding == .utf16BE ? (bytes[k], bytes[k + 1]) : (bytes[k + 1], bytes[k])
                units.append(UInt16(hi) << 8 | UInt16(lo))
                k += 2
            }
            if units.first == 0xFEFF { units.removeFirst() }
            _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { out.append($0) }
        case .utf32BE, .utf32LE:
            var units: [UInt32] = []
            units.reserveCapacity(bytes.count / 4)
            var k = 0
            while k + 3 < bytes.count {
                var unit: UInt32 = 0
                for i in 0..<4 {
                    let b = UInt32(bytes[encoding == .utf32BE ? k + i : k + 3 - i])
                    unit = unit << 8 | b
                }
                units.append(unit)
                k += 4
            }
            if units.first == 0xFEFF { units.removeFirst() }
            _ = transcode(units.makeIterator(), from: UTF32.self, to: UTF8.self, stoppingOnError: false) { out.append($0) }
        }
        return out
    }
}
