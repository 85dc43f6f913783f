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

        /// "Ismail Khan hosted by Tajikistan".
        public var sentence: String {
            "\(sourceName) \(event.relation.phrase) \(targetName)"
        }

        /// The date column at the event's precision: 2023-11-27, 2023-11, 2023 or "undated".
        public var dateLabel: String { date?.description ?? "undated" }
    }

    public var entries: [Entry]

    public init(corpus: Corpus) {
        let actors = corpus.actorsByID
        let paths = Dictionary(corpus.documents.map { ($0.id, $0.path) }, uniquingKeysWith: { a, _ in a })
        entries = corpus.events.map { event in
            Entry(event: event,
                  date: event.date.value.flatMap(CalendarDate.init(iso:)),
                  sourceName: actors[event.source]?.name ?? event.source,
                  targetName: actors[event.target]?.name ?? event.target,
                  documentPath: paths[event.document] ?? event.document)
        }
        entries.sort(by: Timeline.precedes)
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
