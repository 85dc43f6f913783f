import ParleyModel

/// "Moscow hosted the opponents on the 2nd, on the 6th the meeting was held in Dushanbe,
/// then on the 12th the third Vienna meeting was held": a meeting said to be held in a
/// place, with no participants of its own, continues the hosting named before it in the
/// sentence, so its guests are hosted by that place too.
extension RelationExtractor {
    static let meetingNouns: Set<String> = ["meeting", "meetings", "talks", "summit", "conference", "session",
                                            "round", "dialogue", "consultations", "negotiations", "gathering", "forum"]

    /// After "hosted A and B", words that make it one meeting of both.
    static let jointMeetingWords: Set<String> = meetingNouns.union(["together", "jointly", "trilateral", "tripartite",
                                                                    "three-way", "joint"])

    func heldMeetings(_ v: ClauseView, after found: [RelationCandidate]) -> [RelationCandidate] {
        let hostings = found.filter { $0.relation == .hostedBy }
        guard !hostings.isEmpty else { return [] }
        let t = v.tokens
        var out: [RelationCandidate] = []
        for h in t.indices where t[h].folded == "held" && h > 0 && ["was", "were"].contains(t[h - 1].folded) {
            // The meeting noun is the clause's subject, a few words before "was held".
            guard let noun = (max(0, h - 8)..<(h - 1)).last(where: { Self.meetingNouns.contains(t[$0].folded) }) else { continue }
            let earlier = hostings.filter { $0.trigger < noun }
            guard let last = earlier.map(\.trigger).max() else { continue }
            guard let place = heldPlace(v, noun: noun, held: h) else { continue }
            for guest in Set(earlier.filter { $0.trigger == last }.map(\.source)).sorted() where guest != place.actorID {
                out.append(RelationCandidate(relation: .hostedBy, source: guest, target: place.actorID,
                                             sentence: v.sentence.index, trigger: h))
            }
        }
        return out
    }

    static let hostingVerbs: Set<String> = ["hosted", "hosts", "host", "hosting", "organized", "organised",
                                            "organizes", "organises", "convened", "convenes", "brokered", "brokers",
                                            "mediated", "mediates", "sponsored", "sponsors"]

    /// "Egypt hosted talks between Israel and Hamas", "Qatar brokered a meeting of X with
    /// Y": each party of the meeting is the host's guest.
    func hostedMeetings(_ v: ClauseView, after found: [RelationCandidate]) -> [RelationCandidate] {
        let meetings = found.filter { $0.relation == .metWith }
        guard !meetings.isEmpty else { return [] }
        let t = v.tokens
        var out: [RelationCandidate] = []
        for h in t.indices where Self.hostingVerbs.contains(t[h].folded) && v.covering[h] == nil {
            // The meeting noun is the verb's object: "hosted talks", "hosted a new round of talks".
            guard var noun = ((h + 1)..<min(t.count, h + 6)).first(where: { Self.meetingNouns.contains(t[$0].folded) }),
                  v.isModifierRun((h + 1)..<noun) else { continue }
            // "a round of talks": the last noun of the chain names the meeting.
            if noun + 2 < t.count, t[noun + 1].folded == "of", Self.meetingNouns.contains(t[noun + 2].folded) { noun += 2 }
            let hosts = v.subjects(before: h)
            guard !hosts.isEmpty, !v.isIrrealis(from: hosts.last!.tokens.upperBound, to: h) else { continue }
            let guests = Set(meetings.filter { $0.trigger == noun }.flatMap { [$0.source, $0.target] })
            for host in hosts {
                for guest in guests.sorted() where guest != host.actorID {
                    out.append(RelationCandidate(relation: .hostedBy, source: guest, target: host.actorID,
                                                 sentence: v.sentence.index, trigger: h))
                }
            }
        }
        return out
    }

    /// "the Vienna meeting" (a place right before the noun) or "was held ... in the city of Dushanbe".
    func heldPlace(_ v: ClauseView, noun: Int, held: Int) -> TokenMention? {
        let places: [ActorKind] = [.country, .city]
        if noun > 0, let m = v.covering[noun - 1].map({ v.mentions[$0] }), m.tokens.upperBound == noun, m.fits(places), !m.isWeak {
            return m
        }
        for k in v.firstMention(startingAtOrAfter: held + 1)..<v.mentions.count {
            let m = v.mentions[k]
            if m.tokens.lowerBound - held > 10 || v.hasBreak(from: held, to: m.tokens.lowerBound) { break }
            guard let prep = v.preposition(of: m) else { continue }
            if ["in", "at"].contains(prep) || (prep == "of" && m.tokens.lowerBound >= 2
                && ["city", "capital", "town"].contains(v.tokens[m.tokens.lowerBound - 2].folded)) {
                return m.fits(places) && !m.isWeak ? m : nil
            }
        }
        return nil
    }
}
