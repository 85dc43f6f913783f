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
    }

    /// country id -> (governor id, kind) for this document.
    func takeovers(in sentences: [Sentence], published: CalendarDate?) -> [String: (String, ActorKind)] {
        var out: [String: (String, ActorKind)] = [:]
        for rule in rules where applies(rule, sentences, published) { out[rule.country] = (rule.governor, rule.kind) }
        return out
    }

    func applies(_ rule: Rule, _ sentences: [Sentence], _ published: CalendarDate?) -> Bool {
        if let published { return published >= rule.since }
        return sentences.contains { s in
            let t = s.tokens
            return rule.cues.contains { cue in
                t.indices.contains { i in i + cue.count <= t.count && (0..<cue.count).allSatisfy { t[i + $0].isSameWord(cue[$0]) } }
            }
        }
    }
}
