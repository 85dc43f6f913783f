import CGraphviz
import Foundation

/// Lays out and renders DOT text with the Graphviz library, in-process.
///
/// In-process rendering avoids a `dot` subprocess per graph (about 100x slower for small
/// graphs) and the need for the `dot` binary on PATH. All instances share one Graphviz
/// context, used in turn, so the renderer is cheap to create and safe to use from any
/// task; renders are serialised, not parallel, in the order they are asked for.
public struct GraphvizRenderer: Sendable {
    /// Creates a renderer; the Graphviz context itself is created on first render.
    public init() {}

    /// Graphviz's version string, as reported by the linked library.
    public static var version: String { GraphvizSession.shared.version() }

    /// Loads, ahead of a first render, what that render would load: the Graphviz context,
    /// the plugins that lay out with each of `layouts` and draw `format`, and the fonts
    /// Graphviz measures text with, by rendering `sample` with each layout on a thread of its
    /// own (a sample in the fonts of the graphs to come loads those fonts too). Graphviz is
    /// used in the order it is asked for, so every render asked for after this call comes
    /// after the preparation, whatever the timing: the caller works out its graph
    /// meanwhile, and its render starts from the same Graphviz state on every run.
    public static func startPreparing(layouts: [Layout] = [.dot], format: RenderFormat = .svg,
                                      sample: String = "digraph { a }") -> Preparation {
        let turns = layouts.map { _ in GraphvizSession.shared.takeTurn() }
        let preparation = Preparation()
        // A thread of its own, not a shared queue: renders waiting for their turn could
        // hold every worker of a queue while this waits for one.
        Thread {
            for (layout, turn) in zip(layouts, turns) {
                _ = try? GraphvizRenderer().render(.dot(sample), layout: layout, format: format, turn: turn, drawing: .ready(.none))
            }
            preparation.finished.signal()
        }.start()
        return preparation
    }

    /// Graphviz loading its plugins and fonts on a thread of its own (see `startPreparing`).
    public final class Preparation: Sendable {
        fileprivate let finished = DispatchSemaphore(value: 0)

        /// Returns once the preparation is done, e.g. before the process ends while
        /// Graphviz may still be loading libraries. Call at most once.
        public func wait() {
            finished.wait()
        }
    }

    /// Parses `dot`, lays it out with `layout`, sets `drawing`'s attributes on the laid-out
    /// graph, and returns the rendered bytes.
    ///
    /// SVG output is repaired so it is well-formed XML and identical for identical input
    /// (see `SVGRepair`); PDF output loses its wall-clock creation date (see `PDFRepair`).
    public func render(
        dot: String,
        layout: Layout = .dot,
        format: RenderFormat = .svg,
        drawing: DrawingAttributes = .none
    ) throws(RenderError) -> Data {
        try render(.dot(dot), layout: layout, format: format, drawing: .ready(drawing))
    }

    /// As `render(dot:layout:format:drawing:)`, with the drawing attributes still being
    /// worked out: they are waited for after the layout, just before drawing.
    public func render(
        dot: String,
        layout: Layout,
        format: RenderFormat,
        drawing: DrawingAttributes.Pending
    ) throws(RenderError) -> Data {
        try render(.dot(dot), layout: layout, format: format, drawing: .pending(drawing))
    }

    /// Builds `graph` (see `GraphvizGraph`), lays it out with `layout`, sets `drawing`'s
    /// attributes on the laid-out graph, and returns the rendered bytes, repaired as
    /// `render(dot:...)` repairs them: the same bytes as for the graph's DOT text.
    public func render(
        graph: GraphvizGraph,
        layout: Layout = .dot,
        format: RenderFormat = .svg,
        drawing: DrawingAttributes = .none
    ) throws(RenderError) -> Data {
        try render(.graph(graph), layout: layout, format: format, drawing: .ready(drawing))
    }

    /// As `render(graph:layout:format:drawing:)`, with the drawing attributes still being
    /// worked out: they are waited for after the layout, just before drawing.
    public func render(
        graph: GraphvizGraph,
        layout: Layout,
        format: RenderFormat,
        drawing: DrawingAttributes.Pending
    ) throws(RenderError) -> Data {
        try render(.graph(graph), layout: layout, format: format, drawing: .pending(drawing))
    }

    /// What a render draws: DOT text to parse, or a graph to build.
    private enum Source {
        case dot(String)
        case graph(GraphvizGraph)
    }

    /// The drawing attributes, given or still to be worked out.
    private enum Drawing {
        case ready(DrawingAttributes)
        case pending(DrawingAttributes.Pending)

        /// Starts working them out, if they are pending.
        func start() {
            if case let .pending(pending) = self { pending.start() }
        }

        var attributes: DrawingAttributes {
            switch self {
            case let .ready(attributes): return attributes
            case let .pending(pending): return pending.wait()
            }
        }
    }

    /// Renders in `turn` (see `GraphvizSession.takeTurn`), by default a turn taken now.
    private func render(
        _ source: Source,
        layout: Layout,
        format: RenderFormat,
        turn: Int? = nil,
        drawing: Drawing
    ) throws(RenderError) -> Data {
        let (raw, graphName) = try GraphvizSession.shared.withContext(
            turn: turn, orThrow: .renderFailed(format: format, message: "could not create a Graphviz context")
        ) { gvc throws(RenderError) in
            try Self.render(source, layout: layout, format: format, drawing: drawing, context: gvc)
        }
        switch format {
        case .svg: return SVGRepair.repair(raw, graphName: graphName)
        case .pdf: return PDFRepair.repair(raw)
        case .png, .json: return raw
        }
    }

    /// The Graphviz calls proper. Must run in a `GraphvizSession` turn.
    private static func render(
        _ source: Source,
        layout: Layout,
        format: RenderFormat,
        drawing: Drawing,
        context gvc: OpaquePointer
    ) throws(RenderError) -> (bytes: Data, graphName: String) {
        let graph = try open(source, format: format)
        // Only now: worked out while Graphviz lays out, not while it builds the graph.
        drawing.start()
        // Freed with its layout (gvFreeLayout is safe even when gvLayout failed half-way:
        // it only frees what was attached) once this render has returned.
        defer { GraphvizSession.shared.retire(graph) }
        let graphName = agnameof(graph).map { String(cString: $0) } ?? ""

        // Every layout starts from a new process's random state, whatever ran before it.
        parley_gv_reset_random()
        let laidOut = gvLayout(gvc, graph, layout.rawValue)
        guard laidOut == 0 else {
            throw .layoutFailed(layout: layout, message: ErrorCapture.lastError())
        }

        let attributes = drawing.attributes
        if !attributes.isEmpty { set(attributes, on: graph) }

        var bytes: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rendered = gvRenderData(gvc, graph, format.graphvizName, &bytes, &length)
        guard rendered == 0, let bytes else {
            if let bytes { gvFreeRenderData(bytes) }
            throw .renderFailed(format: format, message: ErrorCapture.lastError())
        }
        // Graphviz's buffer itself, not a copy (megabytes for a large map): gvFreeRenderData
        // only frees memory, so the Data may release it at any time, on any thread.
        return (Data(bytesNoCopy: bytes, count: Int(length), deallocator: .custom { pointer, _ in
            gvFreeRenderData(pointer.assumingMemoryBound(to: CChar.self))
        }), graphName)
    }

    /// The source's graph, parsed or built. Must run in a `GraphvizSession` turn.
    private static func open(_ source: Source, format: RenderFormat) throws(RenderError) -> UnsafeMutablePointer<Agraph_t> {
        switch source {
        case let .dot(dot):
            // Up to the first NUL, as `agmemread` reads; IDs in creation order (see the shim).
            guard let graph = trimmed(dot).withCString({ parley_gv_read($0, strlen($0)) }) else {
                let message = ErrorCapture.lastError()
                throw .invalidDOT(message.isEmpty ? "no graph found" : message)
            }
            return graph
        case let .graph(description):
            let built = description.statements.withUnsafeBufferPointer { list in
                description.name.withCString { parley_gv_build($0, description.directed ? 1 : 0, list.baseAddress, list.count) }
            }
            // Only when cgraph fails (memory): the statements are well-formed by construction.
            guard let graph = built else {
                let message = ErrorCapture.lastError()
                throw .renderFailed(format: format, message: message.isEmpty ? "could not build the graph" : message)
            }
            return graph
        }
    }

    /// Sets the drawing attributes: nodes found by name, edges taken in creation order.
    /// Each attribute is looked up (or declared) once, as agsafeset would on its first use.
    private static func set(_ drawing: DrawingAttributes, on graph: UnsafeMutablePointer<Agraph_t>) {
        var nodeSymbols = AttributeSymbols(graph: graph, edges: false)
        for (name, attributes) in drawing.nodes {
            guard let node = parley_gv_find_node(graph, name) else { continue }
            for (key, value) in attributes { nodeSymbols.set(key, value, on: UnsafeMutableRawPointer(node)) }
        }
        guard !drawing.edges.isEmpty else { return }
        var edges: [(seq: UInt, edge: UnsafeMutablePointer<Agedge_t>)] = []
        var node = agfstnode(graph)
        while let n = node {
            var edge = agfstout(graph, n)
            while let e = edge {
                edges.append((parley_gv_seq(UnsafeMutableRawPointer(e)), e))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        edges.sort { $0.seq < $1.seq }
        var edgeSymbols = AttributeSymbols(graph: graph, edges: true)
        for (edge, attributes) in zip(edges, drawing.edges) {
            for (key, value) in attributes { edgeSymbols.set(key, value, on: UnsafeMutableRawPointer(edge.edge)) }
        }
    }

    /// Node or edge attributes by name, looked up in the graph once each.
    private struct AttributeSymbols {
        let graph: UnsafeMutablePointer<Agraph_t>
        let edges: Bool
        private var known: [(name: String, symbol: UnsafeMutablePointer<Agsym_t>)] = []

        init(graph: UnsafeMutablePointer<Agraph_t>, edges: Bool) {
            self.graph = graph
            self.edges = edges
        }

        mutating func set(_ name: String, _ value: String, on object: UnsafeMutableRawPointer) {
            let symbol: UnsafeMutablePointer<Agsym_t>
            if let found = known.first(where: { $0.name == name }) {
                symbol = found.symbol
            } else {
                guard let declared = parley_gv_symbol(graph, edges ? 1 : 0, name) else { return }
                known.append((name, declared))
                symbol = declared
            }
            _ = value.withCString { parley_gv_set(object, symbol, $0) }
        }
    }

    /// `dot` without trailing whitespace. cgraph's lexer keeps what it read past a graph's
    /// closing brace and lexes it first on the next parse: a trailing line break would
    /// shift the line number of the next syntax error by one.
    static func trimmed(_ dot: String) -> String {
        let utf8 = dot.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard [0x20, 0x09, 0x0A, 0x0D].contains(utf8[before]) else { break }
            end = before
        }
        return end == utf8.endIndex ? dot : String(dot[..<end])
    }
}
