import ParleyModel

/// What extraction found in one document.
public struct DocumentExtraction: Sendable {
    public var document: DocumentRecord
    public var sentences: [Sentence]
    public var mentions: [Mention]
    public var events: [Event]
    /// Temporal expressions of the text (the header's publication date left out).
    public var dates: [TemporalExpression]
    var registry: ActorRegistry
}

extension DocumentExtraction {
    /// The temporal expressions as `parley dates` lists them.
    public var timexes: [Timex] {
        dates.map { e in
            Timex(document: document.id, start: e.span.start, end: e.span.end, text: e.text,
                  type: e.type.rawValue, value: e.value, mod: e.mod)
        }
    }
}
