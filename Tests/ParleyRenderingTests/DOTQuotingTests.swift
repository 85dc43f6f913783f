import ParleyRendering
import Testing

/// `DOTEncoder.quote` and `quoteID` work on UTF-8 bytes in a buffer; these hold them to
/// the rules stated per Unicode scalar, on strings full of what they must escape.
@Suite struct DOTQuotingTests {
    /// The escString rules, scalar by scalar.
    static func quote(_ s: String, ampersands: Bool) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "&" where ampersands: out += "&amp;"
            default: printable(scalar, to: &out)
            }
        }
        return out + "\""
    }

    /// The identifier rules, scalar by scalar: backslashes as written, one more for an odd
    /// run before a quote or at the end.
    static func quoteID(_ s: String) -> String {
        var out = "\""
        var backslashes = 0
        func flush(beforeQuote: Bool) {
            if beforeQuote, backslashes % 2 == 1 { backslashes += 1 }
            out += String(repeating: "\\", count: backslashes)
            backslashes = 0
        }
        for scalar in s.unicodeScalars {
            if scalar == "\\" {
                backslashes += 1
                continue
            }
            flush(beforeQuote: scalar == "\"")
            switch scalar {
            case "\"": out += "\\\""
            case "\n": out += " "
            case "&": out += "&amp;"
            default: printable(scalar, to: &out)
            }
        }
        flush(beforeQuote: true)
        return out + "\""
    }

    static func printable(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar.value {
        case 0x0D: break
        case 0..<0x20, 0x7F: out += " "
        case 0xFFFE, 0xFFFF: out += "\u{FFFD}"
        default: out.unicodeScalars.append(scalar)
        }
    }

    static let pieces = ["\\", "\\\\", "\"", "&", "&amp;", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{7F}", "\u{FFFE}", "\u{FFFF}",
                         "\u{FFFD}", "\u{FEFF}", "\u{EFBF}", "é", "😀", "a", "Ahmad Massoud", " ", "#", "<b>"]

    @Test func bytesFollowTheRulesForEveryScalar() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<3000 {
            var s = ""
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            var draw = state
            for _ in 0..<Int(draw % 9) {
                draw /= 9
                s += Self.pieces[Int(draw % UInt64(Self.pieces.count))]
                draw /= UInt64(Self.pieces.count)
            }
            #expect(DOTEncoder.quote(s) == Self.quote(s, ampersands: true), "\(s.debugDescription)")
            #expect(DOTEncoder.quote(s, ampersands: false) == Self.quote(s, ampersands: false), "\(s.debugDescription)")
            #expect(DOTEncoder.quoteID(s) == Self.quoteID(s), "\(s.debugDescription)")
            // A value given as parsed is written as the value it was parsed from.
            var text = DOTText(name: "g"), parsed = DOTText(name: "g")
            text.node("n", [DOTAttribute("label", s)])
            parsed.node("n", [DOTAttribute("label", DOTAttribute("label", s).parsedValue, form: .parsed)])
            #expect(parsed.text == text.text, "\(s.debugDescription)")
        }
        #expect(DOTEncoder.quoteID("a\\\"b\\") == #""a\\\"b\\""#)
        #expect(DOTEncoder.quote("x\u{FFFF}\r\n&") == "\"x\u{FFFD}\\n&amp;\"")
    }
}
