import ParleyModel

/// What the user says about documents' publication, overriding what their headers say:
/// a manifest row for the file, else one date for every document.
public struct PublicationOverrides: Sendable {
    public var manifest: Manifest?
    public var published: String?

    public init(manifest: Manifest? = nil, published: String? = nil) {
        self.manifest = manifest
        self.published = published
    }

    public func apply(to document: inout Document, from file: InputFile) {
        if let entry = manifest?.entry(for: file) {
            document.published = entry.published ?? document.published
            document.title = entry.title ?? document.title
            document.url = entry.url ?? document.url
        } else if let published {
            document.published = published
        }
    }

    /// For a JSON Lines document, whose own fields come first: what they leave out is
    /// taken from the manifest row for its id, then `published`.
    public func fill(_ document: inout Document) {
        let entry = manifest?.entry(forID: document.id)
        document.published = document.published ?? entry?.published ?? published
        document.title = document.title ?? entry?.title
        document.url = document.url ?? entry?.url
    }
}
