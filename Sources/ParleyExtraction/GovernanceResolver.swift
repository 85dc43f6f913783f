import ParleyModel

/// Reads a country named as an actor as the government that holds it, where a lexicon
/// says one took over ("Afghanistan", "Kabul" -> the Taliban after 15 August 2021): in
/// documents published since, and in undated documents whose text speaks of that
/// government as such (one of its cue phrases appears).
struct GovernanceResolver: Sendable {
    struct Rule: Sendable {
        var governor: String
        var kind: ActorKind
        var country: String
        var since: CalendarDate
        /// Each cue phrase's tokens.
        var cues: [[Token]]
    }

    let rules: [Rule]
    /// The first word of each cue phrase -> (rule, cue) indices, so that an undated
    /// document is read once for all rules' cues.
    private let cueStarts: WordMap<[(rule: Int, cue: Int)]>

    init(lexicon: Lexicon) {
        let tokenizer = Tokenizer()
        rules = lexicon.order.compactMap { id in
            guard let e = lexicon[id], let g = e.governs else { return nil }
            let cues = g.cues.map { cue -> [Token] in
                let s = Array(cue.unicodeScalars)
                return tokenizer.tokens(in: s, range: 0..<s.count)
            }
            return Rule(governor: e.id, kind: e.kind, country: g.country, since: g.since, cues: cues)
        }
        var starts = WordMap<[(rule: Int, cue: Int)]>()
        for (r, rule) in rules.enumerated() {
            for (c, cue) in rule.cues.enumerated() {
                guard let first = cue.first else { continue }
                starts.set(first.folded, hash: first.wordHash, (starts[first] ?? []) + [(r, c)])
            }
        }
        cueStarts = starts
    }

    /// country id -> (governor id, kind) for this document.
    func takeovers(in sentences: [Sentence], published: CalendarDate?) -> [String: (String, ActorKind)] {
        var out: [String: (String, ActorKind)] = [:]
        let cited = published == nil ? citedRules(in: sentences) : []
        for (r, rule) in rules.enumerated() where published.map({ $0 >= rule.since }) ?? cited.contains(r) {
            out[rule.country] = (rule.governor, rule.kind)
        }
        return out
    }

    /// The rules one of whose cue phrases the text holds.
    func citedRules(in sentences: [Sentence]) -> Set<Int> {
        var found = Set<Int>()
        for s in sentences {
            let t = s.tokens
            for i in t.indices {
                guard let starts = cueStarts[t[i]] else { continue }
                for (r, c) in starts where !found.contains(r) {
                    let cue = rules[r].cues[c]
                    if i + cue.count <= t.count, (0..<cue.count).allSatisfy({ t[i + $0].isSameWord(cue[$0]) }) { found.insert(r) }
                }
            }
        }
        return found
    }
}
