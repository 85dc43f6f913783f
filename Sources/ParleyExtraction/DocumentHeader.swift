import ParleyModel

/// What a document's first lines say about it: publication date and title.
public struct DocumentHeader: Hashable, Sendable {
    public var published: CalendarDate?
    public var title: String?
    /// Where the publication date was read from, so it is not listed as a temporal expression.
    public var publishedSpan: Span?
}

/// Reads the publication date from header lines ("Publish date Wednesday 6 December 2023",
/// "Date: 2023-12-06", a date alone on a line) and takes the first short line that is
/// not a header as the title.
struct HeaderReader: Sendable {
    let headerKeys: [[String]]
    let tagger: TemporalTagger
    let tokenizer = Tokenizer()

    init(cues: Cues, tagger: TemporalTagger) {
        self.tagger = tagger
        let tokenizer = Tokenizer()
        headerKeys = cues.headerKeys.map { key in
            let s = Array(key.unicodeScalars)
            return tokenizer.tokens(in: s, range: 0..<s.count).map(\.folded)
        }
    }

    func read(_ scalars: [Unicode.Scalar], maxLines: Int = 6) -> DocumentHeader {
        var header = DocumentHeader()
        var lineStart = 0
        var lines = 0
        while lineStart < scalars.count, lines < maxLines {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r" { lineEnd += 1 }
            let tokens = tokenizer.tokens(in: scalars, range: lineStart..<lineEnd)
            defer { lineStart = lineEnd + 1 }
            guard !tokens.isEmpty else { continue }
            lines += 1
            let isHeader = headerKeys.contains { key in
                key.count <= tokens.count && (0..<key.count).allSatisfy { tokens[$0].folded == key[$0] || tokens[$0].folded.hasPrefix(key[$0]) && $0 == key.count - 1 }
            }
            let date = tagger.absoluteDate(in: tokens)
            let dateOnly = date != nil && tokens.filter({ $0.kind == .word }).count <= 4
            if header.published == nil, let date, date.day != nil, isHeader || dateOnly {
                header.published = date
                header.publishedSpan = Span(start: lineStart, end: lineEnd)
                continue
            }
            if isHeader || dateOnly { continue }
            if header.title == nil, lines <= 3, lineEnd - lineStart <= 160, tokens.count >= 3,
               tokens.last.map({ $0.text != "." }) ?? false {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[tokens[0].start..<tokens[tokens.count - 1].end])
                header.title = String(view)
            }
            if lineEnd - lineStart > 160 { break }
        }
        return header
    }
}
