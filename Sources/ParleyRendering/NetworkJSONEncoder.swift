import Foundation
import ParleyModel

/// The actor network with its layout as JSON, for web front ends: nodes
/// `{id, name, kind, country?, mentions?, weight, x, y, width, height}` and edges
/// `{source, target, relation, directed, count, events}`, in the network's order, keys
/// sorted, so equal inputs give equal bytes.
public struct NetworkJSONEncoder: Sendable {
    public init() {}

    struct Document: Encodable {
        var layout: String
        var width: Double
        var height: Double
        var nodes: [Node]
        var edges: [Edge]
    }

    struct Node: Encodable {
        var id: String
        var name: String
        var kind: String
        var country: String?
        var mentions: Int?
        var weight: Int
        var x: Double
        var y: Double
        var width: Double
        var height: Double
    }

    struct Edge: Encodable {
        var source: String
        var target: String
        var relation: String
        var directed: Bool
        var count: Int
        var events: [String]
    }

    /// `layoutName` names the engine that placed the nodes; a node Graphviz did not place
    /// (none should be missing) sits at 0, 0.
    public func encode(_ network: ActorNetwork, layout: NetworkLayout, layoutName: String) throws -> Data {
        let document = Document(
            layout: layoutName, width: layout.width, height: layout.height,
            nodes: network.nodes.map { node in
                let box = layout.nodes[node.actor.id]
                return Node(id: node.actor.id, name: node.actor.name, kind: node.actor.kind.rawValue,
                            country: node.actor.country, mentions: node.actor.mentions, weight: node.weight,
                            x: box?.x ?? 0, y: box?.y ?? 0, width: box?.width ?? 0, height: box?.height ?? 0)
            },
            edges: network.edges.map { edge in
                Edge(source: edge.source, target: edge.target, relation: edge.relation.rawValue,
                     directed: edge.isDirected, count: edge.events.count, events: edge.events.map(\.id))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }
}
