import Foundation
import GraphvizRendering
import Testing

/// A graph given as statements (`GraphvizGraph`) is built with the calls cgraph's parser
/// makes for the same DOT text: the drawing must be the text's, byte for byte.
@Suite struct GraphvizGraphTests {
    /// The DOT text, in cgraph's reading of every id and value.
    static let dot = #"""
        digraph "G \"q\"" {
          graph [fontname="Helvetica", rankdir="LR"];
          node [fontname="Helvetica", style="filled"];
          edge [fontsize="9"];
          subgraph "cluster_one" {
            graph [color="#9aa3ad", label="One \\ & \"two\"\nlines", style="rounded,dashed"];
            node [shape="box"];
            "a\"b" [fillcolor="#fde2c8", label="A \"B\""];
            "%7" [label="percent"];
          }
          "c" [label="C", penwidth="2.5"];
          "a\"b" -> "c" [color="#1f77b4", label="met ×2", dir="none"];
          "c" -> "a\"b" [color="#d62728", key="k1"];
          "c" -> "a\"b" [color="#8b0000", key="k2"];
          "c" -> "c" [label="self"];
          "d" -> "%7";
          graph [label=<<b>Legend</b> &amp; <font color="red">key</font>>, labelloc="b"];
        }
        """#

    static var graph: GraphvizGraph {
        typealias A = GraphvizGraph.Attribute
        var g = GraphvizGraph(name: "G \"q\"")
        g.set(.graph, [A("fontname", "Helvetica"), A("rankdir", "LR")])
        g.set(.node, [A("fontname", "Helvetica"), A("style", "filled")])
        g.set(.edge, [A("fontsize", "9")])
        g.openSubgraph("cluster_one")
        g.set(.graph, [A("color", "#9aa3ad"), A("label", #"One \\ & "two"\nlines"#), A("style", "rounded,dashed")])
        g.set(.node, [A("shape", "box")])
        g.node("a\"b", [A("fillcolor", "#fde2c8"), A("label", "A \"B\"")])
        g.node("%7", [A("label", "percent")])
        g.closeSubgraph()
        g.node("c", [A("label", "C"), A("penwidth", "2.5")])
        g.edge("a\"b", "c", [A("color", "#1f77b4"), A("label", "met ×2"), A("dir", "none")])
        g.edge("c", "a\"b", [A("color", "#d62728"), A("key", "k1")])
        g.edge("c", "a\"b", [A("color", "#8b0000"), A("key", "k2")])
        g.edge("c", "c", [A("label", "self")])
        g.edge("d", "%7", [])
        g.set(.graph, [A("label", #"<b>Legend</b> &amp; <font color="red">key</font>"#, isHTML: true), A("labelloc", "b")])
        return g
    }

    @Test(arguments: Layout.allCases)
    func theGraphDrawsAsItsDOT(layout: Layout) throws {
        let renderer = GraphvizRenderer()
        for format in [RenderFormat.svg, .json] {
            let built = try renderer.render(graph: Self.graph, layout: layout, format: format)
            #expect(built == (try renderer.render(dot: Self.dot, layout: layout, format: format)), "\(layout) \(format)")
        }
    }

    @Test func drawingAttributesAreSetOnTheBuiltGraph() throws {
        let drawing = DrawingAttributes(nodes: [("a\"b", [("tooltip", "quote \" here")]), ("c", [("URL", "r.html#c&amp;d")])],
                                        edges: [[("tooltip", "first")], [("tooltip", "second")]])
        let renderer = GraphvizRenderer()
        let built = try renderer.render(graph: Self.graph, layout: .neato, format: .svg, drawing: drawing)
        #expect(built == (try renderer.render(dot: Self.dot, layout: .neato, format: .svg, drawing: drawing)))
        let svg = String(decoding: built, as: UTF8.self)
        #expect(svg.contains("xlink:title=\"second\"") && svg.contains("r.html#c&amp;d"))
    }

    /// The two edges with keys are two edges; the HTML label is drawn as text, not markup.
    @Test func keysAndHTMLLabelsAreRead() throws {
        let svg = String(decoding: try GraphvizRenderer().render(graph: Self.graph), as: UTF8.self)
        #expect(svg.components(separatedBy: "<title>c&#45;&gt;a&quot;b</title>").count - 1 == 2)
        #expect(svg.contains(">Legend</text>") && !svg.contains("&lt;b&gt;"))
        #expect(svg.contains("<title>%7</title>") == false, "a %-name prints as its ID, as when parsed")
    }

    @Test func unclosedAndStrayBracesAreHarmless() throws {
        var g = GraphvizGraph(name: "x", directed: false)
        g.closeSubgraph()
        g.openSubgraph("s")
        g.node("a\u{0}ignored", [])
        g.edge("a", "b", [GraphvizGraph.Attribute("label", "ab")])
        let svg = try GraphvizRenderer().render(graph: g)
        #expect(svg == (try GraphvizRenderer().render(dot: #"graph "x" { subgraph "s" { "a"; "a" -- "b" [label="ab"]; } }"#)))
    }
}
