import ParleyModel

/// "Massoud argued that the Taliban regime lacks the capacity to represent ...": a speaker
/// who says a damning thing of an actor (relations.yaml `reported_criticism`) criticizes it.
/// The actor must be the subject of the reported clause, right after the reporting verb
/// (and "that"), and neither clause may be negated or hypothetical.
extension RelationExtractor {
    func reportedCriticism(_ v: ClauseView) -> [RelationCandidate] {
        guard !damning.isEmpty else { return [] }
        let t = v.tokens
        var out: [RelationCandidate] = []
        for i in t.indices where v.covering[i] == nil && damning.contains(t[i]) {
            let targets = v.subjects(before: i, maxDistance: 6)
            guard let first = targets.first, let last = targets.last, !v.isIrrealis(from: last.tokens.upperBound, to: i) else { continue }
            // The reporting verb, then at most "that" and a determiner, then the actor.
            var r = first.tokens.lowerBound - 1
            while r >= 0, t[r].folded == "that" || cues.articles.contains(t[r]) { r -= 1 }
            guard r >= 0, v.covering[r] == nil, cues.reportingVerbs.contains(t[r]) else { continue }
            let speakers = v.subjects(before: r, maxDistance: 20)
            guard let said = speakers.last, !v.isIrrealis(from: said.tokens.upperBound, to: r) else { continue }
            out += pairs(speakers, targets, .criticizes, v, i)
        }
        return out
    }
}
