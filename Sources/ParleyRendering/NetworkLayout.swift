import Foundation

/// Where Graphviz placed each node, read from its `json0` output. Coordinates are in
/// points with the origin at the top left and y growing downwards, as in the SVG.
public struct NetworkLayout: Hashable, Sendable {
    public struct Box: Hashable, Sendable {
        /// Centre of the node.
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
    }

    public var width: Double
    public var height: Double
    /// Node boxes by node name (the actor id).
    public var nodes: [String: Box]

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notJSON
        case missing(String)

        public var description: String {
            switch self {
            case .notJSON: return "Graphviz's layout is not JSON"
            case let .missing(what): return "Graphviz's layout has no \(what)"
            }
        }
    }

    /// Parses Graphviz's `json`/`json0` output: `bb` gives the drawing's size, each object
    /// with a `pos` is a node (clusters have none); sizes come in inches.
    public init(graphvizJSON data: Data) throws(Failure) {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { throw .notJSON }
        guard let bb = (root["bb"] as? String).map(NetworkLayout.numbers), bb.count == 4 else { throw .missing("bounding box") }
        width = NetworkLayout.rounded(bb[2] - bb[0])
        height = NetworkLayout.rounded(bb[3] - bb[1])
        var nodes: [String: Box] = [:]
        for object in root["objects"] as? [[String: Any]] ?? [] {
            guard let name = object["name"] as? String, let pos = (object["pos"] as? String).map(NetworkLayout.numbers),
                  pos.count >= 2 else { continue }
            let w = Double(object["width"] as? String ?? "") ?? 0, h = Double(object["height"] as? String ?? "") ?? 0
            nodes[name] = Box(x: NetworkLayout.rounded(pos[0] - bb[0]), y: NetworkLayout.rounded(bb[3] - pos[1]),
                              width: NetworkLayout.rounded(w * 72), height: NetworkLayout.rounded(h * 72))
        }
        self.nodes = nodes
    }

    static func numbers(_ s: String) -> [Double] {
        s.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Two decimals: what Graphviz itself prints, and stable bytes in the JSON.
    static func rounded(_ v: Double) -> Double { (v * 100).rounded() / 100 }
}
