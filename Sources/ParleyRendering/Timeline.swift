import ParleyModel

/// Events in chronological order: dated events by date (less precise first within a
/// period), undated events last; ties broken by document, sentence offset, relation,
/// actors and event id, so the order never depends on input order.
public struct Timeline: Sendable {
    public struct Entry: Hashable, Sendable {
        public var event: Event
        /// The event's date, when it has a valid one.
        public var date: CalendarDate?
        public var sourceName: String
        public var targetName: String
        /// The document's path (falls back to its id), for "each line names its document".
        public var documentPath: String
        /// Paths of every document that tells the event, when several do (see `Event.sources`).
        public var sourcePaths: [String]

        public init(event: Event, date: CalendarDate?, sourceName: String, targetName: String, documentPath: String,
                    sourcePaths: [String] = []) {
            self.event = event
            self.date = date
            self.sourceName = sourceName
            self.targetName = targetName
            self.documentPath = documentPath
            self.sourcePaths = sourcePaths
        }

        /// Where the event was read: ["seeds/001.txt #4"], or one citation per source.
        public var citations: [String] {
            guard event.sources.count == sourcePaths.count, !sourcePaths.isEmpty else {
                return ["\(documentPath) #\(event.evidence.sentenceNumber)"]
            }
            return zip(sourcePaths, event.sources).map { "\($0) #\($1.evidence.sentenceNumber)" }
        }

        /// The citations joined: "seeds/001.txt #4; seeds/003.txt #9".
        public var citation: String { citations.joined(separator: "; ") }

        /// "Ismail Khan hosted by Tajikistan".
        public var sentence: String {
            "\(sourceName) \(event.relation.phrase) \(targetName)"
        }

        /// The date column at the event's precision: 2023-11-27, 2023-11, 2023 or "undated".
        public var dateLabel: String { date?.description ?? "undated" }

        /// The other readings of the date, "or 2023-11-23, Solar Hijri; or 2023-11-02,
        /// previous month", or nil when the text leaves no other reading open.
        public var alternativesLabel: String? {
            let alternatives = event.date.alternatives
            guard !alternatives.isEmpty else { return nil }
            return alternatives.map { "or \($0.value), \($0.reading)" }.joined(separator: "; ")
        }
    }

    /// Consecutive entries that share a group label (see `TimelineGrouping`).
    public struct Group: Hashable, Sendable {
        /// The heading ("2023-11", "2023", "undated"); nil when the timeline is not grouped.
        public var label: String?
        public var entries: [Entry]

        public init(label: String?, entries: [Entry]) {
            self.label = label
            self.entries = entries
        }
    }

    public var entries: [Entry]

    public init(corpus: Corpus) {
        let actors = corpus.actorsByID
        let paths = Dictionary(corpus.documents.map { ($0.id, $0.path) }, uniquingKeysWith: { a, _ in a })
        self.init(entries: corpus.events.filter(\.isFirstTelling).map { event in
            Entry(event: event,
                  date: event.date.value.flatMap(CalendarDate.init(iso:)),
                  sourceName: actors[event.source]?.name ?? event.source,
                  targetName: actors[event.target]?.name ?? event.target,
                  documentPath: paths[event.document] ?? event.document,
                  sourcePaths: event.sources.map { paths[$0.document] ?? $0.document })
        })
    }

    /// A timeline of these entries, put in timeline order whatever order they come in.
    public init(entries: [Entry]) {
        self.entries = entries.sorted(by: Timeline.precedes)
    }

    /// The entries cut into groups at `grouping`'s period, in timeline order. Because a
    /// less precise date sorts before the dates it contains, each group is one run of
    /// entries: a year-only event grouped by month forms a group "2023" before "2023-01".
    /// With `.none` there is one unlabelled group (none when the timeline is empty).
    public func groups(by grouping: TimelineGrouping) -> [Group] {
        var groups: [Group] = []
        for entry in entries {
            let label = grouping.label(for: entry.date)
            if let last = groups.indices.last, groups[last].label == label {
                groups[last].entries.append(entry)
            } else {
                groups.append(Group(label: label, entries: [entry]))
            }
        }
        return groups
    }

    static func precedes(_ a: Entry, _ b: Entry) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default:
            return Event.inReadingOrder(a.event, b.event)
        }
    }
}
