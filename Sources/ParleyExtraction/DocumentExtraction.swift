import ParleyModel

/// What extraction found in one document.
public struct DocumentExtraction: Sendable {
    public var document: DocumentRecord
    public var sentences: [Sentence]
    public var mentions: [Mention]
    public var events: [Event]
    public var dates: [TemporalExpression]
    var registry: ActorRegistry
}
