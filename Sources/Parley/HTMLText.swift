/// The readable text of an HTML page: tags removed, the content of script, style and
/// similar elements dropped, block elements turned into line breaks, character
/// references decoded. One forward pass that never backtracks, so a page of a million
/// `<` signs costs no more than a page of text. It is no HTML parser: it only has to
/// leave the sentences a reader would see.
struct HTMLText {
    /// Elements whose content is not text for a reader.
    static let dropped: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "iframe", "object"]
    /// Elements that start a new line (their text would otherwise run into the next).
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "td", "th", "title", "tr", "ul",
    ]

    /// Whether text read from a file is an HTML page: a name ending in .html or .htm, or
    /// markup at its very start that only pages have.
    static func isHTML(_ text: String, fileExtension: String) -> Bool {
        if ["html", "htm", "xhtml"].contains(fileExtension.lowercased()) { return true }
        // Plain text opens with an ASCII character other than "<" after any blank space:
        // settled without building and lowercasing the head (a character boundary for sure).
        if let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }),
           first.isASCII, first != "<" {
            return false
        }
        var head = ""
        for scalar in text.unicodeScalars.prefix(1024) { head.unicodeScalars.append(scalar) }
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        guard start.hasPrefix("<") else { return false }
        return ["<!doctype html", "<html", "<head", "<body"].contains { start.contains($0) }
    }

    /// The page's text.
    static func text(of html: String) -> String {
        var scanner = Scanner(Array(html.unicodeScalars))
        return scanner.run()
    }

    struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0
        var out = String.UnicodeScalarView()

        init(_ scalars: [Unicode.Scalar]) { s = scalars }

        mutating func run() -> String {
            while i < s.count {
                if s[i] == "<" {
                    markup()
                } else if s[i] == "&" {
                    out.append(contentsOf: reference())
                } else {
                    out.append(s[i])
                    i += 1
                }
            }
            return String(out)
        }

        /// At `<`: a comment, declaration, closing or opening tag; text when nothing fits.
        mutating func markup() {
            guard i + 1 < s.count else { out.append(s[i]); i += 1; return }
            let next = s[i + 1]
            if next == "!" {
                if matches("<!--", at: i) { skip(past: "-->", from: i + 4) } else { skip(past: ">", from: i + 2) }
            } else if next == "?" {
                skip(past: ">", from: i + 2)
            } else if next == "/" || next.properties.isAlphabetic {
                let closing = next == "/"
                var k = i + (closing ? 2 : 1)
                var name = ""
                while k < s.count, s[k].properties.isAlphabetic || ("0"..."9").contains(s[k]) || s[k] == "-" {
                    name.unicodeScalars.append(s[k])
                    k += 1
                }
                name = name.lowercased()
                i = endOfTag(from: k)
                if HTMLText.blocks.contains(name) { out.append("\n") }
                if !closing, HTMLText.dropped.contains(name) { skipContent(of: name) }
            } else {
                out.append(s[i]) // a lone "<", as in "a < b"
                i += 1
            }
        }

        /// Past the `>` that ends a tag, stepping over quoted attribute values.
        func endOfTag(from start: Int) -> Int {
            var k = start
            var quote: Unicode.Scalar?
            while k < s.count {
                let c = s[k]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == ">" {
                    return k + 1
                }
                k += 1
            }
            return s.count
        }

        /// Drops everything up to the element's closing tag (or the end of the page).
        mutating func skipContent(of name: String) {
            let close = Array("</\(name)".unicodeScalars)
            while i < s.count {
                if s[i] == "<", i + close.count <= s.count,
                   zip(close, s[i..<(i + close.count)]).allSatisfy({ $0.properties.lowercaseMapping == $1.properties.lowercaseMapping }) {
                    i = endOfTag(from: i + close.count)
                    return
                }
                i += 1
            }
        }

        func matches(_ literal: String, at k: Int) -> Bool {
            let l = Array(literal.unicodeScalars)
            return k + l.count <= s.count && s[k..<(k + l.count)].elementsEqual(l)
        }

        mutating func skip(past terminator: String, from start: Int) {
            let t = Array(terminator.unicodeScalars)
            var k = start
            while k + t.count <= s.count {
                if s[k..<(k + t.count)].elementsEqual(t) {
                    i = k + t.count
                    return
                }
                k += 1
            }
            i = s.count
        }

        /// At `&`: a character reference decoded, or the `&` itself when none fits.
        mutating func reference() -> [Unicode.Scalar] {
            var k = i + 1
            var body = ""
            while k < s.count, k - i <= 32, s[k] != ";", s[k].properties.isAlphabetic || ("0"..."9").contains(s[k]) || s[k] == "#" {
                body.unicodeScalars.append(s[k])
                k += 1
            }
            guard k < s.count, s[k] == ";", let decoded = HTMLText.decode(reference: body) else {
                i += 1
                return ["&"]
            }
            i = k + 1
            return decoded
        }
    }

    static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "hellip": "\u{2026}", "laquo": "\u{AB}",
        "raquo": "\u{BB}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}", "middot": "\u{B7}",
        "bull": "\u{2022}", "euro": "\u{20AC}", "pound": "\u{A3}", "shy": "\u{AD}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "eacute": "\u{E9}", "egrave": "\u{E8}", "aacute": "\u{E1}", "agrave": "\u{E0}", "iacute": "\u{ED}",
        "oacute": "\u{F3}", "uacute": "\u{FA}", "ouml": "\u{F6}", "uuml": "\u{FC}", "auml": "\u{E4}", "ccedil": "\u{E7}",
        "ntilde": "\u{F1}", "Eacute": "\u{C9}", "Ouml": "\u{D6}", "Uuml": "\u{DC}", "Auml": "\u{C4}", "szlig": "\u{DF}",
    ]

    /// `amp`, `#233`, `#xE9` to their characters; nil for unknown names and bad numbers.
    /// NUL, surrogates and values past U+10FFFF become U+FFFD, as browsers do.
    static func decode(reference body: String) -> [Unicode.Scalar]? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let hex = digits.first == "x" || digits.first == "X"
            guard let value = UInt32(hex ? String(digits.dropFirst()) : String(digits), radix: hex ? 16 : 10) else { return nil }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return ["\u{FFFD}"] }
            return [scalar]
        }
        return entities[body].map { [$0] }
    }
}
