import Foundation

/// Prepares Graphviz's SVG to be dropped into other documents: the DOCTYPE, which names
/// an external DTD, is removed, so the file refers to nothing outside itself. The root
/// keeps its viewBox and its natural width and height (in points), which `<img>`, slide
/// software and converters need; an embedder scales it by setting a width (the report
/// uses `max-width: 100%; height: auto`). Labels stay `<text>`.
public enum SVGEmbedding {
    public static func embeddable(_ svg: Data) -> Data {
        let text = String(decoding: svg, as: UTF8.self)
        guard let start = text.range(of: "<!DOCTYPE"), let end = text[start.upperBound...].firstIndex(of: ">") else { return svg }
        var after = text.index(after: end)
        if after < text.endIndex, text[after] == "\n" { after = text.index(after: after) }
        return Data((text[..<start.lowerBound] + text[after...]).utf8)
    }
}
