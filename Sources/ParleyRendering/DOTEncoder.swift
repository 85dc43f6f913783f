import ParleyModel

/// Encodes an actor network as DOT text. Pure Swift: every id and label is quoted and
/// escaped, attributes are sorted, so the same network always gives the same bytes.
public struct DOTEncoder: Sendable {
    /// How actors are grouped into boxes (Graphviz clusters; dot and fdp draw them).
    public enum Clustering: String, CaseIterable, Sendable {
        case none
        /// One box per country with at least two actors, labelled with the country's name.
        case country

        public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
    }

    /// Base URL of the report the map links into (`report.html`, or "" for the same page):
    /// edges link to their first event's evidence entry, nodes to their actor row. Nil: no links.
    public var evidenceLink: String?
    public var clustering: Clustering
    /// Whether the legend is drawn below the map.
    public var legend: Bool
    /// Settings for large graphs under force-directed layouts: straight edges, overlap
    /// removal, edges drawn under nodes, and edge labels only for merged edges (`×n`).
    public var largeGraph: Bool

    public init(evidenceLink: String? = nil, clustering: Clustering = .none, legend: Bool = true, largeGraph: Bool = false) {
        self.evidenceLink = evidenceLink
        self.clustering = clustering
        self.legend = legend
        self.largeGraph = largeGraph
    }

    public func encode(_ network: ActorNetwork, name: String = "parley") -> String {
        let tooltips = EvidenceTooltip(names: Dictionary(network.nodes.map { ($0.actor.id, $0.actor.name) },
                                                         uniquingKeysWith: { a, _ in a }))
        var graph = ["fontname": "Helvetica", "overlap": "false", "rankdir": "LR", "splines": "true"]
        if largeGraph {
            graph["overlap"] = "prism"
            graph["splines"] = "false"
            graph["outputorder"] = "edgesfirst"
        }
        let (clusters, loose) = DOTClusters(network: network, clustering: clustering).groups
        // Graphviz 2.42's old ranking frees memory twice in gvFreeLayout for some graphs
        // with clusters and labelled edges (a crash in-process; the dot CLI exits first).
        // The newer ranking has no such bug and draws clusters the same way.
        if !clusters.isEmpty { graph["newrank"] = "true" }
        var out = "digraph \(DOTEncoder.quoteID(name)) {\n"
        out += "  graph \(attributes(graph));\n"
        out += "  node [fontname=\"Helvetica\", fontsize=\"11\", style=\"filled\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=\"9\"];\n"
        for cluster in clusters {
            out += "  subgraph \(DOTEncoder.quoteID(cluster.id)) {\n"
            out += "    graph \(attributes(["label": cluster.label, "style": "rounded,dashed", "color": "#9aa3ad", "fontcolor": "#5b6270"]));\n"
            for node in cluster.nodes { out += "    " + statement(node, tooltips) }
            out += "  }\n"
        }
        for node in loose { out += "  " + statement(node, tooltips) }
        for edge in network.edges { out += "  " + statement(edge, tooltips) }
        let key = DOTLegend(network: network)
        if legend, !key.isEmpty {
            // Last, after any cluster, so that no cluster inherits it as its label.
            out += "  graph [label=\(key.htmlLabel), labeljust=\"l\", labelloc=\"b\"];\n"
        }
        return out + "}\n"
    }

    func statement(_ node: ActorNetwork.Node, _ tooltips: EvidenceTooltip) -> String {
        let style = NodeStyle(kind: node.actor.kind)
        var attrs: [String: String] = [
            "label": node.actor.name,
            "shape": style.shape,
            "fillcolor": style.fill,
            "tooltip": tooltips.node(node),
        ]
        let size = NodeStyle.fontSize(weight: node.weight)
        if size != 11 { attrs["fontsize"] = String(size) }
        if let width = NodeStyle.penWidth(weight: node.weight) { attrs["penwidth"] = width }
        if let base = evidenceLink { attrs["URL"] = DOTEncoder.escapeAmpersands(base + "#" + ReportAnchors.actor(node.actor.id)) }
        return "\(DOTEncoder.quoteID(node.actor.id)) \(attributes(attrs));\n"
    }

    func statement(_ edge: ActorNetwork.Edge, _ tooltips: EvidenceTooltip) -> String {
        let style = EdgeStyle(relation: edge.relation)
        let count = edge.events.count
        let tooltip = tooltips.edge(edge)
        var attrs: [String: String] = [
            "color": style.color,
            "fontcolor": style.color,
            "style": style.line,
            "tooltip": tooltip,
        ]
        let label = largeGraph ? (count > 1 ? "×\(count)" : "") : (count > 1 ? "\(edge.relation.rawValue) ×\(count)" : edge.relation.rawValue)
        if !label.isEmpty {
            attrs["label"] = label
            attrs["labeltooltip"] = tooltip
        }
        if edge.relation.isSymmetric { attrs["dir"] = "none" }
        if let base = evidenceLink, let first = edge.events.first {
            attrs["URL"] = DOTEncoder.escapeAmpersands(base + "#ev-" + ReportAnchors.anchor(first.id))
        }
        return "\(DOTEncoder.quoteID(edge.source)) -> \(DOTEncoder.quoteID(edge.target)) \(attributes(attrs));\n"
    }

    func attributes(_ attrs: [String: String]) -> String {
        "[" + attrs.keys.sorted().map { key in
            // URLs are already entity-escaped (escapeAmpersands) and Graphviz writes them as given.
            let value = attrs[key] ?? ""
            return "\(key)=\(key == "URL" ? DOTEncoder.quote(value, ampersands: false) : DOTEncoder.quote(value))"
        }.joined(separator: ", ") + "]"
    }

    /// A DOT double-quoted string for a label or other escString attribute.
    ///
    /// Graphviz reads `\\` and `\n` in such strings as escapes and decodes HTML entities
    /// in them, so backslashes and quotes are escaped, line breaks become `\n`, and every
    /// `&` becomes `&amp;` (else a name holding `&#x1;` would reach the SVG as a raw
    /// control character); `ampersands: false` leaves them for a value already escaped
    /// by `escapeAmpersands`. Characters XML cannot hold (C0 controls, U+FFFE, U+FFFF) are
    /// replaced, so any string gives well-formed SVG.
    ///
    /// Works on UTF-8 bytes (tooltips of large graphs run to megabytes): every byte that
    /// needs nothing is copied as it is, which is what `appendPrintable` does per scalar.
    public static func quote(_ s: String, ampersands: Bool = true) -> String {
        var s = s
        return s.withUTF8 { utf8 in
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 16)
            out.append(UInt8(ascii: "\""))
            var k = 0
            while k < utf8.count {
                let b = utf8[k]
                switch b {
                case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), b]
                case UInt8(ascii: "\\"): out += [b, b]
                case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "&") where ampersands: out += Array("&amp;".utf8)
                case 0x0D: break
                case 0..<0x20, 0x7F: out.append(0x20)
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) become U+FFFD (EF BF BD).
                case 0xEF where k + 2 < utf8.count && utf8[k + 1] == 0xBF && utf8[k + 2] >= 0xBE:
                    out += [0xEF, 0xBF, 0xBD]
                    k += 2
                default: out.append(b)
                }
                k += 1
            }
            out.append(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A DOT double-quoted string for an identifier (graph, cluster or node name).
    ///
    /// DOT keeps backslashes in ids as written (a pair stays a pair) and unescapes only
    /// `\"`, so backslashes are written as they are, and `"` as `\"`. A run of an odd
    /// number of backslashes right before a quote or at the end cannot be written in
    /// DOT; it gets one more backslash. Graphviz writes ids into SVG titles without
    /// decoding entities but also without escaping them, so `&` is still `&amp;`.
    public static func quoteID(_ s: String) -> String {
        var out = "\""
        var backslashes = 0
        func flushBackslashes(beforeQuote: Bool) {
            if beforeQuote, backslashes % 2 == 1 { backslashes += 1 }
            out += String(repeating: "\\", count: backslashes)
            backslashes = 0
        }
        for scalar in s.unicodeScalars {
            if scalar == "\\" {
                backslashes += 1
                continue
            }
            flushBackslashes(beforeQuote: scalar == "\"")
            switch scalar {
            case "\"": out += "\\\""
            case "\n": out += " "
            case "&": out += "&amp;"
            default: appendPrintable(scalar, to: &out)
            }
        }
        flushBackslashes(beforeQuote: true)
        return out + "\""
    }

    /// Appends `scalar`, or a space (a control character) or U+FFFD (U+FFFE, U+FFFF)
    /// in its place; a carriage return is dropped.
    static func appendPrintable(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar.value {
        case 0x0D: break
        case 0..<0x20, 0x7F: out += " "
        case 0xFFFE, 0xFFFF: out += "\u{FFFD}"
        default: out.unicodeScalars.append(scalar)
        }
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
