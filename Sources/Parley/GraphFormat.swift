import GraphvizRendering

/// Output formats of `parley graph`: DOT text straight from the encoder, or a Graphviz rendering.
public enum GraphFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, dot

    public var renderFormat: RenderFormat? {
        switch self {
        case .svg: return .svg
        case .png: return .png
        case .pdf: return .pdf
        case .dot: return nil
        }
    }

    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
