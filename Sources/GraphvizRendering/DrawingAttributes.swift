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
    /// Drawing attributes worked out on a thread of their own while Graphviz lays out: the
    /// renderer starts the work once it has the graph (so that the work does not compete
    /// with building or parsing it) and waits for it only when it is about to draw.
    public final class Pending: @unchecked Sendable {
        private let condition = NSCondition()
        private var work: (@Sendable () -> DrawingAttributes)?
        private var attributes: DrawingAttributes?

        public init(_ work: @escaping @Sendable () -> DrawingAttributes) {
            self.work = work
        }

        /// Starts the work, unless it has started.
        func start() {
            condition.lock()
            let work = self.work
            self.work = nil
            condition.unlock()
            guard let work else { return }
            // A thread of its own, not a shared queue: the renderer waits for it in its
            // Graphviz turn, so it must never wait for a worker that waits for Graphviz.
            Thread {
                let attributes = work()
                self.condition.lock()
                self.attributes = attributes
                self.condition.broadcast()
                self.condition.unlock()
            }.start()
        }

        /// The attributes, once worked out (the work is started if it has not been).
        func wait() -> DrawingAttributes {
            start()
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let attributes { return attributes }
                condition.wait()
            }
        }
    }
}
