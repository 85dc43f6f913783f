import Foundation

/// Attributes that Graphviz reads only when it draws, never to lay out: tooltips and
/// links. `GraphvizRenderer` sets them on the graph after the layout, so the DOT it parses
/// can leave them out. On a large map the tooltips are most of the DOT, and parsing them
/// was most of the parse; the drawing is the same (they reach it unchanged).
///
/// Values are as Graphviz holds them once parsed (escString escapes such as `\n` kept),
/// names as the parser makes them of the quoted ids (see `DOTDrawing`).
public struct DrawingAttributes: Sendable {
    public typealias Attribute = (name: String, value: String)

    /// By node name; a node named twice gets both lists, in order, as repeated DOT statements do.
    public var nodes: [(name: String, attributes: [Attribute])]
    /// By the edge's position among the DOT's edge statements (its creation order).
    public var edges: [[Attribute]]

    public init(nodes: [(name: String, attributes: [Attribute])] = [], edges: [[Attribute]] = []) {
        self.nodes = nodes
        self.edges = edges
    }

    public static let none = DrawingAttributes()

    var isEmpty: Bool { nodes.isEmpty && edges.isEmpty }
}

extension DrawingAttributes {
    /// Drawing attributes still being worked out, on another thread, when the render
    /// starts: Graphviz parses and lays out meanwhile, and the renderer waits for them only
    /// when it is about to draw. Whoever makes one must `fulfill` it, once, whatever happens.
    public final class Pending: @unchecked Sendable {
        private let condition = NSCondition()
        private var attributes: DrawingAttributes?

        public init() {}

        public func fulfill(_ attributes: DrawingAttributes) {
            condition.lock()
            self.attributes = attributes
            condition.broadcast()
            condition.unlock()
        }

        /// The attributes, once `fulfill` has given them.
        func wait() -> DrawingAttributes {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let attributes { return attributes }
                condition.wait()
            }
        }
    }
}
