import ParleyModel

/// Documents to extract, handed out one at a time so that a long run never holds more
/// than one document per worker. `Pipeline.extract(_:jobs:progress:)` calls `next()` from
/// one worker at a time, in turn, so a source need not lock; the order of its documents
/// is the order of the results.
public protocol DocumentSource: AnyObject, Sendable {
    /// The next document, or nil when there are no more.
    func next() -> Document?
}

/// The documents of an array, in order.
final class ArrayDocumentSource: DocumentSource, @unchecked Sendable {
    private let documents: [Document]
    private var k = 0

    init(_ documents: [Document]) { self.documents = documents }

    func next() -> Document? {
        guard k < documents.count else { return nil }
        k += 1
        return documents[k - 1]
    }
}
