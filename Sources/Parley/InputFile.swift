import Foundation

/// A file to read: a text document, or an events.json written by `parley extract`.
public struct InputFile: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case text, eventsJSON }

    public var url: URL
    /// The path as the user would recognise it (as given, or the folder given plus the relative path).
    public var displayPath: String
    public var kind: Kind

    public init(url: URL, displayPath: String, kind: Kind) {
        self.url = url
        self.displayPath = displayPath
        self.kind = kind
    }

    /// The document id: the file name without its extension.
    public var documentID: String { url.deletingPathExtension().lastPathComponent }
}
