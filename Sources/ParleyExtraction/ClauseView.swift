import ParleyModel

/// One sentence with its mentions, and the shallow-syntax questions frames ask of it:
/// which preposition governs a name, which name is the clause subject, what coordinates.
struct ClauseView {
    let sentence: Sentence
    let mentions: [TokenMention]
    let cues: CueSets
    /// Token index -> index of the mention covering it.
    let covering: [Int: Int]

    init(sentence: Sentence, mentions: [TokenMention], cues: CueSets) {
        self.sentence = sentence
        self.mentions = mentions
        self.cues = cues
        var covering: [Int: Int] = [:]
        for (k, m) in mentions.enumerated() { for i in m.tokens where covering[i] == nil { covering[i] = k } }
        self.covering = covering
    }

    var tokens: [Token] { sentence.tokens }

    /// A possessor modifies the next noun ("Massoud's visit", "his request").
    func isPossessor(_ m: TokenMention) -> Bool {
        if m.isPronoun { return cues.possessivePronouns.contains(tokens[m.tokens.lowerBound].folded) }
        let next = m.tokens.upperBound
        return next < tokens.count && tokens[next].kind == .possessive
    }

    /// The preposition that governs the noun phrase starting at token `start`, if any.
    func governingPreposition(before start: Int) -> (word: String, at: Int)? {
        var i = start - 1
        var steps = 0
        while i >= 0, steps < 5 {
            let t = tokens[i]
            if cues.prepositions.contains(t.folded) { return (t.folded, i) }
            if t.kind == .possessive || cues.fillers.contains(t.folded) {
                i -= 1; steps += 1; continue
            }
            if let k = covering[i], isPossessor(mentions[k]) {
                i = mentions[k].tokens.lowerBound - 1; steps += 1; continue
            }
            return nil
        }
        return nil
    }

    func preposition(of m: TokenMention) -> String? { governingPreposition(before: m.tokens.lowerBound)?.word }

    /// Whether a clause break stands between two token positions.
    func hasBreak(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        return (a..<b).contains { cues.clauseBreaks.contains(tokens[$0].folded) }
    }

    /// Negation, modality or irrealis between two token positions ("did not", "will", "hopes to").
    func isIrrealis(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        return (a..<b).contains { i in covering[i] == nil && cues.irrealis.contains(tokens[i].folded) }
    }

    /// The subject of the clause whose verb starts at `trigger`: the nearest name to the
    /// left that no preposition governs and that is not a possessor, with its coordinated names.
    func subjects(before trigger: Int, maxDistance: Int = 30) -> [TokenMention] {
        guard let k = mentions.lastIndex(where: { m in
            m.tokens.upperBound <= trigger && trigger - m.tokens.upperBound <= maxDistance
                && !isPossessor(m) && preposition(of: m) == nil && !hasBreak(from: m.tokens.upperBound, to: trigger)
        }) else { return [] }
        return coordinatedLeft(from: k)
    }

    /// "A, B and C" ending at mention k, gathered leftwards.
    func coordinatedLeft(from k: Int) -> [TokenMention] {
        var group = [mentions[k]]
        var j = k
        while j > 0 {
            let prev = mentions[j - 1]
            let between = (prev.tokens.upperBound..<mentions[j].tokens.lowerBound).map { tokens[$0].folded }
            guard !between.isEmpty, between.allSatisfy({ $0 == "," || $0 == "and" || $0 == "the" }),
                  between.contains(where: { $0 == "," || $0 == "and" }), !isPossessor(prev) else { break }
            group.insert(prev, at: 0)
            j -= 1
        }
        return group
    }

    /// "A, B and C" starting at mention k, gathered rightwards.
    func coordinatedRight(from k: Int) -> [TokenMention] {
        var group = [mentions[k]]
        var j = k
        while j + 1 < mentions.count {
            let next = mentions[j + 1]
            let between = (mentions[j].tokens.upperBound..<next.tokens.lowerBound).map { tokens[$0].folded }
            guard !between.isEmpty, between.allSatisfy({ $0 == "," || $0 == "and" || cues.fillers.contains($0) }),
                  between.contains(where: { $0 == "," || $0 == "and" }) else { break }
            group.append(next)
            j += 1
        }
        return group
    }

    /// The first mention after `from` governed by one of `preps` (or by none, for "direct"),
    /// within `gap` words of `from`; names governed otherwise are passed over.
    func object(after from: Int, preps: [String], gap: Int, kinds: [ActorKind], limit: Int = 12) -> Int? {
        for (k, m) in mentions.enumerated() where m.tokens.lowerBound >= from && !isPossessor(m) {
            if m.tokens.lowerBound - from > gap + limit || hasBreak(from: from, to: m.tokens.lowerBound) { return nil }
            let governor = governingPreposition(before: m.tokens.lowerBound)
            let allowed: Bool
            if let governor, governor.at >= from {
                allowed = preps.contains(governor.word) && governor.at - from <= gap
            } else {
                allowed = preps.contains("direct") && m.tokens.lowerBound - from <= 4
                    && (from..<m.tokens.lowerBound).allSatisfy { covering[$0] != nil || cues.fillers.contains(tokens[$0].folded) }
            }
            if allowed && (kinds.isEmpty || kinds.contains(m.kind)) { return k }
        }
        return nil
    }
}

/// Cue words as sets, built once per pipeline.
struct CueSets: Sendable {
    let prepositions: Set<String>
    let fillers: Set<String>
    let clauseBreaks: Set<String>
    let irrealis: Set<String>
    let possessivePronouns: Set<String> = ["his", "her", "their", "its"]
    let auxiliaries: Set<String> = ["was", "were", "is", "are", "been", "being", "be", "got", "get", "gets"]

    init(_ cues: Cues) {
        prepositions = Set(cues.prepositions)
        fillers = Set(cues.nounPhraseFillers)
        clauseBreaks = Set(cues.clauseBreaks)
        irrealis = Set(cues.negations + cues.modals + cues.irrealis)
    }
}
