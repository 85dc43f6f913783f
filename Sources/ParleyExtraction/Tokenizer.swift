/// Splits text into tokens: words (with internal hyphens, apostrophes and the dots of
/// abbreviations like "U.S."), numbers ("200,000", "2nd"), possessive clitics and
/// single punctuation marks. Offsets are Unicode scalar indices into the document.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokens(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        var out: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        // Combining marks stay inside their word: a decomposed "farvardī" is one token.
        func isLetter(_ k: Int) -> Bool {
            k < end && (scalars[k].properties.isAlphabetic || scalars[k].properties.generalCategory == .nonspacingMark
                        || scalars[k].properties.generalCategory == .spacingMark)
        }
        func isDigit(_ k: Int) -> Bool { k < end && ("0"..."9").contains(scalars[k]) }
        func isApostrophe(_ k: Int) -> Bool { k < end && (scalars[k] == "'" || scalars[k] == "\u{2019}") }
        func text(_ a: Int, _ b: Int) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[a..<b])
            return String(s)
        }
        while i < end {
            let c = scalars[i]
            if c.properties.isWhitespace || c.properties.generalCategory == .control || c.properties.generalCategory == .format {
                i += 1
                continue
            }
            let start = i
            if isDigit(i) {
                while isDigit(i) || (i < end && (scalars[i] == "," || scalars[i] == ".") && isDigit(i + 1)) { i += 1 }
                while isLetter(i) { i += 1 } // 2nd, 12th, 10am
                out.append(Token(text: text(start, i), start: start, end: i, kind: .number))
            } else if c.properties.isAlphabetic {
                while true {
                    while isLetter(i) || isDigit(i) { i += 1 }
                    if i < end, scalars[i] == "-", isLetter(i + 1) || isDigit(i + 1) { i += 1; continue }
                    // Abbreviation dots: U.S., U.N. (single letters between dots).
                    if i < end, scalars[i] == ".", i - start >= 1, isLetter(i + 1), !isLetter(i + 2),
                       i - 1 == start || scalars[i - 2] == "." {
                        i += 1
                        continue
                    }
                    // Word-internal apostrophe (O'Brien), but not the possessive or n't clitics.
                    if isApostrophe(i), isLetter(i + 1) {
                        let next = scalars[i + 1]
                        let afterNext = i + 2
                        let isPossessive = (next == "s" || next == "S") && !isLetter(afterNext)
                        let isNegation = (next == "t" || next == "T") && !isLetter(afterNext) && i > start && (scalars[i - 1] == "n" || scalars[i - 1] == "N")
                        if !isPossessive && !isNegation { i += 1; continue }
                    }
                    break
                }
                // "U.S." keeps its final dot when the word is an initialism.
                if i < end, scalars[i] == ".", i - start >= 3, scalars[i - 2] == "." { i += 1 }
                if isApostrophe(i), i + 1 < end, scalars[i + 1] == "t" || scalars[i + 1] == "T", i > start,
                   scalars[i - 1] == "n" || scalars[i - 1] == "N" {
                    out.append(Token(text: text(start, i - 1), start: start, end: i - 1, kind: .word))
                    out.append(Token(text: text(i - 1, i + 2), start: i - 1, end: i + 2, kind: .word))
                    i += 2
                    continue
                }
                out.append(Token(text: text(start, i), start: start, end: i, kind: .word))
            } else if isApostrophe(i), i + 1 < end, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                      !isLetter(i + 2), !out.isEmpty, out[out.count - 1].end == i {
                i += 2
                out.append(Token(text: text(start, i), start: start, end: i, kind: .possessive))
            } else {
                i += 1
                out.append(Token(text: text(start, i), start: start, end: i, kind: .punctuation))
            }
        }
        return out
    }
}
