import Foundation

/// Prepares Graphviz's SVG to be dropped into other documents: the DOCTYPE, which names
/// an external DTD, is removed, so the file refers to nothing outside itself. The root
/// keeps its viewBox and its natural width and height (in points), which `<img>`, slide
/// software and converters need; an embedder scales it by setting a width (the report
/// uses `max-width: 100%; height: auto`). Labels stay `<text>`.
public enum SVGEmbedding {
    /// `svg` is consumed: given its last copy, the DOCTYPE is taken out in place instead
    /// of the megabytes of a large map being copied around it.
    public static func embeddable(_ svg: consuming Data) -> Data {
        // On bytes: a large map's SVG runs to megabytes, and the DOCTYPE is in its first lines.
        guard let start = svg.firstRange(of: Array("<!DOCTYPE".utf8)),
              let end = svg[start.upperBound...].firstIndex(of: UInt8(ascii: ">")) else { return svg }
        var after = end + 1
        if after < svg.endIndex, svg[after] == 0x0A { after += 1 }
        var out = svg
        out.removeSubrange(start.lowerBound..<after)
        return out
    }
}
