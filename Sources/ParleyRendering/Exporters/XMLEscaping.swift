extension String {
    /// Text safe in XML content and double-quoted attributes; characters XML 1.0 cannot
    /// hold at all (most control characters) become spaces, and line breaks in attributes
    /// survive as character references.
    var xmlEscaped: String {
        var out = ""
        out.unicodeScalars.reserveCapacity(unicodeScalars.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
