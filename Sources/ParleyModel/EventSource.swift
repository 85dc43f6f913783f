/// One document's telling of an event: where and in which sentence.
public struct EventSource: Codable, Hashable, Sendable {
    public var document: String
    public var evidence: Evidence

    public init(document: String, evidence: Evidence) {
        self.document = document
        self.evidence = evidence
    }
}
