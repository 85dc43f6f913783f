import ParleyModel

/// Splits a document into sentences.
///
/// A sentence ends at . ! ? (with closing quotes or brackets) before a capital, digit or
/// quote, unless the word before the dot is a known abbreviation ("Mr.", "Gen.", "U.S.");
/// and it ends at a line break, except that a long line running on in lower case is
/// taken for hard-wrapped text and joined.
public struct Segmenter: Sendable {
    public var abbreviations: Set<String> { didSet { abbreviationWords = WordSet(abbreviations) } }
    /// The same words, looked up by hash.
    private var abbreviationWords: WordSet
    let tokenizer = Tokenizer()
    static let maxSentenceScalars = 10_000

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
        self.abbreviationWords = WordSet(abbreviations)
    }

    public func sentences(in scalars: [Unicode.Scalar]) -> [Sentence] {
        var result: [Sentence] = []
        var start = 0
        var i = 0
        let n = scalars.count
        func emit(_ end: Int) {
            var a = start, b = end
            while a < b, scalars[a].isSpaceLike { a += 1 }
            while b > a, scalars[b - 1].isSpaceLike { b -= 1 }
            if a < b {
                let tokens = tokenizer.tokens(in: scalars, range: a..<b)
                if !tokens.isEmpty {
                    result.append(Sentence(index: result.count, span: Span(start: a, end: b),
                                           text: ScalarText.string(scalars, a..<b), tokens: tokens, scalars: scalars[a..<b]))
                }
            }
            start = end
        }
        while i < n {
            let c = scalars[i]
            // Most scalars are none of the marks below.
            if c.value > 0x3F, c != "\u{2029}" {
                i += 1
                continue
            }
            // No prose sentence runs this long: a dump without punctuation is cut at the next
            // space, which bounds every per-sentence cost downstream.
            if i - start >= Segmenter.maxSentenceScalars, c == " " || c == "\t" {
                emit(i)
                i += 1
                continue
            }
            if c == "\n" || c == "\r" || c == "\u{2029}" {
                if !continuesOnNextLine(scalars, lineEnd: i) { emit(i) }
                i += 1
                continue
            }
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < n, ".!?\"'\u{201D}\u{2019})]".unicodeScalars.contains(scalars[j]) { j += 1 }
                if j >= n { i = j; continue }
                guard scalars[j].isSpaceLike else { i = j; continue }
                var k = j
                while k < n, scalars[k] == " " || scalars[k] == "\t" { k += 1 }
                if k < n, startsSentence(scalars[k]), !(c == "." && isAbbreviation(scalars, dot: i)) {
                    emit(j)
                }
                i = j
                continue
            }
            i += 1
        }
        emit(n)
        return result
    }

    func startsSentence(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUppercase || ("0"..."9").contains(c) || "\"'\u{201C}\u{2018}(["
            .unicodeScalars.contains(c) || c == "\n" || c == "\r"
    }

    /// The word before the dot is an abbreviation ("Mr", "Gen", "U.S") rather than a sentence end.
    func isAbbreviation(_ s: [Unicode.Scalar], dot: Int) -> Bool {
        var a = dot
        while a > 0, s[a - 1].isAlphabeticLike || s[a - 1] == "." { a -= 1 }
        guard a < dot else { return false }
        if ScalarText.isASCII(s, a..<dot) {
            // The same tests on ASCII, without Foundation's substring search.
            if s[a..<dot].contains(".") { return true }
            if dot - a == 1, s[a].isUppercaseLike { return true }
            return abbreviationWords.contains(Token.asciiLowercased(ScalarText.string(s, a..<dot)))
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[a..<dot])
        let word = String(view)
        if word.contains(".") { return true }              // U.S, U.N
        if word.count == 1, word.first?.isUppercase == true { return true } // initials: "George W."
        return abbreviations.contains(word.lowercased())
    }

    /// A line of 60+ characters followed by a line starting in lower case is hard-wrapped prose.
    func continuesOnNextLine(_ s: [Unicode.Scalar], lineEnd: Int) -> Bool {
        var lineStart = lineEnd
        while lineStart > 0, s[lineStart - 1] != "\n", s[lineStart - 1] != "\r" { lineStart -= 1 }
        guard lineEnd - lineStart >= 60 else { return false }
        var k = lineEnd + 1
        if k < s.count, s[lineEnd] == "\r", s[k] == "\n" { k += 1 }
        guard k < s.count else { return false }
        let next = s[k]
        return next.properties.isLowercase
    }
}
