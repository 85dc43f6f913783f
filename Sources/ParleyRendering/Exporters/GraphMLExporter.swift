import ParleyModel

/// The actor network as GraphML (yEd, Cytoscape, NetworkX, Gephi): every data key is
/// declared before use; nodes carry the actor's name, kind, country, mentions and event
/// count; edges their relation, CAMEO code, event count, event ids and first and last
/// dates; met_with edges are undirected (`directed="false"`).
public struct GraphMLExporter: Sendable {
    /// (id, for, attr.name, attr.type) of every key, in the order declared.
    static let keys: [(String, String, String, String)] = [
        ("label", "node", "label", "string"), ("kind", "node", "kind", "string"),
        ("country", "node", "country", "string"), ("mentions", "node", "mentions", "int"),
        ("events", "node", "events", "int"),
        ("relation", "edge", "relation", "string"), ("cameo", "edge", "cameo", "string"),
        ("count", "edge", "count", "int"), ("event_ids", "edge", "event_ids", "string"),
        ("first_date", "edge", "first_date", "string"), ("last_date", "edge", "last_date", "string"),
    ]

    public init() {}

    public func export(_ corpus: Corpus) -> String {
        let network = ActorNetwork(corpus: corpus)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        for (id, domain, name, type) in GraphMLExporter.keys {
            out += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
        }
        out += "  <graph id=\"parley\" edgedefault=\"directed\">\n"
        for node in network.nodes {
            let a = node.actor
            out += "    <node id=\"\(a.id.xmlEscaped)\">\n"
            out += data("label", a.name) + data("kind", a.kind.rawValue) + data("country", a.country)
                + data("mentions", a.mentions.map(String.init)) + data("events", String(node.weight))
            out += "    </node>\n"
        }
        for (k, edge) in network.edges.enumerated() {
            let dates = edge.events.compactMap(\.date.value)
            out += "    <edge id=\"e\(k + 1)\" source=\"\(edge.source.xmlEscaped)\" target=\"\(edge.target.xmlEscaped)\""
                + (edge.isDirected ? "" : " directed=\"false\"") + ">\n"
            out += data("relation", edge.relation.rawValue) + data("cameo", edge.relation.cameo)
                + data("count", String(edge.events.count)) + data("event_ids", edge.events.map(\.id).joined(separator: " "))
                + data("first_date", dates.first) + data("last_date", dates.last)
            out += "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    func data(_ key: String, _ value: String?) -> String {
        guard let value else { return "" }
        return "      <data key=\"\(key)\">\(value.xmlEscaped)</data>\n"
    }
}
