import ParleyModel

extension TemporalTagger {
    /// A number before a unit: digits, number words ("four", "a", "a dozen") or a
    /// hyphenated "four-week"; returns the amount and where the unit stands.
    func quantity(_ c: Context, _ i: Int) -> (Int, Int)? {
        if let n = number(c, i), c.t[i].text.count <= 4, !c.t[i].folded.hasSuffix("th") { return (n, i + 1) }
        if c.word(i) == "a" || c.word(i) == "an" {
            if c.word(i + 1) == "couple", c.word(i + 2) == "of" { return (2, i + 3) }
            if c.word(i + 1) == "dozen" { return (12, i + 2) }
            return (1, i + 1)
        }
        if let v = c.lookup(numbers, i), v >= 1 {
            if c.word(i + 1) == "hundred", let h = words.numbers["hundred"] { return (Int(v * h), i + 2) }
            return (Int(v), i + 1)
        }
        return nil
    }

    /// "three years", "almost seven years", "a mere 24 hours", "the past two years",
    /// "several days", "recent weeks", "the next few months", "four-week", "for years".
    func duration(_ c: Context, _ i: Int) -> Match? {
        guard var m = spanOfTime(c, i) else { return nil }
        // "during the past months", "in recent weeks": the stretch ends at publication, so an
        // event it dates falls in the publication year when the stretch cannot reach further back.
        let anchored = TemporalTagger.anchors.contains(c.word(i)) || (c.word(i) == "the" && ["past", "last"].contains(c.word(i + 1)))
        if anchored, let dct = c.dct, let value = m.value, let unit = value.last, "MWD".contains(unit) {
            let amount = Int(value.dropFirst().dropLast()) ?? 0
            let reach = unit == "M" ? amount : (unit == "W" ? amount / 4 : 0)
            if reach < (dct.month ?? 1) { m.date = CalendarDate(year: dct.year) }
        }
        return m
    }

    func spanOfTime(_ c: Context, _ i: Int) -> Match? {
        var k = i
        if c.word(k) == "the" { k += 1 }
        if TemporalTagger.spanOpeners.contains(c.word(k)) { k += 1 }
        let approximated = phraseStarts.map { c.word(k, in: $0) } ?? true // else no phrase can match at k
        for parts in approximators where approximated && c.has(parts, at: k) {
            k += parts.count
            break
        }
        // Hyphenated single tokens: "four-week", "three-month", "24-hour".
        let parts = c.word(k).utf8.contains(0x2D) && c.word(k).contains("-") ? c.word(k).split(separator: "-").map(String.init) : []
        if parts.count == 2, let unit = words.units[parts[1]], let n = Int(parts[0]) ?? words.numbers[parts[0]].map({ Int($0) }) {
            return Match(length: k + 1 - i, type: .duration, value: durationValue(Double(n), unit))
        }
        // A range "between 12 and 18 months": the first number takes the second's unit.
        if let (n, u) = quantity(c, k), ["and", "to", "or", "-"].contains(c.word(u)), let (_, u2) = quantity(c, u + 1),
           let unit = c.lookup(units, u2), c.isNumber(k) {
            return Match(length: u - i, type: .duration, value: durationValue(Double(n), unit))
        }
        if let (n, u) = quantity(c, k), let unit = c.lookup(units, u) {
            // Ages are not durations: "five years old", "6 months and older".
            let conjoined = ["and", "or"].contains(c.word(u + 1)) ? c.word(u + 2) : ""
            if ["ago", "old", "older", "younger"].contains(c.word(u + 1)) || ["older", "younger"].contains(conjoined) { return nil }
            let amount = c.word(u + 1) == "and" && c.word(u + 2) == "a" && c.word(u + 3) == "half" ? Double(n) + 0.5 : Double(n)
            let end = amount != Double(n) ? u + 4 : u + 1
            return Match(length: end - i, type: .duration, value: durationValue(amount, unit))
        }
        // Vague amounts: "several days", "the past several months", "recent weeks".
        var v = k
        let vague = phraseStarts.map { c.word(v, in: $0) } ?? true
        for parts in vagueQuantities where vague && c.has(parts, at: v) {
            v += parts.count
            break
        }
        if v > i, let unit = c.lookup(units, v), c.word(v).hasSuffix("s"), c.word(v + 1) != "ago" {
            return Match(length: v + 1 - i, type: .duration, value: durationValue(nil, unit))
        }
        // Bare plurals where the context makes them a span of time: "for years", "days before".
        if let unit = c.lookup(units, i), c.word(i).hasSuffix("s"), i > 0,
           words.bareDurationBefore.contains(c.word(i - 1)) || words.bareDurationAfter.contains(c.word(i + 1)) {
            return Match(length: 1, type: .duration, value: durationValue(nil, unit))
        }
        return nil
    }

    // Word lists the rules consult at every token, built once rather than per call.
    static let anchors = ["past", "last", "recent"]
    static let spanOpeners = ["past", "last", "next", "coming", "following", "previous"]
    static let setAdverbs = ["daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "XXXX", "yearly": "P1Y", "nightly": "XXXX-XX-XXTNI"]

    /// TIMEX3 duration: P3Y, P10Y for a decade, PT24H, PXM for an unknown number of months.
    func durationValue(_ n: Double?, _ unit: String) -> String {
        var amount = n
        var letter = unit
        switch unit {
        case "DE": letter = "Y"; amount = n.map { $0 * 10 }
        case "CE": letter = "Y"; amount = n.map { $0 * 100 }
        case "FN": letter = "D"; amount = n.map { $0 * 14 }
        default: break
        }
        let count = amount.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "X"
        switch letter {
        case "H", "S": return "PT\(count)\(letter)"
        case "MIN": return "PT\(count)M"
        default: return "P\(count)\(letter)"
        }
    }

    /// "every day", "each morning", "each season", "annually", "weekly".
    func set(_ c: Context, _ i: Int) -> Match? {
        if let v = TemporalTagger.setAdverbs[c.word(i)] { return Match(length: 1, type: .set, value: v) }
        guard c.word(i) == "every" || c.word(i) == "each" else { return nil }
        let w = c.word(i + 1)
        if let part = words.dayParts[w] { return Match(length: 2, type: .set, value: "XXXX-XX-XXT\(part)") }
        if let season = words.seasons[w] { return Match(length: 2, type: .set, value: "XXXX-\(season)") }
        if w == "season" { return Match(length: 2, type: .set, value: "XXXX-WI") }
        if let unit = words.units[w] { return Match(length: 2, type: .set, value: durationValue(1, unit)) }
        if let wd = words.weekdays.firstIndex(of: w) { return Match(length: 2, type: .set, value: "XXXX-WXX-\(wd + 1)") }
        return nil
    }

    /// "15:00 GMT", "8 PM", "10:38", "this morning", "last night", "15:00 GMT Saturday".
    func time(_ c: Context, _ i: Int) -> Match? {
        let dct = c.dct?.day == nil ? nil : c.dct
        if c.word(i) == "this" || c.word(i) == "last", let part = c.lookup(dayParts, i + 1) {
            let day = c.word(i) == "last" ? dct?.adding(days: -1) : dct
            return Match(length: 2, type: .time, value: day.map { "\($0)T\(part)" }, date: day)
        }
        guard let h = number(c, i), (0...24).contains(h), c.t[i].text.count <= 2 else { return nil }
        var k = i + 1
        var minutes = 0
        if c.word(k) == ":", let m = number(c, k + 1), c.t[k + 1].text.count == 2, (0...59).contains(m) {
            minutes = m
            k += 2
        }
        // "3:07:35" with no clock marker is a time taken (a race), not a time of day.
        if k == i + 3, c.word(k) == ":", let sec = number(c, k + 1), c.t[k + 1].text.count == 2 {
            return Match(length: k + 2 - i, type: .duration, value: "PT\(h)H\(minutes)M\(sec)S")
        }
        let hasMinutes = k > i + 1
        var hour = h
        let word = c.word(k)
        let meridiem = word.utf8.contains(UInt8(ascii: ".")) ? word.replacingOccurrences(of: ".", with: "") : word
        if ["am", "pm"].contains(meridiem) {
            if meridiem == "pm", hour < 12 { hour += 12 }
            if meridiem == "am", hour == 12 { hour = 0 }
            k += 1
        } else if k == i + 1 {
            return nil // a bare number is not a time
        }
        if ["gmt", "utc", "est", "edt", "pst", "cet", "bst"].contains(c.word(k)) { k += 1 }
        var day = dct
        if let wd = words.weekdays.firstIndex(of: c.word(k)), let d = dct {
            let ahead = (wd - d.weekday + 7) % 7
            day = c.future || ahead <= 1 ? d.adding(days: ahead) : d.adding(days: -((d.weekday - wd + 7) % 7))
            k += 1
        }
        let clock = hasMinutes ? pad2(hour) + ":" + pad2(minutes) : pad2(hour)
        return Match(length: k - i, type: .time, value: day.map { "\($0)T\(clock)" } ?? "XXXX-XX-XXT\(clock)", date: day)
    }

    /// "now", "currently" (PRESENT_REF), "the past", "at the time" (PAST_REF), "the future".
    func reference(_ c: Context, _ i: Int) -> Match? {
        // Only the phrases whose first word stands at i can match (all of them if one is empty).
        let candidates = referenceStarts.map { c.lookup($0, i) ?? [] } ?? Array(references.indices)
        for (parts, value) in candidates.map({ references[$0] }) where c.has(parts, at: i) {
            // "the past" only when it ends there: not "the past two years".
            if parts == ["the", "past"], c.lookup(units, i + 2) != nil || quantity(c, i + 2) != nil
                || words.vagueQuantities.contains(c.word(i + 2)) { continue }
            return Match(length: parts.count, type: .date, value: value)
        }
        return nil
    }
}
