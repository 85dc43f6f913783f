import ParleyModel

/// A sentence: its span in the document and its tokens.
public struct Sentence: Hashable, Sendable {
    /// 0-based position in the document.
    public var index: Int
    public var span: Span
    public var text: String
    public var tokens: [Token]

    public init(index: Int, span: Span, text: String, tokens: [Token]) {
        self.index = index
        self.span = span
        self.text = text
        self.tokens = tokens
    }
}
