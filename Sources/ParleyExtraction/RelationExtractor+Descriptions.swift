import ParleyModel

/// Stances a sentence states by describing an actor rather than through a verb:
/// - an apposition: "Javier Milei, a harsh critic of Maduro," -> Milei criticizes Maduro;
///   "Cuba, Venezuela's closest ally," -> Cuba supports Venezuela;
/// - a predicate: "Pashinyan has become a vocal critic of Moscow", "Tajikistan emerged as
///   a backer of the resistance";
/// - a title-like noun before a name: "Putin's ally Alexander Lukashenko" -> Lukashenko
///   supports Putin.
/// Negated ("is no longer an ally of") and hypothetical ("could become a critic") ones
/// state nothing.
extension RelationExtractor {
    static let descriptorNouns = WordMap<RelationType>([
        "critic": .criticizes, "opponent": .opposes, "enemy": .opposes, "foe": .opposes, "adversary": .opposes,
        "ally": .supports, "backer": .supports, "supporter": .supports, "patron": .supports, "sponsor": .supports,
        "defender": .supports, "champion": .supports,
    ])

    /// Copulas after which a description is said of the subject ("is", "has become", "emerged as").
    static let copulas: Set<String> = ["is", "was", "remains", "remained", "became", "become", "becomes", "been"]
    static let emergence: Set<String> = ["emerged", "emerges", "emerging", "established", "positioned", "cast"]

    func describedStances(_ v: ClauseView) -> [RelationCandidate] {
        let t = v.tokens
        var out: [RelationCandidate] = []
        for n in t.indices where v.covering[n] == nil && t[n].kind == .word && !t[n].isCapitalized {
            guard let relation = Self.descriptorNouns[t[n]], let (start, owner) = descriptionStart(v, noun: n) else { continue }
            // Whom the description is of: "of Y" after the noun, or the possessor before it.
            var target = owner
            if target == nil, n + 1 < t.count, t[n + 1].folded == "of" {
                var j = n + 2
                while j < t.count, v.cues.fillers.contains(t[j]) { j += 1 }
                if j < t.count, let k = v.covering[j], v.mentions[k].tokens.lowerBound >= n + 2 {
                    target = k
                }
            }
            guard let target else { continue }
            // Who is described: the name before the apposition's comma, the subject of the
            // copula, or the name right after the noun ("Putin's ally Lukashenko").
            var source: Int?
            if start > 1, t[start - 1].folded == ",", let h = v.covering[start - 2], v.mentions[h].tokens.upperBound == start - 1,
               !v.isPossessor(v.mentions[h]) {
                source = h
            } else if start > 0, Self.copulas.contains(t[start - 1].folded)
                        || t[start - 1].folded == "as" && start > 1 && Self.emergence.contains(t[start - 2].folded) {
                let verb = t[start - 1].folded == "as" ? start - 2 : start - 1
                var first = verb
                while first > 0, v.covering[first - 1] == nil, v.cues.auxiliaries.contains(t[first - 1])
                        || v.cues.perfectAuxiliaries.contains(t[first - 1]) {
                    first -= 1
                }
                if !v.isIrrealis(from: max(0, first - 3), to: n), let subject = v.subjects(before: first).first {
                    source = v.mentions.firstIndex(of: subject)
                }
            } else if owner != nil, n + 1 < t.count, let k = v.covering[n + 1], v.mentions[k].tokens.lowerBound == n + 1,
                      v.mentions[k].kind == .person {
                source = k
            }
            guard let source, v.mentions[source].actorID != v.mentions[target].actorID else { continue }
            out.append(RelationCandidate(relation: relation, source: v.mentions[source].actorID,
                                         target: v.mentions[target].actorID, sentence: v.sentence.index, trigger: n))
        }
        return out
    }

    /// Where the description holding the noun at `n` starts ("a harsh critic", "Venezuela's
    /// closest ally"), and the possessor that owns it, if any: a determiner or a possessor,
    /// then up to three lower-case modifiers. No negation may stand there.
    func descriptionStart(_ v: ClauseView, noun n: Int) -> (start: Int, owner: Int?)? {
        let t = v.tokens
        var i = n - 1
        var modifiers = 0
        while i >= 0, modifiers < 3, v.covering[i] == nil, t[i].kind == .word, !t[i].isCapitalized,
              !v.cues.articles.contains(t[i]), !v.cues.prepositions.contains(t[i]),
              !v.cues.irrealis.contains(t[i]) {
            i -= 1
            modifiers += 1
        }
        guard i >= 0 else { return nil }
        if v.cues.articles.contains(t[i]) { return (i, nil) }
        if t[i].kind == .possessive, let k = v.covering[i - 1], !v.mentions[k].isPronoun {
            return (v.mentions[k].tokens.lowerBound, k)
        }
        return nil
    }
}
