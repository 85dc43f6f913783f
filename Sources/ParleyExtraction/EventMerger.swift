import ParleyModel

/// Merges the same relation stated twice in a document into one event (the first
/// statement's evidence, the most precise date), and numbers events in a stable order.
struct EventMerger: Sendable {
    func merge(_ events: [Event]) -> [Event] {
        var kept: [Event] = []
        struct Told: Hashable {
            let document: String
            let key: EventKey
        }
        var at: [Told: Int] = [:]
        for event in events {
            let key = Told(document: event.document, key: EventKey(event))
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
        let ordered = events.sorted(by: Event.inReadingOrder)
        var links = EventLinks()
        var dated: [Int] = [] // position in `ordered` of each dated event
        var rank = -1
        for (k, event) in ordered.enumerated() {
            if k == 0 || event.document != ordered[k - 1].document { rank += 1 }
            guard let value = event.date.value else { continue }
            links.add(event, value: value, document: rank, offset: k, count: 1)
            dated.append(k)
        }
        links.seal()
        var out = ordered
        for (n, k) in dated.enumerated() {
            links.apply(to: &out[k], dated: n) { place in ordered[place.offset] }
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
