import GraphvizRendering

/// Output formats of `parley graph`: DOT text straight from the encoder, a Graphviz
/// rendering, or the laid-out network as JSON for web front ends.
public enum GraphFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, dot, json

    /// The Graphviz format rendered for this one (JSON: Graphviz's layout, then re-encoded).
    public var renderFormat: RenderFormat? {
        switch self {
        case .svg: return .svg
        case .png: return .png
        case .pdf: return .pdf
        case .json: return .json
        case .dot: return nil
        }
    }

    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
