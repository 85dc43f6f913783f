import ParleyModel

/// A meeting the text refers back to: "X was invited by Y. The discussions that unfolded
/// during this meeting ..." says X and Y met, and "During their dialogue, X and Y ..."
/// says it of the pair it names.
///
/// Only a definite meeting noun counts ("this meeting", "the talks", "their dialogue"),
/// never an indefinite, future or negated one, and one with its own participants
/// ("talks with Z", "the meeting between A and B") is left to the relation frames. The
/// antecedent is the last meeting-like event (met, invited, hosted) at most
/// `window` sentences back, and only when it names a single pair.
struct EventCoreference {
    /// A meeting-like event the text may refer back to.
    struct Antecedent {
        var source: String
        var target: String
        var sentence: Int
        /// Position of the event in the document's event list, for its date.
        var event: Int
    }

    static let nouns = WordSet(["meeting", "meetings", "talks", "discussions", "discussion", "dialogue",
                                     "consultations", "negotiations", "conversation", "session", "encounter"])
    static let determiners: Set<String> = ["this", "that", "these", "those", "the", "their", "such"]
    /// Words between the determiner and the noun that make the meeting another one.
    static let otherMeeting: Set<String> = ["next", "upcoming", "future", "another", "planned", "proposed",
                                            "possible", "potential", "first", "new", "further", "previous", "earlier"]
    static let ownParticipants: Set<String> = ["with", "between", "among", "of", "to"]
    static let window = 3

    private var antecedents: [Antecedent] = []

    /// Records the events a sentence stated, so later sentences can refer back to them.
    /// `firstEvent` is the position the first of them takes in the document's event list.
    mutating func record(_ candidates: [RelationCandidate], firstEvent: Int, mentions: [TokenMention]) {
        for (n, c) in candidates.enumerated() where [.metWith, .invited, .hostedBy].contains(c.relation) {
            // A city named as host is a place, not a party one meets.
            if mentions.contains(where: { [c.source, c.target].contains($0.actorID) && $0.kind == .city }) { continue }
            antecedents.append(Antecedent(source: c.source, target: c.target, sentence: c.sentence, event: firstEvent + n))
        }
    }

    /// Meetings the sentence refers back to, each with the event it continues (nil when
    /// the sentence names the participants itself).
    func references(in view: ClauseView, found: [RelationCandidate]) -> [(candidate: RelationCandidate, antecedent: Int?)] {
        guard !found.contains(where: { $0.relation == .metWith }) else { return [] }
        let sentence = view.sentence, mentions = view.mentions, t = view.tokens
        guard let noun = t.indices.first(where: { isReference(t, at: $0) }) ?? pairMeeting(t) else { return [] }
        // "The meeting will ...", "did not hold talks": the clause around the noun only, as a
        // later clause may have its own modal ("the role powers can play").
        if view.isIrrealis(from: 0, to: min(t.count, noun + 5)) { return [] }

        // "During their dialogue, A and B ...": the pair named right after.
        if t[max(0, noun - 2)..<noun].contains(where: { $0.folded == "their" }) {
            let k = view.firstMention(startingAtOrAfter: noun + 1)
            if k < mentions.count, mentions[k].tokens.lowerBound - noun <= 3 {
                let group = view.coordinatedRight(from: k)
                if group.count >= 2 {
                    return group.dropFirst().filter { $0.actorID != group[0].actorID }.map { b in
                        (RelationCandidate(relation: .metWith, source: group[0].actorID, target: b.actorID,
                                           sentence: sentence.index, trigger: noun), nil)
                    }
                }
            }
        }
        guard let last = antecedents.last, sentence.index - last.sentence <= Self.window, sentence.index > last.sentence else { return [] }
        let pairs = Set(antecedents.filter { $0.sentence == last.sentence }.map { [$0.source, $0.target].sorted() })
        guard pairs.count == 1 else { return [] }
        return [(RelationCandidate(relation: .metWith, source: last.source, target: last.target,
                                   sentence: sentence.index, trigger: noun), last.event)]
    }

    /// "The two leaders held talks", "Both ministers met on Tuesday": a pair named by a
    /// plural descriptor that meets; the position of its meeting word.
    func pairMeeting(_ t: [Token]) -> Int? {
        guard let pair = t.indices.first(where: { i in
            guard i >= 1, Self.pairNouns.contains(t[i]) else { return false }
            let before = t[max(0, i - 3)..<i].map(\.folded)
            return before.suffix(2) == ["the", "two"] || before.last == "both" || before.suffix(3) == ["the", "two", before.last ?? ""]
                && t[i - 1].kind == .word && !t[i - 1].isCapitalized
        }) else { return nil }
        // The meeting word follows within a few words, in the same clause.
        return (pair + 1..<min(t.count, pair + 6)).first { k in
            Self.nouns.contains(t[k]) || Self.meetingVerbs.contains(t[k])
        }
    }

    static let pairNouns = WordSet(["leaders", "sides", "men", "women", "ministers", "presidents", "countries",
                                    "nations", "governments", "delegations", "premiers", "counterparts", "heads"])
    static let meetingVerbs = WordSet(["met", "meet", "talked", "spoke", "discussed", "conferred", "negotiated", "consulted"])

    /// A definite meeting noun at `i` with no participants of its own.
    func isReference(_ t: [Token], at i: Int) -> Bool {
        guard i > 0, Self.nouns.contains(t[i]) else { return false }
        var d = i - 1
        if Self.otherMeeting.contains(t[d].folded) { return false }
        // One modifier may stand between: "the recent talks", "this bilateral meeting".
        if !Self.determiners.contains(t[d].folded), d > 0, t[d].kind == .word, t[d].text.first?.isLowercase == true {
            d -= 1
            if Self.otherMeeting.contains(t[d].folded) { return false }
        }
        guard Self.determiners.contains(t[d].folded) else { return false }
        if i + 1 < t.count, Self.ownParticipants.contains(t[i + 1].folded) { return false }
        return true
    }
}
