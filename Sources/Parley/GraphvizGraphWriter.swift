import GraphvizRendering
import ParleyRendering

/// `DOTEncoder`'s statements as a `GraphvizGraph`: the graph Graphviz would parse from the
/// DOT text, given without the text (ids and values as the parser would read them).
struct GraphvizGraphWriter: DOTStatementWriter {
    private(set) var graph: GraphvizGraph

    init(name: String, capacity: Int = 0) {
        graph = GraphvizGraph(name: DOTEncoder.parsedID(name), capacity: capacity)
    }

    mutating func set(_ defaults: DOTDefaults, _ attributes: [DOTAttribute]) {
        let kind: GraphvizGraph.Defaults
        switch defaults {
        case .graph: kind = .graph
        case .node: kind = .node
        case .edge: kind = .edge
        }
        graph.set(kind, parsed(attributes))
    }

    mutating func node(_ id: String, _ attributes: [DOTAttribute]) {
        graph.node(DOTEncoder.parsedID(id), parsed(attributes))
    }

    mutating func edge(_ tail: String, _ head: String, _ attributes: [DOTAttribute]) {
        graph.edge(DOTEncoder.parsedID(tail), DOTEncoder.parsedID(head), parsed(attributes))
    }

    mutating func openSubgraph(_ id: String) {
        graph.openSubgraph(DOTEncoder.parsedID(id))
    }

    mutating func closeSubgraph() {
        graph.closeSubgraph()
    }

    private func parsed(_ attributes: [DOTAttribute]) -> [GraphvizGraph.Attribute] {
        attributes.map { GraphvizGraph.Attribute($0.key, $0.parsedValue, isHTML: $0.form == .html) }
    }
}
