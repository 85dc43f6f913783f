import ParleyModel

extension TemporalTagger {
    enum HijriCalendar { case solar, lunar }

    /// Explicit Solar Hijri and Islamic dates: "12 Azar 1402", "Hamal 1, 1403",
    /// "Ramadan 1445", "15 Sha'ban" (against the publication date). A month name alone
    /// is not read: several are ordinary words or names ("Tir", "Asad", "Rajab").
    func hijriDate(_ c: Context, _ i: Int) -> Match? {
        guard let names = calendarNames else { return nil }
        func monthAt(_ k: Int) -> (HijriCalendar, Int, Int)? {
            guard k >= 0, k < c.t.count, c.t[k].isCapitalized else { return nil }
            let words = (k..<min(c.t.count, k + 4)).map { c.t[$0].folded }
            if let m = names.solarHijriMonth(words) { return (.solar, m.month, m.length) }
            if let m = names.islamicMonth(words) { return (.lunar, m.month, m.length) }
            return nil
        }
        func hijriYear(_ k: Int) -> Int? {
            guard c.isNumber(k), let y = Int(c.t[k].text), (1200...1600).contains(y) else { return nil }
            return y
        }
        func eraLength(_ k: Int) -> Int { ["ah", "sh", "hs", "h.sh.", "a.h.", "ap"].contains(c.word(k)) ? 1 : 0 }
        var day: Int?
        var k = i
        if let d = number(c, k), (1...31).contains(d), c.t[k].text.count <= 4 { day = d; k += 1; if c.word(k) == "of" { k += 1 } }
        guard let (calendar, month, length) = monthAt(k) else { return nil }
        k += length
        if day == nil, let d = number(c, k), (1...31).contains(d), c.t[k].text.count <= 4, hijriYear(k) == nil {
            day = d
            k += 1
        }
        if c.word(k) == "," { k += 1 }
        let convert = { (y: Int, m: Int, d: Int) -> CalendarDate? in
            calendar == .solar ? SolarHijri.gregorian(year: y, month: m, day: d) : IslamicCalendar.gregorian(year: y, month: m, day: d)
        }
        if let y = hijriYear(k) {
            let end = k + 1 + eraLength(k + 1)
            if let day { return dateMatch(end - i, convert(y, month, day)) }
            // A month alone: the Gregorian month holding its middle (Azar 1402 -> 2023-12).
            let mid = convert(y, month, 15)
            return Match(length: end - i, type: .date, value: mid.map { CalendarDate(year: $0.year, month: $0.month).description },
                         date: mid.map { CalendarDate(year: $0.year, month: $0.month) })
        }
        guard let day, let dct = c.dct, dct.day != nil else { return nil }
        // Day and month only: the most recent such day up to publication.
        let current = calendar == .solar ? SolarHijri.date(of: dct) : IslamicCalendar.date(of: dct)
        guard let year = current?.year else { return nil }
        let date = [year, year - 1].lazy.compactMap { convert($0, month, day) }.first { $0 <= dct }
        let end = i == k ? k : (c.word(k - 1) == "," ? k - 1 : k)
        return dateMatch(end - i, date)
    }

    /// Bare days of the month ("on the 2nd ... on the 6th ... then on the 12th") whose
    /// Gregorian readings are inconsistent (one falls after publication, or they run out of
    /// the order the text gives) get their Solar Hijri reading as an alternative: Afghan
    /// and Iranian sources count days in the Solar Hijri month.
    func offerSolarHijri(_ sentences: inout [[TemporalExpression]], dct: CalendarDate?) {
        guard let dct, let dd = dct.day, let sh = SolarHijri.date(of: dct) else { return }
        let bare = sentences.indices.flatMap { s in sentences[s].indices.compactMap { e in sentences[s][e].bareDay.map { (s, e, $0) } } }
        guard !bare.isEmpty else { return }
        let gregorian = bare.compactMap { sentences[$0.0][$0.1].calendarDate }
        let afterPublication = bare.contains { $0.2 > dd }
        let outOfOrder = zip(gregorian, gregorian.dropFirst()).contains { $0 > $1 }
        guard afterPublication || outOfOrder else { return }
        for (s, e, day) in bare {
            var (y, m) = (sh.year, sh.month)
            if day > sh.day { (y, m) = m == 1 ? (y - 1, 12) : (y, m - 1) }
            guard let reading = SolarHijri.gregorian(year: y, month: m, day: day),
                  reading.description != sentences[s][e].value else { continue }
            sentences[s][e].alternatives.append(AlternativeDate(value: reading.description, reading: "Solar Hijri"))
        }
    }
}
