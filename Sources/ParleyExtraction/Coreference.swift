import ParleyModel

/// Resolves pronouns to the actor the text last named.
///
/// "he/him/his/she/her" take the most recent person mention within the last two
/// sentences; "it/its" the most recent organisation, group, government or country in
/// this sentence or the one before; "they/their" are left unresolved (a plural
/// antecedent is too often ambiguous for a rule this simple): no mention is better than
/// a wrong one. A pronoun only matters where a relation frame wants an actor, so "it is
/// clear" costs nothing.
struct Coreference: Sendable {
    let singular: Set<String>
    let neuter: Set<String>
    let window = 2

    init(cues: Cues) {
        singular = Set(cues.pronouns.singular)
        neuter = Set(cues.pronouns.neuter)
    }

    func resolve(_ sentences: [Sentence], mentions: [[TokenMention]]) -> [[TokenMention]] {
        var lastPerson: (id: String, sentence: Int)?
        var lastCollective: (id: String, kind: ActorKind, sentence: Int)?
        var out = mentions
        for s in sentences {
            var added: [TokenMention] = []
            var named = mentions[s.index].makeIterator()
            var next = named.next()
            for (i, token) in s.tokens.enumerated() {
                while let m = next, m.tokens.lowerBound <= i {
                    if m.kind == .person { lastPerson = (m.actorID, s.index) } else if !m.isWeak { lastCollective = (m.actorID, m.kind, s.index) }
                    next = named.next()
                }
                let antecedent: (id: String, kind: ActorKind)?
                if singular.contains(token.folded), let p = lastPerson, s.index - p.sentence <= window {
                    antecedent = (p.id, .person)
                } else if neuter.contains(token.folded), let c = lastCollective, s.index - c.sentence <= 1 {
                    antecedent = (c.id, c.kind)
                } else {
                    antecedent = nil
                }
                guard let antecedent else { continue }
                let mention = Mention(actorID: antecedent.id, span: Span(start: token.start, end: token.end),
                                      text: token.text, sentence: s.index, source: .coreference)
                added.append(TokenMention(mention: mention, tokens: i..<(i + 1), kind: antecedent.kind, isPronoun: true))
            }
            if !added.isEmpty {
                out[s.index] = (out[s.index] + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
        return out
    }
}
