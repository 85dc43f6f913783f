import ParleyModel

/// Which part of a corpus's network to draw or export: an ego network around focus
/// actors, actors left out, relation types, a period and a minimum edge weight. The
/// result is a smaller corpus, so every renderer and exporter applies it alike.
///
/// Steps, in order: relation types and period (the timeline's rules: a period overlaps
/// the range; undated events go once either bound is set); excluded actors' events go;
/// edges backed by fewer than `minWeight` events go; finally, with focus actors, only
/// actors within `depth` steps of one of them (edges taken either way) are kept, with
/// every remaining edge between two kept actors.
public struct GraphFilter: Hashable, Sendable {
    /// Actors by id, name or alias (case and accents ignored) at the centre of an ego network.
    public var focus: [String]
    /// How many steps from a focus actor an actor may be: 0 keeps the focus actors and
    /// the edges among them, 1 their direct partners.
    public var depth: Int
    /// Actors whose events are left out, named like `focus`.
    public var exclude: [String]
    /// The fewest events an edge must merge to be kept (1 keeps all).
    public var minWeight: Int
    /// Relation types and period; its `actors` are not used here.
    public var events: TimelineFilter

    public init(focus: [String] = [], depth: Int = 1, exclude: [String] = [], minWeight: Int = 1,
                events: TimelineFilter = TimelineFilter()) {
        self.focus = focus
        self.depth = depth
        self.exclude = exclude
        self.minWeight = minWeight
        self.events = events
    }

    /// Whether the filter keeps every event.
    public var isEmpty: Bool {
        focus.isEmpty && exclude.isEmpty && minWeight <= 1 && events.since == nil && events.until == nil
            && events.relations.isEmpty
    }

    /// Focus and excluded names that match no actor, in the order given, to warn about.
    public func unmatchedActors(in corpus: Corpus) -> [String] {
        TimelineFilter(actors: focus + exclude).unmatchedActors(in: corpus)
    }

    /// The corpus with only the kept events, and only the actors they involve; documents
    /// and event ids are unchanged, so evidence anchors still match.
    public func apply(to corpus: Corpus) -> Corpus {
        guard !isEmpty else { return corpus }
        let excluded = ids(exclude, in: corpus)
        let periodAndType = TimelineFilter(since: events.since, until: events.until, relations: events.relations)
        var kept = corpus.events.filter { event in
            !excluded.contains(event.source) && !excluded.contains(event.target)
                && periodAndType.keeps(event, dated: event.calendarDate, actorIDs: nil)
        }
        if minWeight > 1 {
            var counts: [String: Int] = [:]
            for event in kept where event.isFirstTelling { counts[ActorNetwork.key(of: event), default: 0] += 1 }
            kept = kept.filter { counts[ActorNetwork.key(of: $0), default: 0] >= minWeight }
        }
        if !focus.isEmpty {
            let near = neighbourhood(of: ids(focus, in: corpus), depth: max(0, depth), events: kept)
            kept = kept.filter { near.contains($0.source) && near.contains($0.target) }
        }
        let involved = Set(kept.flatMap { [$0.source, $0.target] })
        var result = corpus
        result.events = kept
        result.actors = corpus.actors.filter { involved.contains($0.id) }
        return result
    }

    func ids(_ names: [String], in corpus: Corpus) -> Set<String> {
        let matcher = TimelineFilter()
        return Set(names.flatMap { matcher.actorIDs(matching: $0, in: corpus) })
    }

    /// The actors at most `depth` steps from `start` over `events`, in either direction.
    func neighbourhood(of start: Set<String>, depth: Int, events: [Event]) -> Set<String> {
        var adjacent: [String: Set<String>] = [:]
        for event in events {
            adjacent[event.source, default: []].insert(event.target)
            adjacent[event.target, default: []].insert(event.source)
        }
        var reached = start
        var frontier = start
        for _ in 0..<depth where !frontier.isEmpty {
            var next: Set<String> = []
            for id in frontier {
                for other in adjacent[id] ?? [] where !reached.contains(other) { next.insert(other) }
            }
            reached.formUnion(next)
            frontier = next
        }
        return reached
    }
}
