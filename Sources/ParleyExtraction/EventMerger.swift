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

    /// The same event told by several documents (same relation and actors, compatible
    /// dates: equal, or one a more precise form of the other) becomes one event listing every
    /// source. Undated events are not merged: two undated meetings may be two meetings.
    func mergeAcrossDocuments(_ events: [Event]) -> [Event] {
        var kept: [Event] = []
        var byKey: [String: [Int]] = [:]
        for event in events.sorted(by: Event.inReadingOrder) {
            let (a, b) = event.relation.isSymmetric ? (min(event.source, event.target), max(event.source, event.target))
                                                     : (event.source, event.target)
            let key = [event.relation.rawValue, a, b].joined(separator: "\u{1F}")
            if let value = event.date.value,
               let k = byKey[key]?.first(where: { k in
                   kept[k].document != event.document && kept[k].date.value.map { EventMerger.compatible($0, value) } == true
                       && !kept[k].sources.contains { $0.document == event.document }
               }) {
                if kept[k].sources.isEmpty { kept[k].sources = [EventSource(document: kept[k].document, evidence: kept[k].evidence)] }
                kept[k].sources.append(EventSource(document: event.document, evidence: event.evidence))
                if (kept[k].date.value?.count ?? 0) < value.count { kept[k].date = event.date }
                continue
            }
            byKey[key, default: []].append(kept.count)
            kept.append(event)
        }
        return kept
    }

    static func compatible(_ a: String, _ b: String) -> Bool { a.hasPrefix(b) || b.hasPrefix(a) }

    /// Ids e1, e2, ... in (document, offset, relation, source, target) order.
    func numbered(_ events: [Event]) -> [Event] {
        events.sorted(by: Event.inReadingOrder).enumerated().map { k, e in
            var e = e
            e.id = "e\(k + 1)"
            return e
        }
    }
}
