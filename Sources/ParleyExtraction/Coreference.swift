import ParleyModel

/// Resolves pronouns to the actor the text last named.
///
/// "he/him/his/she/her" take the most recent person mention before them in their
/// sentence or, when there is none, the first person (the likely subject) of the last
/// sentence that names one, within the last two sentences; "it/its" the most recent organisation, group, government or country in
/// this sentence or the one before; "they/their" are left unresolved (a plural
/// antecedent is too often ambiguous for a rule this simple): no mention is better than
/// a wrong one. A pronoun only matters where a relation frame wants an actor, so "it is
/// clear" costs nothing.
///
/// A definite group noun on its own ("the opposition", "the opponents") takes the group
/// the document last named by a noun of the same stance ("the opponents of the Islamic
/// Emirate") within the last `groupWindow` sentences.
struct Coreference: Sendable {
    let singular: WordSet
    let neuter: WordSet
    let stanceNouns: WordMap<RelationType>
    let window = 2
    let groupWindow = 8

    let possessive: Set<String> = ["his", "her"]
    let obliquePrepositions: Set<String> = ["with", "to", "for", "by", "from", "against"]

    init(cues: Cues) {
        singular = WordSet(cues.pronouns.singular)
        neuter = WordSet(cues.pronouns.neuter)
        stanceNouns = WordMap(cues.stanceNouns.filter { !$0.key.hasSuffix("-") })
    }

    /// "the opposition" standing alone at token `i`: the stance its noun states.
    func groupDescriptor(_ t: [Token], at i: Int) -> RelationType? {
        guard i > 0, let stance = stanceNouns[t[i]], t[i - 1].folded == "the" else { return nil }
        if i + 1 < t.count {
            let next = t[i + 1]
            // "the opponents of X" is a group of its own; "the opposition Northern Alliance" names one.
            if ["of", "to", "against", "'s"].contains(next.folded) || next.kind == .possessive || (next.kind == .word && next.isCapitalized) { return nil }
        }
        return stance
    }

    /// Whether a preposition governs the name at `start` (a title may stand between: "with Mr. X").
    func isOblique(_ t: [Token], before start: Int) -> Bool {
        var k = start - 1
        while k >= 0, k >= start - 3, t[k].kind == .word || t[k].text == ".", !obliquePrepositions.contains(t[k].folded) {
            guard t[k].isCapitalized || t[k].text == "." else { return false }
            k -= 1
        }
        return k >= 0 && obliquePrepositions.contains(t[k].folded)
    }

    /// Whether the words from `from` up to the pronoun at `to` make the name before them
    /// the subject of the pronoun's verb: ", who invited", "has told", "then thanked".
    func isSubject(_ t: [Token], from: Int, to: Int) -> Bool {
        guard from >= 0, from < to, to - from <= 5 else { return false }
        var verbs = 0
        for k in from..<to {
            let w = t[k].folded
            if w == "," || w == "who" || Self.verbGroupWords.contains(w) || w.hasSuffix("ly") { continue }
            guard t[k].kind == .word, !t[k].isCapitalized, !obliquePrepositions.contains(w), w != "and", w != "or" else { return false }
            verbs += 1
        }
        return verbs == 1
    }

    static let verbGroupWords: Set<String> = ["has", "have", "had", "did", "does", "was", "is", "also", "then",
                                              "later", "already", "once", "again", "reportedly"]

    func resolve(_ sentences: [Sentence], mentions: [[TokenMention]]) -> [[TokenMention]] {
        var lastPerson: (id: String, sentence: Int)?
        var subjectPerson: (id: String, sentence: Int)? // the first person of the last sentence naming one
        var lastCollective: (id: String, kind: ActorKind, sentence: Int)?
        var lastGroup: [RelationType: (id: String, sentence: Int)] = [:]
        var trail: [String] = [] // the people named or referred to, most recent last, no repeats in a row
        var out = mentions
        for s in sentences {
            var added: [TokenMention] = []
            var named = mentions[s.index].makeIterator()
            var next = named.next()
            var coveredUpTo = 0
            // The person the sentence opens with, and whether the last person named sits
            // after a preposition ("discussed it with Mr. Netanyahu during his visit": "his"
            // is the subject's, not the object's).
            var opener: String?
            var lastIsOblique = false
            var lastPersonEnd = -1
            // Tokens are read in place: copying each would retain and release its strings.
            for i in s.tokens.indices {
                while let m = next, m.tokens.lowerBound <= i {
                    if m.kind == .person {
                        if trail.last != m.actorID { trail.append(m.actorID) }
                        lastPersonEnd = m.tokens.upperBound
                        if lastPerson?.sentence != s.index { subjectPerson = (m.actorID, s.index) }
                        lastPerson = (m.actorID, s.index)
                        if m.tokens.lowerBound <= 1 { opener = m.actorID }
                        lastIsOblique = isOblique(s.tokens, before: m.tokens.lowerBound)
                    } else if !m.isWeak {
                        lastCollective = (m.actorID, m.kind, s.index)
                    }
                    if let stance = m.stance { lastGroup[stance] = (m.actorID, s.index) }
                    coveredUpTo = max(coveredUpTo, m.tokens.upperBound)
                    next = named.next()
                }
                // A word inside a name ("His Majesty's Government") is no pronoun.
                guard i >= coveredUpTo else { continue }
                let antecedent: (id: String, kind: ActorKind, isPronoun: Bool)?
                if let stance = groupDescriptor(s.tokens, at: i), let g = lastGroup[stance],
                   s.index - g.sentence <= groupWindow {
                    antecedent = (g.id, .group, false) // a descriptor, not a pronoun
                } else if singular.contains(s.tokens[i]), let p = lastPerson, s.index - p.sentence <= window {
                    var earlier = p.sentence == s.index ? p : (subjectPerson ?? p)
                    if possessive.contains(s.tokens[i].folded), p.sentence == s.index, lastIsOblique, let opener, opener != p.id {
                        earlier = (opener, s.index)
                    }
                    if p.sentence == s.index, s.tokens[i].folded == "him", isSubject(s.tokens, from: lastPersonEnd, to: i),
                       let other = trail.last(where: { $0 != p.id }) {
                        // "Putin, who invited him": an object pronoun is not its own clause's subject.
                        earlier = (other, s.index)
                    }
                    antecedent = (earlier.id, .person, true)
                    if trail.last != earlier.id { trail.append(earlier.id) }
                    if i <= 1, !possessive.contains(s.tokens[i].folded) { opener = earlier.id }
                } else if neuter.contains(s.tokens[i]), let c = lastCollective, s.index - c.sentence <= 1 {
                    antecedent = (c.id, c.kind, true)
                } else {
                    antecedent = nil
                }
                guard let antecedent else { continue }
                let mention = Mention(actorID: antecedent.id, span: Span(start: s.tokens[i].start, end: s.tokens[i].end),
                                      text: s.tokens[i].text, sentence: s.index, source: .coreference)
                added.append(TokenMention(mention: mention, tokens: i..<(i + 1), kind: antecedent.kind, isPronoun: antecedent.isPronoun))
            }
            if !added.isEmpty {
                out[s.index] = (out[s.index] + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
        return out
    }
}
