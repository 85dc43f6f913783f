import ParleyExtraction
import ParleyModel

/// A source whose first document was taken out, to learn that there is one, and is handed
/// out again first.
final class PeekedSource: DocumentSource, @unchecked Sendable {
    private var first: Document?
    private let rest: any DocumentSource

    init(first: Document, rest: any DocumentSource) {
        self.first = first
        self.rest = rest
    }

    func next() -> Document? {
        if let document = first {
            first = nil
            return document
        }
        return rest.next()
    }
}
