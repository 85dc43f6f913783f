import Parley
import ParleyModel
import ParleyExtraction

/// Writes a synthetic news corpus for benchmarks: articles about the actors of the
/// bundled lexicons, with relations in several syntactic forms, dates in many formats,
/// noise sentences and varied lengths. The same seed and size give the same bytes.
struct CorpusGenerator {
    var random: SplitMix64
    let countries: [LexiconEntry]
    let people: [LexiconEntry]
    let organizations: [LexiconEntry]
    let actors: [LexiconEntry]

    init(lexicon: Lexicon, seed: UInt64) {
        random = SplitMix64(seed)
        let entries = lexicon.order.compactMap { lexicon[$0] }
        countries = entries.filter { $0.kind == .country }
        people = entries.filter { $0.kind == .person }
        organizations = entries.filter { $0.kind == .organization || $0.kind == .group || $0.kind == .government }
        actors = entries
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let shortMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let agencies = ["Reuters", "AP", "AFP", "TASS", "Xinhua", "Anadolu"]
    static let solarMonths = ["Hamal", "Sawr", "Jawza", "Saratan", "Asad", "Sonbola", "Mizan", "Aqrab", "Qaws", "Jadi", "Dalw", "Hut"]
    static let islamicMonths = ["Muharram", "Safar", "Rajab", "Shaban", "Ramadan", "Shawwal"]

    mutating func pick<T>(_ list: [T]) -> T { list[random.below(list.count)] }
    mutating func chance(_ percent: Int) -> Bool { random.below(100) < percent }

    /// A surface form of an actor: its name, often an alias, sometimes a capital or a title.
    mutating func name(_ e: LexiconEntry) -> String {
        // "His Majesty's Government" is left out: Coreference resolves its "His" inside the
        // lexicon mention, and the overlapping mentions crash ClauseView.link (reported).
        let aliases = e.aliases.filter { !$0.hasPrefix("His ") && !$0.hasPrefix("Her ") }
        if !aliases.isEmpty, chance(30) { return pick(aliases) }
        if let capital = e.capital, chance(10) { return capital }
        if e.kind == .person, chance(20) { return pick(["President", "Foreign Minister", "Prime Minister", "Deputy Speaker"]) + " " + e.name }
        return e.name
    }

    mutating func anyActor() -> LexiconEntry {
        switch random.below(10) {
        case 0..<4: return pick(countries)
        case 4..<8: return pick(people)
        default: return pick(organizations.isEmpty ? actors : organizations)
        }
    }

    mutating func day() -> (y: Int, m: Int, d: Int) { (2015 + random.below(10), 1 + random.below(12), 1 + random.below(28)) }

    /// A date in one of many formats, or a relative or vague expression.
    mutating func date() -> String {
        let (y, m, d) = day()
        let month = CorpusGenerator.months[m - 1]
        switch random.below(22) {
        case 0: return "on \(d) \(month) \(y)"
        case 1: return "on \(month) \(d), \(y)"
        case 2: return "on \(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
        case 3: return "on \(m)/\(d)/\(y)"
        case 4: return "on \(pick(CorpusGenerator.weekdays))"
        case 5: return "last \(pick(CorpusGenerator.weekdays))"
        case 6: return pick(["yesterday", "today", "last week", "this month", "next year", "earlier this month"])
        case 7: return "in \(month) \(y)"
        case 8: return "in \(pick(["early", "late", "mid-"]))\(month)".replacingOccurrences(of: "- ", with: "-")
        case 9: return "\(pick(["two", "three", "four", "several"])) \(pick(["days", "weeks", "months", "years"])) ago"
        case 10: return "on the \(d)\(d == 1 || d == 21 ? "st" : d == 2 || d == 22 ? "nd" : d == 3 || d == 23 ? "rd" : "th")"
        case 11: return "on \(d) \(pick(CorpusGenerator.solarMonths)) \(1395 + random.below(9))"
        case 12: return "during \(pick(CorpusGenerator.islamicMonths)) \(1438 + random.below(8))"
        case 13: return "in the \(pick(["spring", "summer", "autumn", "winter"])) of \(y)"
        case 14: return "at \(random.below(24)):\(10 + random.below(50)) GMT"
        case 15: return "over the past \(pick(["two", "three", "six"])) months"
        case 16: return "in \(y)"
        case 17: return "on \(CorpusGenerator.shortMonths[m - 1]) \(d)"
        case 18: return "in the \(1960 + 10 * random.below(6))s"
        case 19: return "at the end of \(y)"
        case 20: return "\(pick(["this morning", "last night", "every week", "now", "at the time"]))"
        default: return "between \(d) and \(d + 1) \(month)"
        }
    }

    /// A sentence stating a relation, in one of several syntactic forms.
    mutating func relationSentence() -> String {
        let a = anyActor(), b = anyActor()
        let country = pick(countries)
        let (na, nb) = (name(a), name(b))
        let when = chance(70) ? " " + date() : ""
        switch random.below(20) {
        case 0: return "\(na) met \(nb)\(when)."
        case 1: return "\(na) held talks with \(nb) in \(country.capital ?? country.name)\(when)."
        case 2: return "\(na) hosted \(nb)\(when), officials said."
        case 3: return "\(nb) was hosted by \(na)\(when)."
        case 4: return "\(na) visited \(country.name)\(when)."
        case 5: return "\(na) travelled to \(country.capital ?? country.name)\(when) for consultations."
        case 6: return "\(na) sought support from \(nb) against \(name(anyActor()))."
        case 7: return "\(na) appealed to \(nb) for help\(when)."
        case 8: return "\(na) criticized \(nb) over its policy\(when)."
        case 9: return "\(na) and \(nb) met\(when) to discuss the crisis."
        case 10:
            let demonym = country.demonyms.first ?? "foreign"
            return "\(pick(["A", "The"])) \(demonym) delegation visited \(name(b))\(when)."
        case 11: return "\(na)'s visit to \(country.name)\(when) drew attention."
        case 12: return "\(na) invited \(nb) to a summit\(when)."
        case 13: return "\(na) did not meet \(nb)\(when)."
        case 14: return "\(nb) was condemned by \(na)\(when)."
        case 15: return "\(na) pledged aid to \(nb)\(when)."
        case 16: return "Based in \(country.capital ?? country.name), \(na) has opposed \(nb) for years."
        case 17: return "\(na) said it supports \(nb) and accused \(name(anyActor())) of meddling."
        case 18: return "During the meeting, \(na) and \(nb) signed an agreement\(when)."
        default: return "The talks between \(na) and \(nb)\(when) ended without agreement."
        }
    }

    static let subjects = ["Analysts", "The report", "Officials", "Residents", "The ministry", "Observers", "Economists", "A spokesman"]
    static let verbs = ["said", "noted", "warned", "reported", "estimated", "suggested", "argued"]
    static let topics = ["the economy", "food prices", "the harvest", "trade routes", "the border crossing",
                         "refugee flows", "the election", "fuel shortages", "the currency", "water rights", "the new road"]
    static let changes = ["grew by", "fell by", "rose by", "dropped by", "stood at"]

    /// A sentence with no relation: figures, quotes, lower-case prose.
    mutating func noiseSentence() -> String {
        switch random.below(6) {
        case 0: return "\(pick(CorpusGenerator.subjects)) \(pick(CorpusGenerator.verbs)) that \(pick(CorpusGenerator.topics)) \(pick(CorpusGenerator.changes)) \(random.below(40)).\(random.below(10)) percent."
        case 1: return "\"We are concerned about \(pick(CorpusGenerator.topics)),\" \(pick(CorpusGenerator.subjects).lowercased()) \(pick(CorpusGenerator.verbs))."
        case 2: return "More than \(1 + random.below(900)),\(100 + random.below(900)) people were affected, according to Mr. \(pick(["Smith", "Karimi", "Ivanov", "Haidari", "Chen"]))."
        case 3: return "The situation in \(pick(countries).name) remains \(pick(["tense", "calm", "uncertain", "difficult"])), and \(pick(CorpusGenerator.topics)) is still a concern for the U.S. and the U.N."
        case 4: return "It is not clear whether \(pick(CorpusGenerator.topics)) will improve \(date())."
        default: return "\(pick(CorpusGenerator.subjects)) \(pick(CorpusGenerator.verbs)) the plan would cost about $\(1 + random.below(99)) million over \(2 + random.below(8)) years."
        }
    }

    /// The first lines: a keyed header, a dateline or nothing, then the title.
    mutating func header() -> String {
        let (y, m, d) = day()
        let month = CorpusGenerator.months[m - 1]
        let title = "\(name(anyActor())) and \(name(anyActor())) \(pick(["in talks", "at odds", "seek a deal", "meet again"]))\n"
        switch random.below(5) {
        case 0: return "Published: \(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)\n\(title)\n"
        case 1: return "Publish date\(pick(CorpusGenerator.weekdays)) \(d) \(month) \(y) - 10:\(10 + random.below(50))\n\(title)\n"
        case 2: return "\(title)\n\(pick(countries).capital?.uppercased() ?? "KABUL"), \(CorpusGenerator.shortMonths[m - 1]) \(d) (\(pick(CorpusGenerator.agencies))) - "
        case 3: return "\(title)\(month) \(d), \(y)\n\n"
        default: return "\(title)\n"
        }
    }

    /// One article of about `target` bytes.
    mutating func article(target: Int) -> String {
        var text = header()
        while text.utf8.count < target {
            var paragraph: [String] = []
            for _ in 0..<(2 + random.below(5)) {
                paragraph.append(chance(40) ? relationSentence() : noiseSentence())
                if chance(15) { paragraph.append(pick(["He", "She", "It"]) + " " + pick(["later met", "also visited", "criticized"]) + " " + name(anyActor()) + ".") }
            }
            text += paragraph.joined(separator: " ") + "\n\n"
        }
        return text
    }

    /// Article sizes: mostly 1-8 KB, some long features up to 40 KB.
    mutating func articleSize() -> Int {
        switch random.below(20) {
        case 0: return 15_000 + random.below(25_000)
        case 1..<4: return 300 + random.below(1_000)
        default: return 1_500 + random.below(6_500)
        }
    }
}
