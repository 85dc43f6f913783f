import ParleyModel

/// Encodes an actor network as DOT text. Pure Swift: every id and label is quoted and
/// escaped, attributes are sorted, so the same network always gives the same bytes.
public struct DOTEncoder: Sendable {
    /// Base URL of the evidence anchors edges link to (report.html), or nil for no links.
    public var evidenceLink: String?

    public init(evidenceLink: String? = nil) {
        self.evidenceLink = evidenceLink
    }

    public func encode(_ network: ActorNetwork, name: String = "parley") -> String {
        var out = "digraph \(DOTEncoder.quote(name)) {\n"
        out += "  graph [fontname=\"Helvetica\", overlap=\"false\", rankdir=\"LR\", splines=\"true\"];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=\"11\", style=\"filled\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=\"9\"];\n"
        for node in network.nodes {
            let style = NodeStyle(kind: node.actor.kind)
            var attrs: [String: String] = [
                "label": node.actor.name,
                "shape": style.shape,
                "fillcolor": style.fill,
                "tooltip": "\(node.actor.name) (\(node.actor.kind.rawValue)), \(node.weight) event\(node.weight == 1 ? "" : "s")",
            ]
            // Border width grows with participation: 1 event 1.0, 2 events 1.5 ... capped at 4.
            if node.weight > 1 { attrs["penwidth"] = String(min(4.0, 1.0 + Double(node.weight - 1) * 0.5)) }
            out += "  \(DOTEncoder.quote(node.actor.id)) \(attributes(attrs));\n"
        }
        for edge in network.edges {
            let style = EdgeStyle(relation: edge.relation)
            let count = edge.events.count
            var attrs: [String: String] = [
                "label": count > 1 ? "\(edge.relation.rawValue) ×\(count)" : edge.relation.rawValue,
                "color": style.color,
                "fontcolor": style.color,
                "style": style.line,
                "tooltip": tooltip(edge),
            ]
            if edge.relation.isSymmetric { attrs["dir"] = "none" }
            if let base = evidenceLink, let first = edge.events.first {
                attrs["URL"] = DOTEncoder.escapeAmpersands(base + "#ev-" + ReportAnchors.anchor(first.id))
            }
            out += "  \(DOTEncoder.quote(edge.source)) -> \(DOTEncoder.quote(edge.target)) \(attributes(attrs));\n"
        }
        return out + "}\n"
    }

    func tooltip(_ edge: ActorNetwork.Edge) -> String {
        edge.events.prefix(5).map { e in
            let date = e.date.value ?? "undated"
            return "\(date) \(e.document) #\(e.evidence.sentenceNumber): \(e.evidence.sentence.prefix(160))"
        }.joined(separator: "\n") + (edge.events.count > 5 ? "\n(+\(edge.events.count - 5) more)" : "")
    }

    func attributes(_ attrs: [String: String]) -> String {
        "[" + attrs.keys.sorted().map { "\($0)=\(DOTEncoder.quote(attrs[$0] ?? ""))" }.joined(separator: ", ") + "]"
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// `&` not already starting an entity becomes `&amp;`: Graphviz 2.42 writes URL
    /// attributes into SVG unescaped, which breaks the XML.
    public static func escapeAmpersands(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            if let semi = tail.prefix(10).firstIndex(of: ";"),
               tail[tail.index(after: amp)..<semi].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "#" }),
               tail.index(after: amp) < semi {
                out += tail[amp...semi]
                rest = tail[tail.index(after: semi)...]
            } else {
                out += "&amp;"
                rest = tail.dropFirst()
            }
        }
        return out + rest
    }
}
