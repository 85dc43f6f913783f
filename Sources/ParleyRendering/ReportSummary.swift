import ParleyModel

/// The report's opening line: how many documents, actors and events, and the span of the
/// dated events. Shared by the HTML and Markdown reports.
struct ReportSummary {
    let documents: Int
    let actors: Int
    let events: Int
    let first: CalendarDate?
    let last: CalendarDate?

    /// `entries`: the corpus's timeline, one entry per event.
    init(corpus: Corpus, entries: [Timeline.Entry]) {
        documents = corpus.documents.count
        actors = corpus.actors.count
        events = entries.count // an event told by several documents counts once
        let dates = entries.compactMap(\.date)
        first = dates.min()
        last = dates.max()
    }

    /// "5 documents · 18 actors · 16 events · dated events from 2023-11 to 2023-12-06".
    var text: String {
        let span: String
        if let first, let last {
            span = first == last ? "dated events on \(first)" : "dated events from \(first) to \(last)"
        } else {
            span = "no dated events"
        }
        return [count(documents, "document"), count(actors, "actor"), count(events, "event"), span].joined(separator: " · ")
    }

    func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
