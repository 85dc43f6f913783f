import ParleyModel

/// Gives each relation the date of the temporal expression nearest its trigger in the
/// same sentence; with none, the event is undated. The publication date is never
/// stamped on an event the text does not date (that is what event coders get wrong).
struct DateResolver: Sendable {
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
