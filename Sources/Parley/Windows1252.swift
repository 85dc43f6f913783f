/// Windows-1252 (CP-1252), the encoding of many Western European web pages and Office
/// exports that scrapers save without saying so. It is ISO 8859-1 except for 0x80...0x9F,
/// which hold curly quotes, dashes and a few letters; five of those bytes are undefined.
enum Windows1252 {
    /// 0x80...0x9F; nil where CP-1252 defines no character.
    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The character a byte stands for, or nil for the five undefined bytes.
    static func scalar(_ byte: UInt8) -> Unicode.Scalar? {
        if byte >= 0x80 && byte <= 0x9F { return high[Int(byte - 0x80)] }
        return Unicode.Scalar(byte)
    }

    static func isDefined(_ byte: UInt8) -> Bool {
        scalar(byte) != nil
    }

    /// Decodes every byte; undefined ones become U+FFFD (callers check `isDefined` first).
    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(scalar(byte) ?? "\u{FFFD}") }
        return String(scalars)
    }
}
