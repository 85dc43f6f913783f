import ParleyModel

/// What a document's first lines say about it: publication date and title.
public struct DocumentHeader: Hashable, Sendable {
    public var published: CalendarDate?
    public var title: String?
    /// Where the publication date was read from, so it is not listed as a temporal expression.
    public var publishedSpan: Span?
}

/// Reads the publication date from a document's first lines: a keyed header
/// ("Publish date Wednesday 6 December 2023", "Date: 2023-12-06"), an agency dateline
/// ("MOSCOW, Dec 1 (Reuters) -", "DUBAI, July 15. /TASS/.", "October 6, 2022 (NAIROBI)")
/// or a date alone on a line. A keyed header wins; a dateline without a year takes it
/// from a header date (never landing after it); and a dateline outranks a date alone on
/// a line, which may be the page's render date rather than the story's.
struct HeaderReader: Sendable {
    let headerKeys: [[String]]
    let tagger: TemporalTagger
    let tokenizer = Tokenizer()
    static let datelineMarks: Set<String> = ["(", "/", "-", "\u{2014}", "\u{2013}", "--"]

    init(cues: Cues, tagger: TemporalTagger) {
        self.tagger = tagger
        let tokenizer = Tokenizer()
        headerKeys = cues.headerKeys.map { key in
            let s = Array(key.unicodeScalars)
            return tokenizer.tokens(in: s, range: 0..<s.count).map(\.folded)
        }
    }

    struct Line {
        var tokens: [Token]
        var span: Span
    }

    func read(_ scalars: [Unicode.Scalar], maxLines: Int = 8) -> DocumentHeader {
        var header = DocumentHeader()
        var keyed: (CalendarDate, Span)?
        var alone: (CalendarDate, Span)?
        var dateline: (month: Int, day: Int, year: Int?, span: Span)?
        for line in lines(scalars, max: maxLines) {
            let t = line.tokens
            let isHeader = headerKeys.contains { key in
                key.count <= t.count && (0..<key.count).allSatisfy { t[$0].folded == key[$0] || ($0 == key.count - 1 && t[$0].folded.hasPrefix(key[$0])) }
            }
            let date = tagger.absoluteDate(in: t)
            let dateOnly = date != nil && t.filter({ $0.kind == .word }).count <= 4
            if isHeader, keyed == nil, let date { keyed = (date, line.span); continue }
            if dateOnly, alone == nil, let date { alone = (date, line.span); continue }
            if dateline == nil, let d = datelineDate(t) { dateline = d }
            if isHeader || dateOnly { continue }
            if header.title == nil, dateline == nil, line.span.length <= 160, t.count >= 3, t.last?.text != "." {
                header.title = String(String.UnicodeScalarView(scalars[t[0].start..<t[t.count - 1].end]))
            }
        }
        if let keyed {
            (header.published, header.publishedSpan) = (keyed.0, keyed.1)
        } else if let d = dateline, let date = resolve(d, reference: alone?.0) {
            (header.published, header.publishedSpan) = (date, d.span)
        } else if let alone {
            (header.published, header.publishedSpan) = (alone.0, alone.1)
        }
        return header
    }

    /// The first lines with their tokens, blank lines skipped.
    func lines(_ scalars: [Unicode.Scalar], max: Int) -> [Line] {
        var out: [Line] = []
        var start = 0
        while start < scalars.count, out.count < max {
            var end = start
            while end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
            // Headers and datelines are short: a long line (a paragraph) is read only as far as
            // a dateline can reach, so the header costs the same whatever the document's size.
            let tokens = tokenizer.tokens(in: scalars, range: start..<min(end, start + 240))
            if !tokens.isEmpty { out.append(Line(tokens: tokens, span: Span(start: start, end: end))) }
            start = end + 1
        }
        return out
    }

    /// "CITY[, REGION], Month Day[, Year][.] (Agency|/AGENCY/|-)" or "Month Day, Year (CITY)".
    func datelineDate(_ t: [Token]) -> (month: Int, day: Int, year: Int?, span: Span)? {
        // The date opens the line, or follows "CITY," / "CITY, REGION," (capitalised words).
        let starts = [0] + (1..<min(t.count, 8)).filter { k in
            t[k - 1].text == "," && (0..<(k - 1)).allSatisfy { t[$0].isCapitalized || t[$0].text == "," }
        }
        for start in starts {
            guard let (month, day, year, length) = tagger.monthDay(t, start) else { continue }
            var after = start + length
            if after < t.count, t[after].text == "." { after += 1 }
            guard after < t.count, HeaderReader.datelineMarks.contains(t[after].text) else { continue }
            if start == 0, year == nil { continue } // a bare "Dec 1 (..." is no dateline
            return (month, day, year, Span(start: t[start].start, end: t[start + length - 1].end))
        }
        return nil
    }

    /// A dateline's date; without a year, the header date's year, or the year before when
    /// that would put the story after the header date.
    func resolve(_ d: (month: Int, day: Int, year: Int?, span: Span), reference: CalendarDate?) -> CalendarDate? {
        if let year = d.year { return tagger.valid(year, d.month, d.day) }
        guard let reference, let date = tagger.valid(reference.year, d.month, d.day) else { return nil }
        return date > reference ? tagger.valid(reference.year - 1, d.month, d.day) : date
    }
}
