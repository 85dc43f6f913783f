import Foundation
import ParleyModel

/// Which events of a timeline to keep: by actor, by period and by relation type. An
/// empty criterion keeps everything; the criteria that are set must all hold.
public struct TimelineFilter: Hashable, Sendable {
    /// Actors by id, name or alias (case and diacritics ignored); an event is kept when
    /// its source or target is any one of them.
    public var actors: [String]
    /// The first day kept: an event is kept when its period (its day, month or year)
    /// reaches this date's period, so "2023-11" is kept by a `since` of 2023-11-15.
    public var since: CalendarDate?
    /// The last day kept, by the same overlap rule as `since`.
    public var until: CalendarDate?
    /// The relation types kept (empty: all).
    public var relations: Set<RelationType>

    public init(actors: [String] = [], since: CalendarDate? = nil, until: CalendarDate? = nil,
                relations: Set<RelationType> = []) {
        self.actors = actors
        self.since = since
        self.until = until
        self.relations = relations
    }

    /// Whether the filter keeps every event.
    public var isEmpty: Bool {
        actors.isEmpty && since == nil && until == nil && relations.isEmpty
    }

    /// Whether `since` falls after `until`, so that no date can be kept. Periods are
    /// compared, not labels: `since` 2023-11 with `until` 2023 is a valid range.
    public var hasEmptyPeriod: Bool {
        guard let since, let until else { return false }
        return since.firstDay > until.lastDay
    }

    /// The entries of `timeline` the filter keeps, in the same order. `corpus` supplies
    /// the actors' names and aliases. Undated events are dropped when `since` or `until`
    /// is set, since nothing says they fall in the period.
    public func apply(to timeline: Timeline, corpus: Corpus) -> Timeline {
        guard !isEmpty else { return timeline }
        let ids = actors.isEmpty ? nil : Set(actors.flatMap { actorIDs(matching: $0, in: corpus) })
        return Timeline(entries: timeline.entries.filter { keeps($0.event, dated: $0.date, actorIDs: ids) })
    }

    /// Whether the filter keeps `event`, dated `date`, given the ids the `actors` stand for
    /// (nil: any actor). The one overlap rule, shared with `GraphFilter`.
    func keeps(_ event: Event, dated date: CalendarDate?, actorIDs ids: Set<String>?) -> Bool {
        if !relations.isEmpty, !relations.contains(event.relation) { return false }
        if let ids, !ids.contains(event.source), !ids.contains(event.target) { return false }
        if since != nil || until != nil {
            guard let date else { return false }
            if let since, date.lastDay < since.firstDay { return false }
            if let until, date.firstDay > until.lastDay { return false }
        }
        return true
    }

    /// The requested actors that name no actor of `corpus` and no event's source or
    /// target, in the order given, so that a caller can warn about each.
    public func unmatchedActors(in corpus: Corpus) -> [String] {
        actors.filter { actorIDs(matching: $0, in: corpus).isEmpty }
    }

    /// The ids `name` stands for: every actor whose id, name or alias equals it once case
    /// and diacritics are folded, and every event actor id that does (actors not listed).
    func actorIDs(matching name: String, in corpus: Corpus) -> Set<String> {
        let key = TimelineFilter.folded(name)
        var ids: Set<String> = []
        for actor in corpus.actors
        where TimelineFilter.folded(actor.id) == key || TimelineFilter.folded(actor.name) == key
            || actor.aliases.contains(where: { TimelineFilter.folded($0) == key }) {
            ids.insert(actor.id)
        }
        for event in corpus.events {
            for id in [event.source, event.target] where TimelineFilter.folded(id) == key { ids.insert(id) }
        }
        return ids
    }

    /// Case- and diacritic-insensitive form with outer whitespace trimmed: "Ahmad Massoud"
    /// and " ahmad maSSOUD " fold alike, as do "Mohammad Zahir Shah" and "Mohammad Zāhir Shāh".
    static func folded(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

extension CalendarDate {
    /// Day number of the first day of the period (the day, month or year) this date names.
    var firstDay: Int {
        CalendarDate(year: year, month: month ?? 1, day: day ?? 1).dayNumber
    }

    /// Day number of the last day of the period this date names.
    var lastDay: Int {
        let m = month ?? 12
        return CalendarDate(year: year, month: m, day: day ?? CalendarDate.daysIn(month: m, year: year)).dayNumber
    }
}
