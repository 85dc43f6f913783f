import ParleyModel

/// Opposition a sentence states through a group's stance rather than through a verb:
/// - arming, paying or recruiting a group armed against a target works against it:
///   "the Guard recruited anti-Taliban fighters" -> the Guard opposes the Taliban;
/// - a group labelled "the opposition" stands against the rule the sentence names:
///   "Rahmon supported the opposition Northern Alliance during the Taliban's reign" ->
///   the Northern Alliance opposes the Taliban;
/// - a bounty on someone's head opposes them ("a Taliban bounty on his head").
/// It also holds `appealTrips`: a trip or meeting framed by an opening phrase of appeal
/// ("In another round of appeals ..., X held meetings in France") seeks support.
extension RelationExtractor {
    func stanceRelations(_ v: ClauseView, after found: [RelationCandidate]) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        for c in found where c.relation == .supports && cues.materialSupport.contains(v.tokens[c.trigger]) {
            guard let group = v.mentions.first(where: { $0.actorID == c.target && $0.stance == .opposes }),
                  let target = group.stanceTarget, target != c.source,
                  group.tokens.contains(where: { cues.armedNouns.contains(v.tokens[$0]) }) else { continue }
            out.append(RelationCandidate(relation: .opposes, source: c.source, target: target,
                                         sentence: c.sentence, trigger: c.trigger))
        }
        return out + oppositionToRule(v) + bounties(v)
    }

    /// "Pedram, who has a $200,000 Taliban bounty on his head", "the bounty the Taliban put
    /// on his head": whoever sets a bounty on someone works against them.
    /// "In another round of appeals to foreign countries, Massoud held meetings in France",
    /// "Seeking more weapons, Zelensky travelled to Washington": a trip or meeting framed by
    /// an opening phrase of appeal asks its host for support.
    func appealTrips(_ v: ClauseView, after found: [RelationCandidate]) -> [RelationCandidate] {
        let t = v.tokens
        guard let comma = t.indices.first(where: { t[$0].folded == "," }), comma <= 12,
              !(0..<comma).contains(where: { v.covering[$0] != nil }),
              (0..<comma).contains(where: { Self.appealWords.contains(t[$0].folded) }) else { return [] }
        var out: [RelationCandidate] = []
        for c in found where [.visited, .metWith].contains(c.relation) && c.trigger > comma {
            out.append(RelationCandidate(relation: .seeksSupportFrom, source: c.source, target: c.target,
                                         sentence: c.sentence, trigger: c.trigger))
        }
        return out
    }

    static let appealWords: Set<String> = ["appeal", "appeals", "plea", "pleas", "seeking", "lobbying", "courting",
                                           "canvassing", "soliciting"]

    static let bountyNouns = WordSet(["bounty", "bounties", "reward"])

    static let bountyVerbs: Set<String> = ["put", "puts", "placed", "places", "offered", "offers", "set", "sets",
                                           "announced", "announces", "issued", "issues", "posted", "posts"]

    func bounties(_ v: ClauseView) -> [RelationCandidate] {
        let t = v.tokens
        var out: [RelationCandidate] = []
        for b in t.indices where Self.bountyNouns.contains(t[b]) && v.covering[b] == nil {
            // The one whose head it is: "on/in his head", "on Pedram's head", "on Pedram".
            guard let on = (b + 1..<min(t.count, b + 3)).first(where: { ["on", "in"].contains(t[$0].folded) }),
                  on + 1 < t.count, let k = v.covering[on + 1] else { continue }
            let marked = v.mentions[k]
            let afterMark = v.afterPossessive(marked)
            guard afterMark < t.count, ["head", "heads"].contains(t[afterMark].folded) else { continue }
            // Who set it: the name right before the noun ("a Taliban bounty"), or "by X" / "from X" after.
            var setter: TokenMention?
            if b > 0, let j = v.covering[b - 1], v.mentions[j].tokens.upperBound == b, !v.mentions[j].isPronoun {
                setter = v.mentions[j]
            } else if let j = v.object(after: afterMark + 1, preps: ["by", "from"], gap: 1, kinds: []) {
                setter = v.mentions[j]
            } else if (max(0, b - 4)..<b).contains(where: { Self.bountyVerbs.contains(t[$0].folded) }) {
                setter = v.subjects(before: b).first // "the Taliban placed a bounty on his head"
            }
            guard let setter, setter.actorID != marked.actorID, !v.isIrrealis(from: max(0, b - 6), to: b) else { continue }
            out.append(RelationCandidate(relation: .opposes, source: setter.actorID, target: marked.actorID,
                                         sentence: v.sentence.index, trigger: b))
        }
        return out
    }

    /// "the opposition X" and, in the same sentence, "Y's reign" or "the Y regime".
    func oppositionToRule(_ v: ClauseView) -> [RelationCandidate] {
        let t = v.tokens
        let labelled = v.mentions.filter { m in
            let k = m.tokens.lowerBound
            return k > 0 && t[k - 1].folded == "opposition" && !m.isPronoun
                && (m.isWeak || [.organization, .group].contains(m.kind))
        }
        guard !labelled.isEmpty else { return [] }
        var rulers: [(actor: String, at: Int)] = []
        for m in v.mentions where !m.isWeak {
            let next = m.tokens.upperBound
            if next + 1 < t.count, t[next].kind == .possessive, cues.incumbencyNouns.contains(t[next + 1]) {
                rulers.append((m.actorID, next + 1)) // "the Taliban's reign"
            } else if next < t.count, cues.incumbencyNouns.contains(t[next]) {
                rulers.append((m.actorID, next)) // "the Assad regime"
            }
        }
        guard !v.isIrrealis(from: 0, to: t.count) else { return [] }
        var out: [RelationCandidate] = []
        for m in labelled {
            for r in rulers where r.actor != m.actorID {
                out.append(RelationCandidate(relation: .opposes, source: m.actorID, target: r.actor,
                                             sentence: v.sentence.index, trigger: m.tokens.lowerBound - 1))
            }
        }
        return out
    }
}
