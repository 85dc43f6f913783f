import ParleyModel

/// Reads relations from a sentence by matching verb and noun frames (relations.yaml)
/// against its mentions: active and passive verbs, fronted participles ("Based in X,
/// Y ..."), event nouns with possessors and prepositions, coordination on either side.
/// A clause with negation, a modal or a wish before its trigger yields nothing.
struct RelationExtractor: Sendable {
    struct Trigger: Sendable {
        var tokens: [String]
        var frame: Int
    }

    let verbs: [VerbFrame]
    let nouns: [NounFrame]
    let verbIndex: WordMap<[Trigger]>
    let nounIndex: WordMap<[Trigger]>
    let cues: CueSets
    /// Every word that can signal a relation, so name finding leaves them alone.
    let triggerWords: Set<String>
    /// Predicates that make reported speech criticism of their subject.
    let damning: WordSet

    init(frames: RelationFrames, cues: Cues) {
        verbs = frames.verbs
        nouns = frames.nouns
        let verbForms: [String] = frames.verbs.flatMap { $0.forms + $0.passive }
        self.cues = CueSets(cues, verbForms: verbForms.compactMap { form in form.split(separator: " ").last.map(String.init) })
        func index(_ forms: [[String]]) -> WordMap<[Trigger]> {
            var out: [String: [Trigger]] = [:]
            for (f, list) in forms.enumerated() {
                for form in list {
                    let words = form.split(separator: " ").map(String.init)
                    guard let first = words.first else { continue }
                    out[first, default: []].append(Trigger(tokens: words, frame: f))
                }
            }
            return WordMap(out.mapValues { $0.sorted { $0.tokens.count > $1.tokens.count } })
        }
        verbIndex = index(verbs.map { $0.forms + $0.passive })
        let nounForms: [String] = frames.nouns.flatMap(\.forms)
        triggerWords = Set(verbForms + nounForms)
        nounIndex = index(nouns.map(\.forms))
        damning = WordSet(frames.reportedCriticism ?? [])
    }

    func relations(in view: ClauseView) -> [RelationCandidate] {
        let sentence = view.sentence, mentions = view.mentions
        guard mentions.count >= 1 else { return [] }
        // A group named by its stance states the relation itself: "the opponents of X".
        var out: [RelationCandidate] = mentions.compactMap { m in
            guard let relation = m.stance, let target = m.stanceTarget, target != m.actorID else { return nil }
            return RelationCandidate(relation: relation, source: m.actorID, target: target, sentence: sentence.index,
                                     trigger: m.tokens.lowerBound)
        }
        for i in sentence.tokens.indices where view.covering[i] == nil {
            for trigger in verbIndex[sentence.tokens[i]] ?? [] where matches(trigger, sentence.tokens, i) {
                out += verbRelations(view, frame: verbs[trigger.frame], at: i, length: trigger.tokens.count)
            }
            for trigger in nounIndex[sentence.tokens[i]] ?? [] where matches(trigger, sentence.tokens, i) {
                out += nounRelations(view, frame: nouns[trigger.frame], at: i, length: trigger.tokens.count)
            }
        }
        out += heldMeetings(view, after: out) + hostedMeetings(view, after: out)
        return out + appealTrips(view, after: out) + stanceRelations(view, after: out) + reportedCriticism(view)
            + describedStances(view)
    }

    func matches(_ trigger: Trigger, _ tokens: [Token], _ i: Int) -> Bool {
        guard i + trigger.tokens.count <= tokens.count else { return false }
        return trigger.tokens.indices.allSatisfy { tokens[i + $0].folded == trigger.tokens[$0] }
    }

    func verbRelations(_ v: ClauseView, frame: VerbFrame, at i: Int, length: Int) -> [RelationCandidate] {
        let end = i + length
        let word = v.tokens[i].folded
        let passiveVoice = auxiliaryBefore(v, i)
        // "Aliyev, backed by Turkey, ...": a participle after a name and a comma is passive too.
        let reduced = !passiveVoice && i >= 2 && v.tokens[i - 1].folded == "," && v.covering[i - 2] != nil
            && end < v.tokens.count && v.tokens[end].folded == "by"
        let isPassive = length == 1 && frame.passive.contains(word) && (passiveVoice || reduced)
        if !isPassive && !frame.forms.contains(v.tokens[i..<end].map(\.folded).joined(separator: " ")) { return [] }
        // "hosted the talks", "spoke by phone": after an article (or "by", but for a gerund)
        // the form is a noun, no verb.
        if i > 0, v.covering[i - 1] == nil, v.cues.articles.contains(v.tokens[i - 1])
            || v.tokens[i - 1].folded == "by" && !word.hasSuffix("ing") { return [] }
        // "condemned an attack by X" reads X as the attacker; after "was" the by-phrase is the agent.
        if !isPassive, passiveVoice, frame.object.contains("by") { return [] }
        var subjects = reduced && isPassive ? v.coordinatedLeft(from: v.covering[i - 2]!) : v.subjects(before: i)
        if !frame.subjectKinds.isEmpty, subjects.contains(where: { !$0.fits(frame.subjectKinds) }) { return [] }
        let subjectEnd = subjects.last?.tokens.upperBound ?? max(0, i - 4)
        if v.isIrrealis(from: v.pastRelativeClause(subjectEnd, before: i), to: i) || v.isNonFactualInfinitive(i) { return [] }

        if isPassive {
            guard let agentIndex = v.object(after: end, preps: ["by"], gap: 3, kinds: []) else { return [] }
            let agents = v.coordinatedRight(from: agentIndex)
            // The agent is the active voice's subject: "Modi was received by Putin" meets only
            // when a person received him.
            if !frame.subjectKinds.isEmpty, agents.contains(where: { !$0.fits(frame.subjectKinds) }) { return [] }
            // Active: source = subject, target = object; the passive subject is the object.
            return pairs(frame.swap ? subjects : agents, frame.swap ? agents : subjects, frame.relation, v, i)
        }
        var objectIndex = frame.object.isEmpty ? nil
            : v.object(after: end, preps: frame.object, gap: frame.gap, kinds: frame.objectKinds)
        if let k = objectIndex, !frame.requires.isEmpty,
           !(end..<v.mentions[k].tokens.lowerBound).contains(where: { frame.requires.contains(v.tokens[$0].folded) }) {
            objectIndex = nil
        }
        if let k = objectIndex, frame.objectSupport, !v.mentions[k].isSupport { objectIndex = nil }
        // "hosted the BRICS summit": a name before a meeting noun only qualifies the meeting.
        if let k = objectIndex, [.hostedBy, .metWith].contains(frame.relation), frame.object.contains("direct"),
           v.mentions[k].tokens.upperBound < v.tokens.count,
           RelationExtractor.meetingNouns.contains(v.tokens[v.mentions[k].tokens.upperBound].folded) {
            objectIndex = nil
        }
        if let k = objectIndex, !frame.follows.isEmpty {
            let after = v.mentions[k].tokens.upperBound
            if !(after..<min(v.tokens.count, after + 6)).contains(where: { frame.follows.contains(v.tokens[$0].folded) }) { objectIndex = nil }
        }
        if frame.object.contains("direct"), [.criticizes, .supports, .opposes].contains(frame.relation),
           let owner = v.actOwner(after: end), objectIndex.map({ owner < $0 }) ?? true {
            // "condemned North Korea's missile launch" judges North Korea; in "opposed
            // Sweden's NATO membership bid" the bid is Sweden's, not NATO's.
            objectIndex = owner
        }
        guard let objectIndex else {
            // "A and B met": a symmetric verb with a coordinated subject and no object.
            if frame.relation.isSymmetric, subjects.count >= 2, let last = subjects.last, i - last.tokens.upperBound <= 2 {
                return pairs(Array(subjects.prefix(1)), Array(subjects.dropFirst()), frame.relation, v, i)
            }
            return []
        }
        let objects = v.coordinatedRight(from: objectIndex)
        // "Isaias hosted Mohamud and el-Sisi for a summit": guests hosted for one meeting meet
        // each other (hosted on their own, they need not have met).
        var guestsMeet: [RelationCandidate] = []
        if frame.relation == .hostedBy, frame.swap, objects.count >= 2,
           v.tokens[objects.last!.tokens.upperBound...].contains(where: { RelationExtractor.jointMeetingWords.contains($0.folded) }) {
            guestsMeet = pairs(Array(objects.prefix(1)), Array(objects.dropFirst()), .metWith, v, i)
        }
        if subjects.isEmpty && frame.fronted {
            // "Based in Dushanbe, the capital of Tajikistan, Amrullah Saleh ...".
            let after = objects.last?.tokens.upperBound ?? end
            if let k = v.mentions.firstIndex(where: { m in
                m.tokens.lowerBound >= after && m.tokens.lowerBound - after <= 15 && !v.isPossessor(m)
                    && v.preposition(of: m) == nil
            }) {
                subjects = v.coordinatedRight(from: k)
            }
        }
        return (frame.swap ? pairs(objects, subjects, frame.relation, v, i)
                           : pairs(subjects, objects, frame.relation, v, i)) + guestsMeet
    }

    func nounRelations(_ v: ClauseView, frame: NounFrame, at i: Int, length: Int) -> [RelationCandidate] {
        let end = i + length
        /// The mentions of the first slot that is filled, and that slot's name.
        func fill(_ slots: [String], exclude: Set<String>) -> (mentions: [TokenMention], slot: String) {
            for slot in slots {
                switch slot {
                case "possessor":
                    // The possessor stands right before the noun: look back a few mentions only.
                    let before = v.firstMention(startingAtOrAfter: i)
                    if let k = (max(0, before - 3)..<before).last(where: { v.mentions[$0].tokens.upperBound <= i && v.isPossessor(v.mentions[$0]) }),
                       possessorReaches(v, v.mentions[k], i) { return ([v.mentions[k]], slot) }
                case "subject":
                    // The object of a clause verb ("held talks", "received an invitation"), not
                    // of one that only speaks of it ("called accusations against X a narrative").
                    // In "during a visit to X" the clause subject is the visitor, and in "at the
                    // invitation of X" (on, upon, following) the one invited.
                    if let governor = v.governingPreposition(before: i) {
                        guard governor.word == "during" || governor.word == "on" && frame.relation == .visited
                            || ["at", "on", "upon", "following"].contains(governor.word) && frame.relation == .invited else { continue }
                    } else if v.isTopicOfVerb(i) {
                        continue
                    }
                    let s = v.subjects(before: i, maxDistance: 20)
                    if !s.isEmpty { return (s, slot) }
                case "between":
                    if let k = v.object(after: end, preps: ["between"], gap: 0, kinds: []) {
                        let group = v.coordinatedRight(from: k)
                        if group.count >= 2 { return (group, slot) }
                    }
                default:
                    // "hosted the talks, spoke with X": a comma ends the noun's phrase.
                    if let k = v.object(after: end, preps: [slot], gap: frame.gap, kinds: []),
                       !exclude.contains(v.mentions[k].actorID),
                       !(end..<v.mentions[k].tokens.lowerBound).contains(where: { v.tokens[$0].folded == "," }) {
                        return (v.coordinatedRight(from: k), slot)
                    }
                }
            }
            return ([], "")
        }
        let (sources, sourceSlot) = fill(frame.source, exclude: [])
        if sourceSlot == "between" {
            // "a meeting between A and B": the pair are both sides, unless the clause before
            // the noun makes it unreal ("will host talks between").
            if v.isIrrealis(from: max(0, i - 6), to: i) { return [] }
            return pairs(Array(sources.prefix(1)), Array(sources.dropFirst()), frame.relation, v, i)
        }
        let targets = fill(frame.target.filter { $0 != "between" }, exclude: Set(sources.map(\.actorID))).mentions
            .filter { $0.fits(frame.targetKinds) }
        if targets.isEmpty, frame.relation.isSymmetric, sourceSlot == "subject", sources.count >= 2 {
            // "Modi and Xi held a rare conversation": the coordinated subject are both sides.
            let start = sources.last!.tokens.upperBound
            if start <= i, i - start <= 5, !(start..<i).contains(where: { v.tokens[$0].folded == "," }),
               !v.isIrrealis(from: start, to: i) {
                return pairs(Array(sources.prefix(1)), Array(sources.dropFirst()), frame.relation, v, i)
            }
        }
        guard !sources.isEmpty, !targets.isEmpty else { return [] }
        let start = sources.map(\.tokens.upperBound).filter { $0 <= i }.max() ?? max(0, i - 4)
        if v.isIrrealis(from: start, to: i) { return [] }
        return pairs(sources, targets, frame.relation, v, i)
    }

    /// "Massoud's visit", "Massoud's recent visit", "his request": a possessor three words at most before the noun.
    func possessorReaches(_ v: ClauseView, _ m: TokenMention, _ noun: Int) -> Bool {
        let from = v.afterPossessive(m)
        return noun - from <= 2 && (from..<noun).allSatisfy { v.covering[$0] == nil && v.tokens[$0].kind == .word }
    }

    func auxiliaryBefore(_ v: ClauseView, _ i: Int) -> Bool {
        var k = i - 1
        var adverbs = 0
        while k >= 0, adverbs <= 2 {
            let w = v.tokens[k].folded
            if cues.auxiliaries.contains(w) { return true }
            guard v.tokens[k].kind == .word, w.hasSuffix("ly") || ["also", "already", "once", "again", "then", "not"].contains(w) else { return false }
            adverbs += 1
            k -= 1
        }
        return false
    }

    func pairs(_ sources: [TokenMention], _ targets: [TokenMention], _ relation: RelationType,
               _ v: ClauseView, _ trigger: Int) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        for s in sources {
            for t in targets where s.actorID != t.actorID {
                out.append(RelationCandidate(relation: relation, source: s.actorID, target: t.actorID,
                                             sentence: v.sentence.index, trigger: trigger))
            }
        }
        return out
    }
}
