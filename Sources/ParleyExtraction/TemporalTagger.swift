import ParleyModel

/// Finds date expressions in a sentence and normalises them against the publication
/// date: explicit dates in day-month-year, month-day-year and ISO order; months and
/// years alone; weekdays, "yesterday", "last week/month/year", "N days ago" (read as
/// the past, as news reports are); a bare "on the 12th" in the publication month, or
/// the month before when that day is still to come.
struct TemporalTagger: Sendable {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "a": 1, "several": 3,
    ]

    func expressions(in s: Sentence, published: CalendarDate?) -> [TemporalExpression] {
        var out: [TemporalExpression] = []
        let t = s.tokens
        var i = 0
        while i < t.count {
            if let (length, value, alternatives) = match(t, i, published) {
                let range = i..<(i + length)
                let span = Span(start: t[i].start, end: t[i + length - 1].end)
                let text = String(s.text.unicodeScalars.dropFirst(span.start - s.span.start).prefix(span.length))
                out.append(TemporalExpression(span: span, tokens: range, text: text,
                                              value: value?.description, precision: value?.precision ?? .unknown,
                                              alternatives: alternatives))
                i += length
            } else {
                i += 1
            }
        }
        return out
    }

    /// The date a header or dateline line states, if the line is essentially a date.
    func absoluteDate(in tokens: [Token]) -> CalendarDate? {
        var i = 0
        while i < tokens.count {
            if let (_, value, _) = match(tokens, i, nil), let value, value.day != nil || value.month != nil { return value }
            i += 1
        }
        return nil
    }

    func match(_ t: [Token], _ i: Int, _ pub: CalendarDate?) -> (Int, CalendarDate?, [AlternativeDate])? {
        let w = t[i].folded
        func num(_ k: Int) -> Int? {
            guard k < t.count, t[k].kind == .number else { return nil }
            var digits = t[k].folded
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
            return Int(digits)
        }
        func month(_ k: Int) -> Int? {
            guard k < t.count, t[k].isCapitalized || t[k].folded.count > 3 else { return nil }
            return TemporalTagger.months[t[k].folded]
        }
        func year(_ k: Int) -> Int? {
            guard k < t.count, t[k].kind == .number, t[k].text.count == 4, let y = Int(t[k].text),
                  (1900...2100).contains(y) else { return nil }
            return y
        }
        func valid(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
            (1...CalendarDate.daysIn(month: m, year: y)).contains(d) ? CalendarDate(year: y, month: m, day: d) : nil
        }
        let comma = { (k: Int) in k < t.count && t[k].text == "," ? 1 : 0 }
        // ISO 2023-12-06 (tokenised as 2023 - 12 - 06).
        if let y = year(i), i + 4 < t.count, t[i + 1].text == "-", let m = num(i + 2), t[i + 3].text == "-",
           let d = num(i + 4), (1...12).contains(m), let date = valid(y, m, d) { return (5, date, []) }
        // 6 December 2023 / 6th of December / 6 December.
        if let d = num(i), (1...31).contains(d) {
            let of = i + 1 < t.count && t[i + 1].folded == "of" ? 1 : 0
            if let m = month(i + 1 + of) {
                if let y = year(i + 2 + of) { return valid(y, m, d).map { (3 + of, $0, []) } }
                return (2 + of, pub.flatMap { inferYear(month: m, day: d, pub: $0) }, [])
            }
        }
        if let m = month(i) {
            // December 6, 2023 / December 6 / December 2023 / December.
            if let d = num(i + 1), (1...31).contains(d), t[i + 1].text.count <= 4 {
                if let y = year(i + 2 + comma(i + 2)) { return valid(y, m, d).map { (3 + comma(i + 2), $0, []) } }
                return (2, pub.flatMap { inferYear(month: m, day: d, pub: $0) }, [])
            }
            if let y = year(i + 1 + comma(i + 1)) { return (2 + comma(i + 1), CalendarDate(year: y, month: m), []) }
            guard w != "may" || t[i].isCapitalized, i > 0, ["in", "of", "since", "until", "by", "during", "early", "late", "mid"].contains(t[i - 1].folded) else { return nil }
            return (1, pub.map { p in CalendarDate(year: m > (p.month ?? 12) ? p.year - 1 : p.year, month: m) }, [])
        }
        if let y = year(i), i > 0, ["in", "since", "of", "during", "until", "by", "early", "late", "mid", "from"].contains(t[i - 1].folded) {
            return (1, CalendarDate(year: y), [])
        }
        // Weekdays: the most recent one before publication.
        if let wd = TemporalTagger.weekdays[w], t[i].isCapitalized {
            guard let p = pub, p.day != nil else { return (1, nil, []) }
            let back = (p.weekday - wd + 7) % 7
            return (1, p.adding(days: back == 0 ? -7 : -back), [])
        }
        // "on the 12th": the publication month, or the month before when the day is to come.
        if w == "the", let d = num(i + 1), (1...31).contains(d), t[i + 1].text.count > 2,
           i > 0, ["on", "since", "by", "until"].contains(t[i - 1].folded), month(i + 2) == nil, t.count > i + 2 ? t[i + 2].folded != "of" : true {
            guard let p = pub, let pm = p.month, let pd = p.day else { return (2, nil, []) }
            if d <= pd, let date = valid(p.year, pm, d) { return (2, date, []) }
            let prev = CalendarDate(year: pm == 1 ? p.year - 1 : p.year, month: pm == 1 ? 12 : pm - 1)
            return (2, valid(prev.year, prev.month ?? 1, d), [])
        }
        return relative(t, i, pub)
    }

    func relative(_ t: [Token], _ i: Int, _ pub: CalendarDate?) -> (Int, CalendarDate?, [AlternativeDate])? {
        let w = t[i].folded
        let next = i + 1 < t.count ? t[i + 1].folded : ""
        let p = pub
        switch w {
        case "yesterday": return (1, p.flatMap { $0.day == nil ? nil : $0.adding(days: -1) }, [])
        case "today": return (1, p.flatMap { $0.day == nil ? nil : $0 }, [])
        case "last", "this", "next", "past":
            let offset = w == "last" || w == "past" ? -1 : (w == "next" ? 1 : 0)
            switch next {
            case "week":
                return (2, p.flatMap { $0.day == nil ? nil : $0.adding(days: 7 * offset) }.map { CalendarDate(year: $0.year, month: $0.month) }, [])
            case "month":
                return (2, p.flatMap { d in d.month.map { m in
                    let total = d.year * 12 + (m - 1) + offset
                    return CalendarDate(year: total / 12, month: total % 12 + 1)
                } }, [])
            case "year": return (2, p.map { CalendarDate(year: $0.year + offset) }, [])
            case "months" where w == "past": return (2, p.map { CalendarDate(year: $0.year) }, [])
            default: return nil
            }
        case "recent" where next == "months" || next == "weeks": return (2, p.map { CalendarDate(year: $0.year) }, [])
        default: break
        }
        // "three days ago", "two weeks ago".
        if let n = t[i].kind == .number ? Int(t[i].text) : TemporalTagger.numberWords[w], i + 2 < t.count,
           t[i + 2].folded == "ago" {
            switch next {
            case "day", "days": return (3, p.flatMap { $0.day == nil ? nil : $0.adding(days: -n) }, [])
            case "week", "weeks": return (3, p.flatMap { $0.day == nil ? nil : $0.adding(days: -7 * n) }.map { CalendarDate(year: $0.year, month: $0.month) }, [])
            case "year", "years": return (3, p.map { CalendarDate(year: $0.year - n) }, [])
            default: return nil
            }
        }
        return nil
    }

    /// A month and day without a year: the publication year, or the one before when the
    /// date would fall after publication.
    func inferYear(month m: Int, day d: Int, pub: CalendarDate) -> CalendarDate? {
        var y = pub.year
        if let pm = pub.month, m > pm || (m == pm && d > (pub.day ?? 31)) { y -= 1 }
        guard (1...CalendarDate.daysIn(month: m, year: y)).contains(d) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}
