/// A network as Graphviz is given it to draw: the DOT without the attributes that only
/// drawing reads (tooltips and links), and those attributes apart, set on the graph after
/// its layout (`GraphvizRenderer.render(dot:layout:format:drawing:)`). The layout never
/// reads them, and on a large map the tooltips are most of the DOT, so Graphviz parses
/// far less to draw the same picture.
public struct DOTDrawing: Sendable {
    public typealias Attribute = (name: String, value: String)

    /// The attributes that only drawing reads.
    public static let drawingOnly: Set<String> = ["URL", "tooltip", "labeltooltip"]

    /// The DOT that `DOTEncoder.encode` gives, less the drawing-only attributes.
    public var dot: String
    /// Each node's drawing-only attributes, by the name Graphviz gives the node, with
    /// values as Graphviz holds them once parsed; in statement order.
    public var nodes: [(name: String, attributes: [Attribute])] = []
    /// Each edge statement's drawing-only attributes, one list per edge statement in order.
    public var edges: [[Attribute]] = []

    public init(dot: String = "") {
        self.dot = dot
    }
}
