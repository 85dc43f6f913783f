import ParleyModel

/// Merges the same relation stated twice in a document into one event (the first
/// statement's evidence, the most precise date), and numbers events in a stable order.
struct EventMerger: Sendable {
    func merge(_ events: [Event]) -> [Event] {
        var kept: [Event] = []
        var at: [String: Int] = [:]
        for event in events {
            let (a, b) = event.relation.isSymmetric ? (min(event.source, event.target), max(event.source, event.target))
                                                     : (event.source, event.target)
            let key = [event.document, event.relation.rawValue, a, b].joined(separator: "\u{1F}")
            if let k = at[key] {
                if kept[k].date.value == nil, event.date.value != nil { kept[k].date = event.date }
                if kept[k].location == nil { kept[k].location = event.location }
            } else {
                at[key] = kept.count
                kept.append(event)
            }
        }
        return kept
    }

    /// Ids e1, e2, ... in (document, offset, relation, source, target) order.
    func numbered(_ events: [Event]) -> [Event] {
        events.sorted(by: Event.inReadingOrder).enumerated().map { k, e in
            var e = e
            e.id = "e\(k + 1)"
            return e
        }
    }
}
