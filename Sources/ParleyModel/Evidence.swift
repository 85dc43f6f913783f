/// The sentence an event was read from, with its offsets in the document's text.
public struct Evidence: Codable, Hashable, Sendable {
    public var sentence: String
    /// Unicode scalar offsets of the sentence into the document's text.
    public var start: Int
    public var end: Int
    /// 1-based sentence number within the document.
    public var sentenceNumber: Int

    public init(sentence: String, start: Int, end: Int, sentenceNumber: Int) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.sentenceNumber = sentenceNumber
    }

    enum CodingKeys: String, CodingKey {
        case sentence, start, end
        case sentenceNumber = "sentence_number"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sentence = try c.decode(String.self, forKey: .sentence)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        sentenceNumber = try c.decodeIfPresent(Int.self, forKey: .sentenceNumber) ?? 0
    }
}
