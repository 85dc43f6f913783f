/// One input text. The document owns its text; every span elsewhere is a view into it.
public struct Document: Hashable, Sendable {
    /// The file name without its extension.
    public var id: String
    /// The path as given on the command line (or relative to the folder given).
    public var path: String
    public var title: String?
    /// The publication date, ISO 8601 (`2023-12-06`), when one was found or given.
    public var published: String?
    /// Where the document came from, when a manifest says.
    public var url: String?
    public var text: String

    public init(id: String, path: String, title: String? = nil, published: String? = nil, url: String? = nil, text: String) {
        self.id = id
        self.path = path
        self.title = title
        self.published = published
        self.url = url
        self.text = text
    }

    /// The entry that represents this document in events.json (without its text).
    public var record: DocumentRecord {
        DocumentRecord(id: id, path: path, title: title, published: published, url: url)
    }
}

/// A document as listed in events.json.
public struct DocumentRecord: Codable, Hashable, Sendable {
    public var id: String
    public var path: String
    public var title: String?
    public var published: String?
    public var url: String?

    public init(id: String, path: String, title: String? = nil, published: String? = nil, url: String? = nil) {
        self.id = id
        self.path = path
        self.title = title
        self.published = published
        self.url = url
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encodeIfPresent(url, forKey: .url)
    }
}
