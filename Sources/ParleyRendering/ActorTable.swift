import ParleyModel

/// The report's actor table: per actor its kind, aliases, mentions, events, and the first
/// and last of its dated events with the anchors of their evidence entries. Rows are
/// sorted by name (case ignored), then id. Shared by the HTML and Markdown reports.
struct ActorTable {
    struct Row {
        var actor: Actor
        /// The row's anchor (see `ReportAnchors.actor`), which the map's nodes link to.
        var anchor: String
        var events: Int
        var first: Dated?
        var last: Dated?
    }

    /// A dated event: its date label and its evidence anchor.
    struct Dated: Equatable {
        var date: String
        var anchor: String
    }

    let rows: [Row]

    /// `entries` in timeline order, `anchors` their evidence anchors, index for index.
    init(corpus: Corpus, entries: [Timeline.Entry], anchors: [String]) {
        var events: [String: Int] = [:]
        var first: [String: Dated] = [:], last: [String: Dated] = [:]
        for (entry, anchor) in zip(entries, anchors) {
            let event = entry.event
            let ids = event.source == event.target ? [event.source] : [event.source, event.target]
            for id in ids {
                events[id, default: 0] += 1
                guard let date = entry.date else { continue }
                let dated = Dated(date: date.description, anchor: anchor)
                if first[id] == nil { first[id] = dated }
                last[id] = dated
            }
        }
        rows = corpus.actors.sorted { ($0.name.lowercased(), $0.name, $0.id) < ($1.name.lowercased(), $1.name, $1.id) }.map { actor in
            Row(actor: actor, anchor: ReportAnchors.actor(actor.id), events: events[actor.id, default: 0],
                first: first[actor.id], last: last[actor.id])
        }
    }
}
