import ParleyModel

/// Finds temporal expressions in a sentence and normalises them to TIMEX3 against the
/// publication date (the document creation time, DCT): explicit dates in every common
/// order, months and weekdays read backwards in past-tense text and forwards where the
/// sentence looks ahead, relative dates, durations, sets, times of day and references.
struct TemporalTagger: Sendable {
    struct Match {
        var length: Int
        var type: TimexType
        var value: String?
        var date: CalendarDate? = nil
        var mod: String? = nil
        /// The day of a bare "on the 12th", for the Solar Hijri reading.
        var bareDay: Int? = nil
    }

    /// What the rules need to know about the sentence.
    struct Context {
        let t: [Token]
        let dct: CalendarDate?
        let future: Bool
        func word(_ k: Int) -> String { k >= 0 && k < t.count ? t[k].folded : "" }
        /// Whether the words of `phrase` (space-separated, folded) stand from token `k` on.
        func has(_ phrase: [String], at k: Int) -> Bool { (0..<phrase.count).allSatisfy { word(k + $0) == phrase[$0] } }
        func isNumber(_ k: Int) -> Bool { k >= 0 && k < t.count && t[k].kind == .number }
        /// `map[word(k)]`, looked up by the token's hash.
        @inline(__always) func lookup<V>(_ map: WordMap<V>, _ k: Int) -> V? { k >= 0 && k < t.count ? map[t[k]] : map[""] }
        /// `set.contains(word(k))`, looked up by the token's hash.
        @inline(__always) func word(_ k: Int, in set: WordSet) -> Bool { k >= 0 && k < t.count ? set.contains(t[k]) : set.contains("") }
    }

    let words: DateWords
    let calendarNames: CalendarNames?
    let months: [String: Int]
    /// The word lists the rules look tokens up in, by hash.
    let monthWords: WordMap<Int>
    let units: WordMap<String>
    let numbers: WordMap<Double>
    let seasons: WordMap<String>
    let dayParts: WordMap<String>
    /// Indices into `references` by the phrase's first word (nil: a reference phrase is empty).
    let referenceStarts: WordMap<[Int]>?
    let futureCues: [[String]]
    /// Phrase lists split into words once, not at every token.
    let approximators: [[String]]
    let vagueQuantities: [[String]]
    let references: [(phrase: [String], value: String)]
    /// Which tokens can open an expression; nil when a phrase list holds an empty phrase.
    let starts: TimexStarts?
    /// First words of the approximator and vague-quantity phrases (nil: an empty phrase).
    let phraseStarts: WordSet?
    /// The future cues by their first word.
    let futureCueStarts: WordSet?

    init(words: DateWords, calendarNames: CalendarNames? = nil) {
        self.words = words
        self.calendarNames = calendarNames
        self.months = words.monthIndex
        monthWords = WordMap(months)
        units = WordMap(words.units)
        numbers = WordMap(words.numbers)
        seasons = WordMap(words.seasons)
        dayParts = WordMap(words.dayParts)
        let split = { (phrase: String) in phrase.split(separator: " ").map(String.init) }
        self.futureCues = words.futureCues.map(split)
        self.approximators = words.approximators.map(split)
        self.vagueQuantities = words.vagueQuantities.map(split)
        self.references = words.presentRefs.map { (split($0), "PRESENT_REF") } + words.pastRefs.map { (split($0), "PAST_REF") }
            + words.futureRefs.map { (split($0), "FUTURE_REF") }
        starts = TimexStarts(words: words, months: months, calendarNames: calendarNames,
                             phrases: approximators + vagueQuantities + references.map(\.phrase))
        futureCueStarts = futureCues.contains(where: \.isEmpty) ? nil : WordSet(futureCues.compactMap(\.first))
        if references.contains(where: \.phrase.isEmpty) {
            referenceStarts = nil
        } else {
            var byFirst: [String: [Int]] = [:]
            for (k, r) in references.enumerated() { byFirst[r.phrase[0], default: []].append(k) }
            referenceStarts = WordMap(byFirst)
        }
        let spans = approximators + vagueQuantities
        phraseStarts = spans.contains(where: \.isEmpty) ? nil : WordSet(spans.compactMap(\.first))
    }

    func expressions(in s: Sentence, published: CalendarDate?) -> [TemporalExpression] {
        let c = Context(t: s.tokens, dct: published, future: looksAhead(s.tokens))
        var out: [TemporalExpression] = []
        var i = 0
        while i < c.t.count {
            guard starts?.mayStart(c.t, i) ?? true, let m = match(c, i), m.length > 0 else { i += 1; continue }
            let span = Span(start: c.t[i].start, end: c.t[i + m.length - 1].end)
            let text = s.text(from: span.start, to: span.end)
            out.append(TemporalExpression(span: span, tokens: i..<(i + m.length), text: text, type: m.type,
                                          value: m.value, mod: m.mod, alternatives: [], calendarDate: m.date,
                                          bareDay: m.bareDay))
            i += m.length
        }
        return out
    }

    /// The date a header line or dateline states, when it holds an explicit full date.
    func absoluteDate(in tokens: [Token]) -> CalendarDate? {
        let c = Context(t: tokens, dct: nil, future: false)
        for i in tokens.indices where starts?.mayOpen(tokens[i]) ?? true { // a number, weekday or month
            if let m = explicitDate(c, i), let d = m.date, d.day != nil { return d }
        }
        return nil
    }

    func looksAhead(_ t: [Token]) -> Bool {
        let c = Context(t: t, dct: nil, future: false)
        guard let futureCueStarts else { return futureCues.contains { cue in t.indices.contains { c.has(cue, at: $0) } } }
        for k in t.indices where futureCueStarts.contains(t[k]) {
            if futureCues.contains(where: { $0[0] == t[k].folded && c.has($0, at: k) }) { return true }
        }
        return false
    }

    /// The rules, most specific first.
    func match(_ c: Context, _ i: Int) -> Match? {
        if let m = modified(c, i) { return m }
        if let m = hijriDate(c, i) { return m }
        if let m = explicitDate(c, i) { return m }
        if let m = time(c, i) { return m }
        if let m = weekday(c, i) { return m }
        if let m = bareDay(c, i) { return m }
        if let m = relative(c, i) { return m }
        if let m = monthOrSeason(c, i) { return m }
        if let m = yearLike(c, i) { return m }
        if let m = duration(c, i) { return m }
        if let m = set(c, i) { return m }
        if let m = reference(c, i) { return m }
        return nil
    }

    // MARK: explicit dates

    func number(_ c: Context, _ k: Int) -> Int? {
        guard c.isNumber(k) else { return nil }
        var digits = c.t[k].folded
        // Only a number ending in a letter can carry an ordinal suffix ("2nd").
        if let last = digits.utf8.last, last &- 0x30 >= 10 {
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
        }
        return Int(digits)
    }

    func month(_ c: Context, _ k: Int) -> Int? {
        guard k < c.t.count, let m = c.lookup(monthWords, k), c.t[k].isCapitalized else { return nil }
        return m
    }

    func year(_ c: Context, _ k: Int) -> Int? {
        guard c.isNumber(k), c.t[k].text.count == 4, let y = Int(c.t[k].text), (1000...2199).contains(y) else { return nil }
        return y
    }

    func valid(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
        (1...12).contains(m) && (1...CalendarDate.daysIn(month: m, year: y)).contains(d) ? CalendarDate(year: y, month: m, day: d) : nil
    }

    func dateMatch(_ length: Int, _ d: CalendarDate?, type: TimexType = .date) -> Match {
        Match(length: length, type: type, value: d?.description, date: d)
    }

    /// "2023-12-06", "02/06/2024", "6 December 2023", "December 6, 2023", "Dec. 6",
    /// "May 2010", optionally after a weekday ("Wednesday 6 December 2023").
    func explicitDate(_ c: Context, _ i: Int) -> Match? {
        var k = i
        var weekday: Int?
        if let w = words.weekdays.firstIndex(of: c.word(i)), c.t[i].isCapitalized {
            weekday = w
            k += 1
            if c.word(k) == "," { k += 1 }
        }
        let skipDot = { (j: Int) in c.word(j) == "." ? j + 1 : j }
        let skipComma = { (j: Int) in c.word(j) == "," ? j + 1 : j }
        var found: (Int, CalendarDate?)?
        if let y = year(c, k), c.word(k + 1) == "-", let m = number(c, k + 2), c.word(k + 3) == "-", let d = number(c, k + 4) {
            found = (k + 5, valid(y, m, d))
        } else if let a = number(c, k), c.word(k + 1) == "/" || c.word(k + 1) == ".", let b = number(c, k + 2),
                  c.word(k + 3) == c.word(k + 1), let y = year(c, k + 4) {
            // Month first unless that is impossible or the weekday says otherwise.
            var date = valid(y, a, b) ?? valid(y, b, a)
            if let w = weekday, let alt = valid(y, b, a), date?.weekday != w, alt.weekday == w { date = alt }
            found = (k + 5, date)
        } else if let d = number(c, k), (1...31).contains(d), c.t[k].text.count <= 4 {
            let of = c.word(k + 1) == "of" ? 1 : 0
            if let m = month(c, k + 1 + of) {
                let after = skipComma(skipDot(k + 2 + of))
                if let y = year(c, after) { found = (after + 1, valid(y, m, d)) } else {
                    found = (k + 2 + of, inferYear(month: m, day: d, c))
                }
            }
        } else if let m = month(c, k) {
            let next = skipDot(k + 1)
            if let d = number(c, next), (1...31).contains(d), c.t[next].text.count <= 4, year(c, next) == nil {
                let after = skipComma(next + 1)
                if let y = year(c, after) { found = (after + 1, valid(y, m, d)) } else {
                    found = (next + 1, inferYear(month: m, day: d, c))
                }
            } else if let y = year(c, skipComma(next)) {
                found = (skipComma(next) + 1, CalendarDate(year: y, month: m))
            }
        }
        guard var (end, date) = found else { return nil }
        // A range "January 22-25, 2024" or "January 22 to 25": dated by its first day.
        if let range = rangeEnd(c, after: end, startDay: date?.day) {
            end = range.end
            if let year = range.year, let d = date, let m = d.month, let day = d.day { date = valid(year, m, day) }
        }
        return dateMatch(end - i, date)
    }

    /// Where a day range ends after its first day: "-25", "–25, 2024", "to 25".
    func rangeEnd(_ c: Context, after k: Int, startDay: Int?) -> (end: Int, year: Int?)? {
        guard let startDay, ["-", "\u{2013}", "to"].contains(c.word(k)), let last = number(c, k + 1),
              (startDay + 1...31).contains(last), c.t[k + 1].text.count <= 4, year(c, k + 1) == nil else { return nil }
        let end = k + 2
        let comma = c.word(end) == "," ? 1 : 0
        if let y = year(c, end + comma) { return (end + comma + 1, y) }
        return (end, nil)
    }

    /// A month and day without a year: the reading nearest the publication date in the
    /// direction the sentence looks (back for past tense, ahead for future).
    func inferYear(month m: Int, day d: Int, _ c: Context) -> CalendarDate? {
        guard let dct = c.dct else { return nil }
        var y = dct.year
        let candidate = CalendarDate(year: y, month: m, day: d)
        let probe = CalendarDate(year: dct.year, month: dct.month ?? 12, day: dct.day ?? 28)
        if c.future { if candidate < probe { y += 1 } } else if candidate > probe { y -= 1 }
        return valid(y, m, d)
    }
}

extension TemporalTagger {
    /// "Dec 1", "July 15", "October 6, 2022", "6 December 2023" at token `i`: month, day,
    /// year if stated, and how many tokens it spans (for datelines, which often lack a year).
    func monthDay(_ t: [Token], _ i: Int) -> (month: Int, day: Int, year: Int?, length: Int)? {
        let c = Context(t: t, dct: nil, future: false)
        var k = i
        if let m = month(c, k) {
            k += 1
            if c.word(k) == "." { k += 1 }
            guard let d = number(c, k), (1...31).contains(d), t[k].text.count <= 4, year(c, k) == nil else { return nil }
            k += 1
            let comma = c.word(k) == "," ? 1 : 0
            if let y = year(c, k + comma) { return (m, d, y, k + comma + 1 - i) }
            return (m, d, nil, k - i)
        }
        if let d = number(c, k), (1...31).contains(d), let m = month(c, k + 1) {
            if let y = year(c, k + 2) { return (m, d, y, 3) }
            return (m, d, nil, 2)
        }
        return nil
    }
}
