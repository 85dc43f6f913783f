import Foundation

/// An output format that Graphviz renders in-process on the supported platforms.
///
/// Closed so that the CLI can reject a bad `--format` up front instead of relying on
/// Graphviz's "renderer for X is unavailable" message.
public enum RenderFormat: String, CaseIterable, Sendable {
    case svg
    case png
    case pdf
    /// The layout as JSON (Graphviz's `json0`: positions and attributes, no drawing operations).
    case json

    /// Parses a user-supplied format name (case-insensitive, surrounding spaces ignored).
    public init(validating name: String) throws(RenderError) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let format = RenderFormat(rawValue: key) else {
            throw .unknownFormat(name)
        }
        self = format
    }

    /// The file name extension for this format, without the dot.
    public var fileExtension: String { rawValue }

    /// The name Graphviz's renderer goes by.
    var graphvizName: String { self == .json ? "json0" : rawValue }
}
