/// The attributes of a network's DOT that only drawing reads (tooltips and links), apart:
/// Graphviz lays out `DOTEncoder.layoutDOT`, which leaves them out, and is given these
/// after the layout (`GraphvizRenderer.render(dot:layout:format:drawing:)`). The layout
/// never reads them, and on a large map the tooltips are most of the DOT, so Graphviz
/// parses far less to draw the same picture, and they can be worked out while it lays out.
public struct DOTDrawing: Sendable {
    public typealias Attribute = (name: String, value: String)

    /// Each node's attributes, by the name Graphviz gives the node once it has parsed its
    /// quoted id, valued as Graphviz holds them once parsed; in statement order.
    public var nodes: [(name: String, attributes: [Attribute])] = []
    /// Each edge statement's attributes, one list per edge statement, in order.
    public var edges: [[Attribute]] = []

    public init() {}
}

extension DOTEncoder {
    /// The drawing-only attributes of `encode`'s DOT (see `DOTDrawing`): drawn over
    /// `layoutDOT`, the same picture as `encode`'s DOT.
    public func drawing(_ network: ActorNetwork) -> DOTDrawing {
        let tooltips = EvidenceTooltip(network: network)
        let (clusters, loose) = DOTClusters(network: network, clustering: clustering).groups
        var drawing = DOTDrawing()
        drawing.nodes.reserveCapacity(network.nodes.count)
        for node in clusters.flatMap(\.nodes) + loose {
            drawing.nodes.append((DOTBuffer.parsedID(node.actor.id), parsed(drawingAttributes(node, tooltips, parsed: true))))
        }
        drawing.edges = network.edges.map { parsed(drawingAttributes($0, tooltips, parsed: true)) }
        return drawing
    }

    /// Values as the DOT parser keeps them: escaped as in the DOT, quotes plain.
    func parsed(_ attrs: [DOTAttribute]) -> [DOTDrawing.Attribute] {
        attrs.map { ($0.key, $0.parsedValue) }
    }
}
