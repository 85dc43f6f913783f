/// Why a DOT document could not be turned into an image.
///
/// Messages are single lines so the CLI can print them after `error:` unchanged.
public enum RenderError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The layout name is not one of ``Layout/allCases``.
    case unknownLayout(String)
    /// The format name is not one of ``RenderFormat/allCases``.
    case unknownFormat(String)
    /// Graphviz could not parse the DOT text; carries Graphviz's own message.
    case invalidDOT(String)
    /// The layout engine rejected the graph; carries Graphviz's message, if any.
    case layoutFailed(layout: Layout, message: String)
    /// The renderer produced no output; carries Graphviz's message, if any.
    case renderFailed(format: RenderFormat, message: String)

    /// One-line, human-readable explanation.
    public var description: String {
        switch self {
        case .unknownLayout(let name):
            return "unknown layout \"\(name)\"; valid layouts: "
                + Layout.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownFormat(let name):
            return "unknown format \"\(name)\"; valid formats: "
                + RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")
        case .invalidDOT(let message):
            return "invalid DOT: \(message)"
        case .layoutFailed(let layout, let message):
            return "layout \(layout.rawValue) failed" + Self.suffix(message)
        case .renderFailed(let format, let message):
            return "rendering \(format.rawValue) failed" + Self.suffix(message)
        }
    }

    private static func suffix(_ message: String) -> String {
        message.isEmpty ? "" : ": \(message)"
    }
}
