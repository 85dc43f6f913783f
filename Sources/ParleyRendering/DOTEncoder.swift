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
        var text = DOTText(name: name, capacity: 4096 + 512 * (network.nodes.count + network.edges.count))
        write(network, tooltips: EvidenceTooltip(network: network), into: &text)
        return text.text
    }

    /// `encode`'s DOT without the attributes only drawing reads (tooltips and links, see
    /// `DOTDrawing`): what Graphviz is given to lay out. No tooltip is made.
    public func layoutDOT(_ network: ActorNetwork, name: String = "parley") -> String {
        var text = DOTText(name: name, capacity: 4096 + 160 * (network.nodes.count + network.edges.count))
        writeLayout(network, into: &text)
        return text.text
    }

    /// `layoutDOT`'s statements, given to `writer` one by one (see `DOTStatementWriter`).
    public func writeLayout(_ network: ActorNetwork, into writer: inout some DOTStatementWriter) {
        write(network, tooltips: nil, into: &writer)
    }

    /// The statements; without `tooltips`, the drawing-only attributes are left out.
    func write(_ network: ActorNetwork, tooltips: EvidenceTooltip?, into writer: inout some DOTStatementWriter) {
        let (clusters, loose) = DOTClusters(network: network, clustering: clustering).groups
        writer.set(.graph, graphAttributes(newrank: !clusters.isEmpty))
        writer.set(.node, [DOTAttribute("fontname", "Helvetica"), DOTAttribute("fontsize", "11"), DOTAttribute("style", "filled")])
        writer.set(.edge, [DOTAttribute("fontname", "Helvetica"), DOTAttribute("fontsize", "9")])
        for cluster in clusters {
            writer.openSubgraph(cluster.id)
            writer.set(.graph, sorted([DOTAttribute("label", cluster.label), DOTAttribute("style", "rounded,dashed"),
                                       DOTAttribute("color", "#9aa3ad"), DOTAttribute("fontcolor", "#5b6270")]))
            for node in cluster.nodes { statement(node, tooltips, into: &writer) }
            writer.closeSubgraph()
        }
        for node in loose { statement(node, tooltips, into: &writer) }
        for edge in network.edges { statement(edge, tooltips, into: &writer) }
        let key = DOTLegend(network: network)
        if legend, !key.isEmpty {
            // Last, after any cluster, so that no cluster inherits it as its label.
            writer.set(.graph, [DOTAttribute("label", key.htmlLabel, form: .html), DOTAttribute("labeljust", "l"),
                                DOTAttribute("labelloc", "b")])
        }
    }

    /// The root graph's attributes, sorted.
    func graphAttributes(newrank: Bool) -> [DOTAttribute] {
        var graph = ["fontname": "Helvetica", "overlap": "false", "rankdir": "LR", "splines": "true"]
        if largeGraph {
            graph["overlap"] = "prism"
            graph["splines"] = "false"
            graph["outputorder"] = "edgesfirst"
        }
        // Graphviz 2.42's old ranking frees memory twice in gvFreeLayout for some graphs
        // with clusters and labelled edges (a crash in-process; the dot CLI exits first).
        // The newer ranking has no such bug and draws clusters the same way.
        if newrank { graph["newrank"] = "true" }
        return sorted(graph.map { DOTAttribute($0.key, $0.value) })
    }

    func statement(_ node: ActorNetwork.Node, _ tooltips: EvidenceTooltip?, into writer: inout some DOTStatementWriter) {
        var attrs = layoutAttributes(node)
        if let tooltips { attrs += drawingAttributes(node, tooltips) }
        writer.node(node.actor.id, sorted(attrs))
    }

    func statement(_ edge: ActorNetwork.Edge, _ tooltips: EvidenceTooltip?, into writer: inout some DOTStatementWriter) {
        var attrs = layoutAttributes(edge)
        if let tooltips { attrs += drawingAttributes(edge, tooltips) }
        writer.edge(edge.source, edge.target, sorted(attrs))
    }

    /// A node's attributes that the layout reads: its label, shape, colour and size, in key
    /// order (so that a layout statement needs no sorting).
    func layoutAttributes(_ node: ActorNetwork.Node) -> [DOTAttribute] {
        let style = NodeStyle(kind: node.actor.kind)
        var attrs: [DOTAttribute] = []
        attrs.reserveCapacity(5)
        attrs.append(DOTAttribute("fillcolor", style.fill))
        let size = NodeStyle.fontSize(weight: node.weight)
        if size != 11 { attrs.append(DOTAttribute("fontsize", String(size))) }
        attrs.append(DOTAttribute("label", node.actor.name))
        if let width = NodeStyle.penWidth(weight: node.weight) { attrs.append(DOTAttribute("penwidth", width)) }
        attrs.append(DOTAttribute("shape", style.shape))
        return attrs
    }

    /// A node's attributes that only drawing reads: its tooltip and link. `parsed`: the
    /// tooltip written as Graphviz holds it once parsed (see `DOTAttribute.Form.parsed`).
    func drawingAttributes(_ node: ActorNetwork.Node, _ tooltips: EvidenceTooltip, parsed: Bool = false) -> [DOTAttribute] {
        var attrs = [DOTAttribute("tooltip", tooltips.node(node, escaped: parsed), form: parsed ? .parsed : .text)]
        if let base = evidenceLink {
            attrs.append(DOTAttribute("URL", DOTEncoder.escapeAmpersands(base + "#" + ReportAnchors.actor(node.actor.id)), form: .url))
        }
        return attrs
    }

    /// An edge's attributes that the layout reads: colour, line, label and direction, in
    /// key order.
    func layoutAttributes(_ edge: ActorNetwork.Edge) -> [DOTAttribute] {
        let style = EdgeStyle(relation: edge.relation)
        var attrs: [DOTAttribute] = []
        attrs.reserveCapacity(5)
        attrs.append(DOTAttribute("color", style.color))
        if edge.relation.isSymmetric { attrs.append(DOTAttribute("dir", "none")) }
        attrs.append(DOTAttribute("fontcolor", style.color))
        let label = self.label(edge)
        if !label.isEmpty { attrs.append(DOTAttribute("label", label)) }
        attrs.append(DOTAttribute("style", style.line))
        return attrs
    }

    /// An edge's attributes that only drawing reads: its tooltip (its label's too) and
    /// link; `parsed` as for a node's.
    func drawingAttributes(_ edge: ActorNetwork.Edge, _ tooltips: EvidenceTooltip, parsed: Bool = false) -> [DOTAttribute] {
        let tooltip = DOTAttribute("tooltip", tooltips.edge(edge, escaped: parsed), form: parsed ? .parsed : .text)
        var attrs = [tooltip]
        if !label(edge).isEmpty { attrs.append(DOTAttribute("labeltooltip", tooltip.value, form: tooltip.form)) }
        if let base = evidenceLink, let first = edge.events.first {
            attrs.append(DOTAttribute("URL", DOTEncoder.escapeAmpersands(base + "#ev-" + ReportAnchors.anchor(first.id)), form: .url))
        }
        return attrs
    }

    /// "met_with ×3", or in a large graph only "×3" (merged edges) or nothing.
    func label(_ edge: ActorNetwork.Edge) -> String {
        let count = edge.events.count
        if largeGraph { return count > 1 ? "×\(count)" : "" }
        return count > 1 ? "\(edge.relation.rawValue) ×\(count)" : edge.relation.rawValue
    }

    /// Attributes sorted by key (each key given once), as DOT statements list them.
    func sorted(_ attrs: [DOTAttribute]) -> [DOTAttribute] {
        if zip(attrs, attrs.dropFirst()).allSatisfy({ $0.key < $1.key }) { return attrs }
        return attrs.sorted { $0.key < $1.key }
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
    /// Works on UTF-8 bytes (`DOTBuffer`; tooltips of large graphs run to megabytes).
    public static func quote(_ s: String, ampersands: Bool = true) -> String {
        var out = DOTBuffer(capacity: s.utf8.count + 16)
        out.appendQuoted(s, ampersands: ampersands)
        return out.text
    }

    /// A DOT double-quoted string for an identifier (graph, cluster or node name).
    ///
    /// DOT keeps backslashes in ids as written (a pair stays a pair) and unescapes only
    /// `\"`, so backslashes are written as they are, and `"` as `\"`. A run of an odd
    /// number of backslashes right before a quote or at the end cannot be written in
    /// DOT; it gets one more backslash. Graphviz writes ids into SVG titles without
    /// decoding entities but also without escaping them, so `&` is still `&amp;`.
    public static func quoteID(_ s: String) -> String {
        var out = DOTBuffer(capacity: s.utf8.count + 16)
        out.appendQuotedID(s)
        return out.text
    }

    /// The name Graphviz gives a graph, subgraph or node written as `quoteID(s)` once it
    /// has parsed it (the parser reads `\"` as `"` and keeps other backslashes).
    public static func parsedID(_ s: String) -> String {
        DOTBuffer.parsedID(s)
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
