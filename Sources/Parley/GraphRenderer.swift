import Foundation
import GraphvizRendering
import ParleyModel
import ParleyRendering

/// Draws a corpus's actor network: DOT from the encoder, laid out and rendered by Graphviz.
public struct GraphRenderer: Sendable {
    /// Above this many nodes, or `largeGraphEdges` edges, the automatic layout switches
    /// from dot to sfdp with overlap removal and straight edges: dot's ranking does not
    /// finish on large dense graphs (see GRAPHVIZ.md).
    public static let largeGraphNodes = 150
    public static let largeGraphEdges = 400

    public var layout: Layout?
    /// Where edges and nodes link to (see `DOTEncoder.evidenceLink`); nil for no links.
    public var evidenceLink: String?
    public var clustering: DOTEncoder.Clustering
    public var legend: Bool

    public init(layout: Layout? = nil, evidenceLink: String? = nil, clustering: DOTEncoder.Clustering = .none,
                legend: Bool = true) {
        self.layout = layout
        self.evidenceLink = evidenceLink
        self.clustering = clustering
        self.legend = legend
    }

    public func dot(for corpus: Corpus) -> String {
        dot(for: ActorNetwork(corpus: corpus))
    }

    public func dot(for network: ActorNetwork) -> String {
        encoder(for: network).encode(network)
    }

    public func chosenLayout(for corpus: Corpus) -> Layout {
        chosenLayout(for: ActorNetwork(corpus: corpus))
    }

    public func chosenLayout(for network: ActorNetwork) -> Layout {
        if let layout { return layout }
        return GraphRenderer.isLarge(network) ? .sfdp : .dot
    }

    static func isLarge(_ network: ActorNetwork) -> Bool {
        network.nodes.count > largeGraphNodes || network.edges.count > largeGraphEdges
    }

    func encoder(for network: ActorNetwork) -> DOTEncoder {
        DOTEncoder(evidenceLink: evidenceLink, clustering: clustering, legend: legend,
                   largeGraph: GraphRenderer.isLarge(network) && chosenLayout(for: network) != .dot)
    }

    /// Starts loading Graphviz's plugins and fonts for drawing in `format` on a thread of
    /// its own (see `GraphvizRenderer.startPreparing`), e.g. while the corpus is read and
    /// its network worked out: a render asked for afterwards comes after it. Nil for DOT,
    /// which Graphviz does not draw. With the chosen layout, or both automatic ones (dot,
    /// then sfdp) while the network's size is unknown, and a sample in the map's fonts
    /// (regular and the legend's bold): about 5 ms of loading a large map's render would
    /// otherwise do. A layout run beforehand does not change the drawing: each layout
    /// starts from a new process's random state (see `GraphvizRenderer`).
    public func startPreparing(format: GraphFormat) -> GraphvizRenderer.Preparation? {
        guard let renderFormat = format.renderFormat else { return nil }
        return GraphvizRenderer.startPreparing(layouts: layout.map { [$0] } ?? [.dot, .sfdp], format: renderFormat,
                                               sample: GraphRenderer.fontSample)
    }

    /// A graph in the map's fonts: DOTEncoder's Helvetica, regular in labels, bold in the legend.
    static let fontSample = """
        digraph { node [fontname="Helvetica"]; edge [fontname="Helvetica"]; a [label=<<b>a</b>>]; a -> b [label="b"]; }
        """

    public func render(_ corpus: Corpus, format: GraphFormat) throws -> Data {
        try render(ActorNetwork(corpus: corpus), format: format)
    }

    /// The network in `format`. SVG loses its DOCTYPE (see `SVGEmbedding`); JSON is the
    /// network with Graphviz's positions (see `NetworkJSONEncoder`).
    ///
    /// Graphviz lays out the network without tooltips and links (`DOTEncoder.writeLayout`)
    /// while another thread works them out (`DOTDrawing`); it is given them before it draws:
    /// the same picture for much less work, and on a large map most of the encoding off the
    /// way. JSON needs only the positions, so it gets none. Graphviz is handed the
    /// statements as a graph (`GraphvizGraphWriter`), not as DOT text to parse: the same
    /// graph, object for object, without writing and parsing the text.
    public func render(_ network: ActorNetwork, format: GraphFormat) throws -> Data {
        guard let renderFormat = format.renderFormat else { return Data(dot(for: network).utf8) }
        let encoder = self.encoder(for: network)
        let layout = chosenLayout(for: network)
        var graph = GraphvizGraphWriter(name: "parley", capacity: 4096 + 160 * (network.nodes.count + network.edges.count))
        let data: Data
        if format == .json {
            encoder.writeLayout(network, into: &graph)
            data = try GraphvizRenderer().render(graph: graph.graph, layout: layout, format: renderFormat)
        } else {
            let pending = DrawingAttributes.Pending {
                let drawing = encoder.drawing(network)
                return DrawingAttributes(nodes: drawing.nodes, edges: drawing.edges)
            }
            encoder.writeLayout(network, into: &graph)
            data = try GraphvizRenderer().render(graph: graph.graph, layout: layout, format: renderFormat, drawing: pending)
        }
        switch format {
        case .svg:
            return SVGEmbedding.embeddable(consume data)
        case .json:
            return try NetworkJSONEncoder().encode(network, layout: try NetworkLayout(graphvizJSON: data),
                                                   layoutName: layout.rawValue)
        case .png, .pdf, .dot:
            return data
        }
    }
}
