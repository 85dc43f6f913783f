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
    /// dates: equal, or one a more precise form of the other) is linked: every telling keeps
    /// its own document and evidence (events.json stays per document) and takes the most
    /// precise date; the first telling lists all tellings in `sources`, each later one lists
    /// the first and itself (linear in the number of tellings: wire copies can run to
    /// hundreds). Renderers show the event once. Undated events are not linked: two
    /// undated meetings may be two meetings.
    func mergeAcrossDocuments(_ events: [Event]) -> [Event] {
        var out = events.sorted(by: Event.inReadingOrder)
        var clusters: [(members: [Int], documents: Set<String>, value: String)] = []
        var byKey: [String: [Int]] = [:] // key -> cluster indices
        for (k, event) in out.enumerated() {
            guard let value = event.date.value else { continue }
            let (a, b) = event.relation.isSymmetric ? (min(event.source, event.target), max(event.source, event.target))
                                                     : (event.source, event.target)
            let key = [event.relation.rawValue, a, b].joined(separator: "\u{1F}")
            if let c = byKey[key]?.first(where: { c in
                !clusters[c].documents.contains(event.document) && EventMerger.compatible(clusters[c].value, value)
            }) {
                clusters[c].members.append(k)
                clusters[c].documents.insert(event.document)
            } else {
                byKey[key, default: []].append(clusters.count)
                clusters.append(([k], [event.document], value))
            }
        }
        for cluster in clusters where cluster.members.count > 1 {
            let tellings = cluster.members.map { EventSource(document: out[$0].document, evidence: out[$0].evidence) }
            let best = cluster.members.map { out[$0].date }.max { ($0.value?.count ?? 0) < ($1.value?.count ?? 0) }
            for (n, k) in cluster.members.enumerated() {
                out[k].sources = n == 0 ? tellings : [tellings[0], tellings[n]]
                if let best { out[k].date = best }
            }
        }
        return out
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
