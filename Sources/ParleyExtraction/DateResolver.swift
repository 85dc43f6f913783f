import ParleyModel

/// Gives each relation the date of the temporal expression nearest its trigger in the
/// same sentence; else, where the sentence refers back to an occasion already dated
/// ("that day", "during this meeting"), the date of the last dated event within two
/// sentences; else none. The publication date is never stamped on an event the text
/// does not date (that is what event coders get wrong).
struct DateResolver: Sendable {
    /// Phrases by which a sentence points back to an occasion the previous ones dated.
    static let backReferences: [[String]] = [
        ["that", "day"], ["the", "same", "day"], ["that", "week"], ["that", "evening"], ["that", "morning"],
        ["during", "this", "meeting"], ["during", "the", "meeting"], ["at", "the", "meeting"], ["at", "this", "meeting"],
        ["during", "that", "meeting"], ["during", "the", "visit"], ["during", "this", "visit"], ["on", "that", "occasion"],
    ]

    /// Whether the sentence points back to an occasion dated before it.
    func refersBack(_ sentence: Sentence) -> Bool {
        let t = sentence.tokens.map(\.folded)
        return DateResolver.backReferences.contains { phrase in
            t.indices.contains { i in i + phrase.count <= t.count && (0..<phrase.count).allSatisfy { t[i + $0] == phrase[$0] } }
        }
    }

    /// The date carried from the last dated event (`last`), if it is at most two sentences back.
    func carried(to sentence: Sentence, from last: Event?) -> EventDate? {
        guard let last, last.date.value != nil, sentence.index + 1 - last.evidence.sentenceNumber <= 2,
              refersBack(sentence) else { return nil }
        var date = last.date
        date.basis = .text
        date.text = (date.text ?? "") + " (carried)"
        return date
    }

    func date(for candidate: RelationCandidate, expressions: [TemporalExpression]) -> EventDate {
        let dated = expressions.filter { $0.eventDate != nil }
        guard let nearest = dated.min(by: { distance($0, candidate.trigger) < distance($1, candidate.trigger) }),
              let date = nearest.eventDate else {
            return .undated
        }
        return date
    }

    func distance(_ e: TemporalExpression, _ trigger: Int) -> (Int, Int) {
        let d = e.tokens.lowerBound > trigger ? e.tokens.lowerBound - trigger : trigger - e.tokens.upperBound + 1
        // Prefer an expression after the trigger on ties ("hosted X on the 2nd").
        return (d, e.tokens.lowerBound > trigger ? 0 : 1)
    }
}
