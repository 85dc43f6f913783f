/// Splits text into tokens: words (with internal hyphens, apostrophes and the dots of
/// abbreviations like "U.S."), numbers ("200,000", "2nd"), possessive clitics and
/// single punctuation marks. Offsets are Unicode scalar indices into the document.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokens(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(range.count / 3 + 4) // words average some five characters and a space
        var i = range.lowerBound
        let end = range.upperBound
        // Combining marks stay inside their word: a decomposed "farvardī" is one token.
        func isLetter(_ k: Int) -> Bool { k < end && scalars[k].isWordScalar }
        func isDigit(_ k: Int) -> Bool { k < end && scalars[k].value &- 0x30 < 10 }
        func isApostrophe(_ k: Int) -> Bool { k < end && (scalars[k] == "'" || scalars[k] == "\u{2019}") }
        // "the Philippines' closest partner": an apostrophe right after a capitalised word
        // ending in s, with a word after it, is the plural possessive.
        func isPluralPossessive(after out: [Token], at k: Int) -> Bool {
            guard let last = out.last, last.end == k, last.kind == .word, last.isCapitalized,
                  k > 0, scalars[k - 1] == "s", k + 2 < end, scalars[k + 1] == " ", isLetter(k + 2) else { return false }
            return true
        }
        // ASCII tokens (nearly all) are built from their bytes, lower-cased in the same pass,
        // without Foundation's apostrophe search or full case mapping.
        func token(_ a: Int, _ b: Int, _ kind: Token.Kind) -> Token {
            var upper = false, hyphen = false
            var hash = WordHash.seed
            for k in a..<b {
                let v = scalars[k].value
                if v >= 0x80 { return Token(text: ScalarText.string(scalars, a..<b), start: a, end: b, kind: kind) }
                let byte = UInt8(truncatingIfNeeded: v)
                if byte &- 0x41 < 26 {
                    upper = true
                    hash = WordHash.step(hash, byte | 0x20)
                } else {
                    hash = WordHash.step(hash, byte)
                    if byte == UInt8(ascii: "-") { hyphen = true }
                }
            }
            let n = b - a
            let text = String(unsafeUninitializedCapacity: n) { out in
                for k in 0..<n { out[k] = UInt8(truncatingIfNeeded: scalars[a + k].value) }
                return n
            }
            let folded = !upper ? text : String(unsafeUninitializedCapacity: n) { out in
                for k in 0..<n {
                    let byte = UInt8(truncatingIfNeeded: scalars[a + k].value)
                    out[k] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                return n
            }
            return Token(ascii: text, folded: folded, wordHash: hash, capitalized: n > 0 && scalars[a].value &- 0x41 < 26, hyphenated: hyphen,
                         start: a, end: b, kind: kind)
        }
        while i < end {
            let c = scalars[i]
            if c.isSkippable {
                i += 1
                continue
            }
            let start = i
            if isDigit(i) {
                while isDigit(i) || (i < end && (scalars[i] == "," || scalars[i] == ".") && isDigit(i + 1)) { i += 1 }
                while isLetter(i) { i += 1 } // 2nd, 12th, 10am
                out.append(token(start, i, .number))
            } else if c.isAlphabeticLike {
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
                    out.append(token(start, i - 1, .word))
                    out.append(token(i - 1, i + 2, .word))
                    i += 2
                    continue
                }
                out.append(token(start, i, .word))
            } else if isApostrophe(i), i + 1 < end, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                      !isLetter(i + 2), !out.isEmpty, out[out.count - 1].end == i {
                i += 2
                out.append(token(start, i, .possessive))
            } else if isApostrophe(i), isPluralPossessive(after: out, at: i) {
                i += 1
                out.append(token(start, i, .possessive))
            } else {
                i += 1
                out.append(token(start, i, .punctuation))
            }
        }
        return out
    }
}
