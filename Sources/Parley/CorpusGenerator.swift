import Foundation
import ParleyExtraction
import ParleyModel

/// Synthetic news for tests and benchmarks (`parley generate`): documents in which actors
/// of a lexicon meet, visit, host, invite, ask support from, support, criticize and
/// oppose one another, dated the ways news dates things, among sentences of noise and
/// invented names. Happenings are drawn from a pool shared by all documents, so the same
/// event is often told by several documents. Document `k` depends only on the seed and
/// `k`, so any number of documents can be written one at a time.
public struct CorpusGenerator: Sendable {
    public var seed: UInt64
    /// When set, about one document in eight reuses an earlier document's id.
    public var duplicateIDs = false
    let people: [String]
    let countries: [(name: String, capital: String?)]
    let organizations: [String]

    public init(seed: UInt64, lexicon: Lexicon) {
        self.seed = seed
        let entries = lexicon.entries.keys.sorted().compactMap { lexicon[$0] }
        // A lexicon without some kind still gives text (with unknown names).
        people = entries.filter { $0.kind == .person }.map(\.name).nonEmpty(or: ["Farid Kohzad"])
        countries = entries.filter { $0.kind == .country }.map { ($0.name, $0.capital) }.nonEmpty(or: [("Veltoria", "Kora")])
        organizations = entries.filter { $0.kind == .organization }.map(\.name).nonEmpty(or: ["the Kora Council"])
    }

    public func document(_ k: Int) -> DocumentLine {
        var rng = SplitMix64(seed ^ (UInt64(k) &* 0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
        let published = day(&rng, from: 2022)
        var id = "doc-\(k)"
        if duplicateIDs, k > 0, rng.below(8) == 0 { id = "doc-\(rng.below(k))" }
        var sentences: [String] = []
        for _ in 0..<(3 + rng.below(9)) {
            switch rng.below(10) {
            case 0..<5: sentences += happening(rng.below(48), &rng)
            case 5, 6: sentences.append(noise(&rng))
            case 7: sentences.append(invented(&rng))
            default: sentences.append(mention(&rng))
            }
        }
        var text = sentences.enumerated().map { $0.offset > 0 && rng.below(3) == 0 ? "\n\n" + $0.element : $0.element }
            .joined(separator: " ")
        var line = DocumentLine(id: id, text: text)
        switch rng.below(6) {
        case 0..<3: line.published = published.description
        case 3: text = "Date: \(published)\n\n" + text
        case 4: line.published = nil
        default: text = "\(pick(capitalsOrKabul, &rng).uppercased()), \(CorpusGenerator.months[published.month.map { $0 - 1 } ?? 0]) \(published.day ?? 1) (Reuters) - " + text
        }
        line.text = text
        if rng.below(2) == 0 { line.title = "Report \(k): " + noise(&rng) }
        return line
    }

    // MARK: Sentences

    /// Happening `j` of the shared pool, told in this document's words.
    func happening(_ j: Int, _ local: inout SplitMix64) -> [String] {
        var rng = SplitMix64(seed &+ UInt64(j) &* 0xA24B_AED4_963E_E407)
        let a = actor(&rng), b = actor(&rng)
        let place = pick(countries, &rng)
        let when = day(&rng, from: 2022)
        let date = dated(when, &local)
        switch rng.below(9) {
        case 0: return ["\(a) met \(b) in \(place.capital ?? place.name)\(date)."]
        case 1: return ["\(a) held talks with \(b)\(date).", "\(pick(CorpusGenerator.noiseSentences, &local))"]
        case 2: return ["\(a) visited \(place.name)\(date)."]
        case 3: return ["\(place.name) hosted \(a)\(date)."]
        case 4: return ["\(a) invited \(b) to \(place.capital ?? place.name)\(date)."]
        case 5: return ["\(a) sought support from \(b)\(date)."]
        case 6: return ["\(a) said it supports \(b).", "\(b) pledged aid to \(place.name)\(date)."]
        case 7: return ["\(a) criticized \(b)\(date).", "He also met \(pick(people, &local))."]
        default: return ["\(a) opposes \(b)."]
        }
    }

    /// A date as news writes it: exact in several orders, a month, a year, relative, or none.
    func dated(_ date: CalendarDate, _ rng: inout SplitMix64) -> String {
        let month = CorpusGenerator.months[(date.month ?? 1) - 1], d = date.day ?? 1
        switch rng.below(9) {
        case 0, 1: return " on \(d) \(month) \(date.year)"
        case 2: return " on \(month) \(d), \(date.year)"
        case 3: return " in \(month) \(date.year)"
        case 4: return " in \(date.year)"
        case 5: return " \(pick(["last week", "yesterday", "on Tuesday", "on the 3rd", "earlier this month"], &rng))"
        default: return ""
        }
    }

    func noise(_ rng: inout SplitMix64) -> String {
        if rng.below(2) == 0 { return pick(CorpusGenerator.noiseSentences, &rng) }
        let words = (0..<(4 + rng.below(10))).map { _ in syllables(2 + rng.below(2), &rng).lowercased() }
        return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
    }

    /// Someone no lexicon lists, doing something.
    func invented(_ rng: inout SplitMix64) -> String {
        let name = syllables(2, &rng) + " " + syllables(2 + rng.below(2), &rng)
        switch rng.below(3) {
        case 0: return "\(name) met \(actor(&rng)) on \(day(&rng, from: 2023).description)."
        case 1: return "The \(syllables(2, &rng)) Front criticized \(actor(&rng))."
        default: return "\(name), a spokesman, said nothing was agreed."
        }
    }

    func mention(_ rng: inout SplitMix64) -> String {
        "Analysts in \(pick(capitalsOrKabul, &rng)) expect little from \(actor(&rng)) this year."
    }

    func actor(_ rng: inout SplitMix64) -> String {
        switch rng.below(5) {
        case 0, 1: return pick(people, &rng)
        case 2: return pick(organizations, &rng)
        default: return pick(countries, &rng).name
        }
    }

    var capitalsOrKabul: [String] {
        let capitals = countries.compactMap(\.capital)
        return capitals.isEmpty ? ["Kabul"] : capitals
    }

    func syllables(_ n: Int, _ rng: inout SplitMix64) -> String {
        let parts = ["ka", "ro", "zad", "mir", "sha", "ven", "tor", "il", "dar", "nu", "fa", "rid", "kho", "lem", "qa"]
        let word = (0..<n).map { _ in pick(parts, &rng) }.joined()
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    func day(_ rng: inout SplitMix64, from year: Int) -> CalendarDate {
        CalendarDate(year: year + rng.below(3), month: 1 + rng.below(12), day: 1 + rng.below(28))
    }

    func pick<T>(_ items: [T], _ rng: inout SplitMix64) -> T { items[rng.below(items.count)] }

    static let months = ["January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"]
    static let noiseSentences = [
        "Officials declined to comment.", "The statement gave no further details.",
        "Analysts said the talks were significant.", "The meeting lasted three hours.",
        "Security was tight around the venue.", "Prices of wheat rose by 4 percent.",
        "It was not clear who else attended.", "Several roads were closed for the day.",
    ]
}

extension Array {
    func nonEmpty(or fallback: [Element]) -> [Element] { isEmpty ? fallback : self }
}
