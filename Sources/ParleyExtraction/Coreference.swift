import ParleyModel

/// Resolves personal pronouns to the person the text last named.
///
/// "he/him/his/she/her" take the most recent person mention within the last two
/// sentences; "they/their" are left unresolved (a plural antecedent is too often
/// ambiguous for a rule this simple): no mention is better than a wrong one.
struct Coreference: Sendable {
    let singular: Set<String>
    let window = 2

    init(cues: Cues) {
        singular = Set(cues.pronouns.singular)
    }

    func resolve(_ sentences: [Sentence], mentions: [[TokenMention]]) -> [[TokenMention]] {
        var lastPerson: (id: String, sentence: Int)?
        var out = mentions
        for s in sentences {
            var added: [TokenMention] = []
            var named = mentions[s.index].makeIterator()
            var next = named.next()
            for (i, token) in s.tokens.enumerated() {
                while let m = next, m.tokens.lowerBound <= i {
                    if m.kind == .person { lastPerson = (m.actorID, s.index) }
                    next = named.next()
                }
                guard singular.contains(token.folded), let antecedent = lastPerson,
                      s.index - antecedent.sentence <= window else { continue }
                let mention = Mention(actorID: antecedent.id, span: Span(start: token.start, end: token.end),
                                      text: token.text, sentence: s.index, source: .coreference)
                added.append(TokenMention(mention: mention, tokens: i..<(i + 1), kind: .person, isPronoun: true))
            }
            if !added.isEmpty {
                out[s.index] = (out[s.index] + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
        return out
    }
}
