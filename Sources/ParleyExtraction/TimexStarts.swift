/// The tagger's prefilter: which tokens can open a temporal expression. Every rule of
/// `TemporalTagger.match` begins by testing its first token against a word list (or for a
/// number, or a hyphenated "mid-2022" / "four-week"), so a token outside all of them
/// starts nothing and the rules are not run there. Only a prefilter: it never turns away
/// a token at which a rule would match.
///
/// "the", "a" and "an" open many rules but only before certain words ("the past",
/// "a few days", "the 12th"), so for them the next token is checked too.
struct TimexStarts: Sendable {
    let starters: WordSet
    /// For "the", "a", "an": the next token must be a number, hyphenated, a starter, or
    /// the second word of a phrase opening with them.
    let followers: WordMap<WordSet>

    init?(words: DateWords, months: [String: Int], calendarNames: CalendarNames?, phrases: [[String]]) {
        if phrases.contains(where: \.isEmpty) { return nil } // an empty phrase matches anywhere
        var s: Set<String> = ["the", "a", "an", "this", "last", "next", "on", "today", "yesterday", "tomorrow",
                              "tonight", "earlier", "later", "every", "each"]
        // Words the rules look up by themselves; the articles must not be among them for
        // the follower check below to hold.
        var lookedUp = Set(words.periodModifiers.keys).union(words.weekdays).union(months.keys)
            .union(words.seasons.keys).union(words.units.keys).union(words.dayParts.keys)
            .union(TemporalTagger.offsets.keys).union(TemporalTagger.weekdayOpeners)
            .union(TemporalTagger.spanOpeners).union(TemporalTagger.setAdverbs.keys)
        if let calendarNames { lookedUp.formUnion(calendarNames.solarHijri.keys); lookedUp.formUnion(calendarNames.islamic.keys) }
        s.formUnion(lookedUp)
        s.formUnion(words.numbers.keys)
        s.formUnion(phrases.compactMap(\.first))
        starters = WordSet(s)
        var followers: [String: WordSet] = [:]
        for article in ["the", "a", "an"] where !lookedUp.contains(article) && !phrases.contains([article]) {
            // "the" is a quantity nowhere; "a" and "an" are ("a few days"), which the starters cover.
            if article == "the", words.numbers["the"] != nil { continue }
            followers[article] = WordSet(phrases.filter { $0.count > 1 && $0[0] == article }.map { $0[1] })
        }
        self.followers = WordMap(followers)
    }

    /// Whether a rule may start at token `i`.
    func mayStart(_ t: [Token], _ i: Int) -> Bool {
        guard mayOpen(t[i]) else { return false }
        guard let after = followers[t[i]] else { return true }
        guard i + 1 < t.count else { return false }
        return mayOpen(t[i + 1]) || after.contains(t[i + 1])
    }

    /// A number, a hyphenated word or a starter.
    func mayOpen(_ t: Token) -> Bool {
        if t.kind == .number { return true }
        return starters.contains(t) || t.isHyphenated
    }
}
