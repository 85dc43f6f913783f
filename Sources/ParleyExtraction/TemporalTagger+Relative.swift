import ParleyModel

extension TemporalTagger {
    /// "early December", "late last July", "the end of 2021", "mid-2022": the date with a mod.
    func modified(_ c: Context, _ i: Int) -> Match? {
        var k = i
        if c.word(k) == "the" { k += 1 }
        var key = c.word(k)
        if key.hasPrefix("mid-") {
            // "mid-2022", "mid-December" are single tokens.
            let rest = String(c.t[k].text.dropFirst(4))
            if let y = Int(rest), rest.count == 4 { return Match(length: k + 1 - i, type: .date, value: "\(y)", date: CalendarDate(year: y), mod: "MID") }
            if let m = months[rest.lowercased()], let dct = c.dct {
                let d = monthReading(m, dct: dct, future: c.future)
                return Match(length: k + 1 - i, type: .date, value: d.description, date: d, mod: "MID")
            }
            return nil
        }
        guard let mod = words.periodModifiers[key] else { return nil }
        k += 1
        if c.word(k) == "of" { k += 1 }
        key = c.word(k)
        if key == "the" { k += 1 }
        guard k < c.t.count, let inner = match(c, k), inner.type == .date || inner.type == .time else {
            // "the end of year": the year of publication.
            if c.word(k) == "year", let dct = c.dct, i < k - 1 {
                return Match(length: k + 1 - i, type: .date, value: "\(dct.year)", date: CalendarDate(year: dct.year), mod: mod)
            }
            return nil
        }
        var m = inner
        m.length += k - i
        m.mod = mod
        return m
    }

    /// Weekdays: the most recent one (today included) in past-tense text, the next one
    /// (today included) where the sentence looks ahead; with a part of day it is a TIME.
    func weekday(_ c: Context, _ i: Int) -> Match? {
        var k = i
        var direction = c.future ? 1 : -1
        if TemporalTagger.weekdayOpeners.contains(c.word(k)), words.weekdays.contains(c.word(k + 1)) {
            if c.word(k) == "last" { direction = -1 } else if c.word(k) == "next" { direction = 1 }
            if c.word(k) != "on" { k += 1 } else { return nil }
        }
        guard let wd = words.weekdays.firstIndex(of: c.word(k)), c.t[k].isCapitalized else { return nil }
        var date: CalendarDate?
        if let dct = c.dct, dct.day != nil {
            let back = (dct.weekday - wd + 7) % 7
            let ahead = (wd - dct.weekday + 7) % 7
            let strict = k > i // "last Friday" is never today
            date = direction < 0 ? dct.adding(days: -(back == 0 && strict ? 7 : back)) : dct.adding(days: ahead == 0 && strict ? 7 : ahead)
        }
        if let part = c.lookup(dayParts, k + 1) {
            return Match(length: k + 2 - i, type: .time, value: date.map { "\($0)T\(part)" } ?? "XXXX-WXX-\(wd + 1)T\(part)", date: date)
        }
        return Match(length: k + 1 - i, type: .date, value: date?.description ?? "XXXX-WXX-\(wd + 1)", date: date)
    }

    /// today, yesterday, "last week", "this month", "next year", "two years ago",
    /// "earlier this month", "this fiscal year", "last summer".
    func relative(_ c: Context, _ i: Int) -> Match? {
        let w = c.word(i)
        let dct = c.dct
        switch w {
        case "today": return dateMatch(1, dct?.day == nil ? nil : dct)
        case "yesterday": return dateMatch(1, dct?.day == nil ? nil : dct?.adding(days: -1))
        case "tomorrow": return dateMatch(1, dct?.day == nil ? nil : dct?.adding(days: 1))
        case "tonight": return Match(length: 1, type: .time, value: dct.map { "\($0)TNI" }, date: dct)
        case "earlier", "later":
            guard ["this", "last", "next"].contains(c.word(i + 1)), var m = relative(c, i + 1) else { return nil }
            m.length += 1
            m.mod = w == "earlier" ? "START" : "END"
            return m
        default: break
        }
        // "N units ago": a date that far back, at the unit's precision.
        if let (n, unitAt) = quantity(c, i), let unit = c.lookup(units, unitAt), c.word(unitAt + 1) == "ago" {
            return Match(length: unitAt + 2 - i, type: .date, value: nil, date: nil).resolved(shift: -n, unit: unit, dct: dct)
        }
        var k = i
        if c.word(k) == "the", TemporalTagger.offsets[c.word(k + 1)] != nil { k += 1 }
        guard let offset = TemporalTagger.offsets[c.word(k)] else { return nil }
        var u = k + 1
        if c.word(u) == "fiscal" || c.word(u) == "calendar" { u += 1 }
        // "the next decade", "the past century": a span of time, not a date.
        if let unit = c.lookup(units, u), unit == "DE" || unit == "CE", k > i || offset != 0 {
            return Match(length: u + 1 - i, type: .duration, value: durationValue(1, unit))
        }
        if let unit = c.lookup(units, u), !c.word(u).hasSuffix("s") {
            return Match(length: u + 1 - i, type: .date, value: nil, date: nil).resolved(shift: offset, unit: unit, dct: dct, calendarUnit: true)
        }
        if let season = c.lookup(seasons, u), let dct {
            let sm = ["SP": 4, "SU": 7, "FA": 10, "WI": 1][season] ?? 1
            let dm = dct.month ?? 12
            var y = dct.year + offset
            if offset < 0, sm < dm { y = dct.year } // "last summer" in March 2013 is summer 2012, "last spring" in May is this year's
            if offset < 0, sm >= dm { y = dct.year - 1 }
            return Match(length: u + 1 - i, type: .date, value: "\(y)-\(season)", date: CalendarDate(year: y))
        }
        if let m = c.lookup(monthWords, u), c.t[u].isCapitalized, let dct {
            let dm = dct.month ?? 12
            var y = dct.year
            if offset < 0 { y = m < dm ? dct.year : dct.year - 1 }
            if offset > 0 { y = m > dm ? dct.year : dct.year + 1 }
            let d = CalendarDate(year: y, month: m)
            return Match(length: u + 1 - i, type: .date, value: d.description, date: d)
        }
        return nil
    }

    static let weekdayOpeners = ["last", "next", "this", "on"]
    static let offsets = ["last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1]

    /// A month name alone ("in August") or a season ("the spring of 2021").
    func monthOrSeason(_ c: Context, _ i: Int) -> Match? {
        if let m = month(c, i) {
            // "May" is a month only where a date can stand: after a preposition.
            if c.word(i) == "may", !["in", "of", "since", "until", "by", "during", "through", "from", "before", "after", "early", "late", "mid", "last", "next", "this", "till", "to"].contains(c.word(i - 1)) { return nil }
            guard let dct = c.dct else { return Match(length: 1, type: .date, value: "XXXX-" + pad2(m)) }
            let d = monthReading(m, dct: dct, future: c.future || words.forwardPrepositions.contains(c.word(i - 1)))
            return Match(length: 1, type: .date, value: d.description, date: d)
        }
        var k = i
        if c.word(k) == "the" { k += 1 }
        guard let season = c.lookup(seasons, k) else { return nil }
        var y = k + 1
        if c.word(y) == "of" { y += 1 }
        guard let year = year(c, y) else { return nil }
        return Match(length: y + 1 - i, type: .date, value: "\(year)-\(season)", date: CalendarDate(year: year))
    }

    /// The month `m` nearest the publication date, looking back (or ahead where the sentence does).
    func monthReading(_ m: Int, dct: CalendarDate, future: Bool) -> CalendarDate {
        let dm = dct.month ?? 12
        if future { return CalendarDate(year: m >= dm ? dct.year : dct.year + 1, month: m) }
        return CalendarDate(year: m <= dm ? dct.year : dct.year - 1, month: m)
    }

    /// Years, "the 1990s", "the 20th century", "'58".
    func yearLike(_ c: Context, _ i: Int) -> Match? {
        if let y = year(c, i) {
            let next = c.word(i + 1)
            // Not a quantity: "2030 people", "1200 troops".
            if next.hasSuffix("%") || ["percent", "people", "troops", "km", "miles", "tonnes", "tons", "dollars"].contains(next) || c.word(i - 1) == "$" { return nil }
            return dateMatch(1, CalendarDate(year: y))
        }
        // "the 1990s", "the 20th century": the article stays outside the expression.
        let k = i
        let w = c.word(k)
        if w.count == 5, w.hasSuffix("s"), let decade = Int(w.dropLast()), decade % 10 == 0, (1000...2190).contains(decade) {
            return Match(length: k + 1 - i, type: .date, value: String(decade / 10))
        }
        if let n = number(c, k), c.word(k + 1) == "century", (1...30).contains(n), c.t[k].text.count > 2 {
            return Match(length: k + 2 - i, type: .date, value: pad2(n - 1))
        }
        return nil
    }

    func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}

extension TemporalTagger.Match {
    /// Resolves a shift of `n` units from the publication date: a day, an ISO week, a month
    /// or a year (decades give the decade). `calendarUnit`: "last week" is the previous
    /// calendar week, not seven days back.
    func resolved(shift n: Int, unit: String, dct: CalendarDate?, calendarUnit: Bool = false) -> Self {
        var m = self
        guard let dct else { return m }
        switch unit {
        case "D":
            guard dct.day != nil else { return m }
            let d = dct.adding(days: n)
            m.value = d.description
            m.date = d
        case "W":
            guard dct.day != nil else { return m }
            let d = dct.adding(days: 7 * n)
            let w = d.isoWeek
            m.value = "\(w.year)-W" + (w.week < 10 ? "0\(w.week)" : "\(w.week)")
            m.date = CalendarDate(year: d.year, month: d.month)
        case "M":
            guard let dm = dct.month else { return m }
            let total = dct.year * 12 + (dm - 1) + n
            let d = CalendarDate(year: total / 12, month: total % 12 + 1)
            m.value = d.description
            m.date = d
        case "Y":
            m.value = "\(dct.year + n)"
            m.date = CalendarDate(year: dct.year + n)
        case "DE":
            m.value = String((dct.year + 10 * n) / 10)
        default:
            return m
        }
        return m
    }
}

extension TemporalTagger {
    /// "on the 12th": that day of the publication month, or of the month before when the
    /// day is still to come.
    func bareDay(_ c: Context, _ i: Int) -> Match? {
        guard c.word(i) == "the", let d = number(c, i + 1), (1...31).contains(d), c.t[i + 1].text.count > 2,
              ["on", "since", "by", "until", "from"].contains(c.word(i - 1)),
              month(c, i + 2) == nil, c.word(i + 2) != "of", c.lookup(units, i + 2) == nil,
              c.word(i + 2) != "century" else { return nil }
        guard let dct = c.dct, let dm = dct.month, let dd = dct.day else { return Match(length: 2, type: .date, value: "XXXX-XX-" + pad2(d)) }
        var date = valid(dct.year, dm, d)
        if d > dd || date == nil {
            let prev = dm == 1 ? (dct.year - 1, 12) : (dct.year, dm - 1)
            date = valid(prev.0, prev.1, d)
        }
        var m = dateMatch(2, date)
        m.bareDay = d
        return m
    }
}
