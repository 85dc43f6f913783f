import ParleyModel

/// A sentence: its span in the document and its tokens.
public struct Sentence: Hashable, Sendable {
    /// 0-based position in the document.
    public var index: Int
    public var span: Span
    public var text: String
    public var tokens: [Token]
    /// The document's scalars over this sentence, indexed by document offsets (shares the
    /// document's storage), so cutting out a mention costs the mention's length only.
    public var scalars: ArraySlice<Unicode.Scalar>

    public init(index: Int, span: Span, text: String, tokens: [Token], scalars: ArraySlice<Unicode.Scalar>? = nil) {
        self.index = index
        self.span = span
        self.text = text
        self.tokens = tokens
        self.scalars = scalars ?? ArraySlice(Array(text.unicodeScalars))[...].withOffset(span.start)
    }

    /// The text between two document offsets inside the sentence.
    public func text(from start: Int, to end: Int) -> String {
        ScalarText.string(scalars, start..<end)
    }

    public static func == (a: Sentence, b: Sentence) -> Bool { a.index == b.index && a.span == b.span && a.text == b.text }
    public func hash(into h: inout Hasher) { h.combine(index); h.combine(span) }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// The same elements re-indexed to start at `offset` (for sentences built without a document).
    func withOffset(_ offset: Int) -> ArraySlice<Unicode.Scalar> {
        var padded = [Unicode.Scalar](repeating: " ", count: offset)
        padded.append(contentsOf: self)
        return padded[offset...]
    }
}
