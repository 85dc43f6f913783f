/// A stretch of text that refers to an actor.
public struct Mention: Hashable, Sendable {
    public enum Source: String, Hashable, Sendable {
        /// A name a lexicon lists.
        case lexicon
        /// A name found from a title or organisation cue word.
        case discovered
        /// A pronoun or descriptor resolved to an earlier mention.
        case coreference
    }

    public var actorID: String
    public var span: Span
    public var text: String
    public var sentence: Int
    public var source: Source

    public init(actorID: String, span: Span, text: String, sentence: Int, source: Source) {
        self.actorID = actorID
        self.span = span
        self.text = text
        self.sentence = sentence
        self.source = source
    }
}
