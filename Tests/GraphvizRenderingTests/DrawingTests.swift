import Foundation
import GraphvizRendering
import Testing

/// Attributes set after the layout (`DrawingAttributes`) draw as they do when the DOT
/// holds them: nodes found by their parsed names, edges by statement order.
@Suite struct DrawingTests {
    static let lean = #"""
        digraph G { "a" [label="A"]; "x\"y" [label="X"]; "a" -> "x\"y" [label="one"]; "a" -> "x\"y" [label="two"]; "x\"y" -> "a"; }
        """#
    static let whole = #"""
        digraph G { "a" [label="A", URL="r.html#a&amp;b"]; "x\"y" [label="X", tooltip="quote \" line\nend \\ & more"]; "a" -> "x\"y" [label="one", labeltooltip="first", tooltip="first"]; "a" -> "x\"y" [label="two", tooltip="second"]; "x\"y" -> "a" [tooltip="back"]; }
        """#
    static let drawing = DrawingAttributes(
        nodes: [("a", [("URL", "r.html#a&amp;b")]), ("x\"y", [("tooltip", #"quote " line\nend \\ & more"#)]), ("missing", [("tooltip", "none")])],
        edges: [[("labeltooltip", "first"), ("tooltip", "first")], [("tooltip", "second")], [("tooltip", "back")]])

    @Test(arguments: [RenderFormat.svg, .png])
    func attributesSetAfterTheLayoutDrawAsIfParsed(format: RenderFormat) throws {
        let renderer = GraphvizRenderer()
        let set = try renderer.render(dot: Self.lean, format: format, drawing: Self.drawing)
        #expect(set == (try renderer.render(dot: Self.whole, format: format)))
        #expect(set != (try renderer.render(dot: Self.lean, format: format)) || format == .png, "the attributes are drawn")
    }

    @Test func edgesAreTakenInStatementOrder() throws {
        let svg = String(decoding: try GraphvizRenderer().render(dot: Self.lean, drawing: Self.drawing), as: UTF8.self)
        let titles = svg.matches(of: /xlink:title="([^"]*)"/).map { String($0.1) }
        #expect(titles.filter { ["first", "second", "back"].contains($0) } == ["first", "first", "second", "back"])
    }
}
