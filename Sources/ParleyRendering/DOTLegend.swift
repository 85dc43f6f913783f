import ParleyModel

/// The map's legend as a Graphviz HTML-like label (the root graph's label, drawn below
/// the map in every layout): one row per relation type present, drawn in its colour and
/// line style, one per actor kind present, in its fill colour and shape, and how to read
/// sizes and counts. Text only, escaped, in a fixed order.
struct DOTLegend {
    let relations: [RelationType]
    let kinds: [ActorKind]

    init(network: ActorNetwork) {
        relations = Set(network.edges.map(\.relation)).sorted { $0.legendOrder < $1.legendOrder }
        let present = Set(network.nodes.map(\.actor.kind))
        kinds = ActorKind.allCases.filter(present.contains)
    }

    var isEmpty: Bool { relations.isEmpty && kinds.isEmpty }

    /// The HTML-like label, without the `<` and `>` that enclose it in DOT.
    var htmlLabel: String {
        var rows = ["<tr><td colspan=\"2\" align=\"left\"><b>Legend</b></td></tr>"]
        for relation in relations {
            let style = EdgeStyle(relation: relation)
            let arrow = relation.isSymmetric ? "" : "▶"
            let note = relation.isSymmetric ? " (no direction)" : ""
            rows.append("<tr><td align=\"left\"><font color=\"\(style.color)\">\(style.glyphs)\(arrow)</font></td>"
                + "<td align=\"left\">\(DOTLegend.escape(relation.rawValue + note))</td></tr>")
        }
        // government and country share a style, so they share a row.
        var shown: Set<String> = []
        for kind in kinds {
            let style = NodeStyle(kind: kind)
            guard shown.insert(style.shape).inserted else { continue }
            let names = kinds.filter { NodeStyle(kind: $0).shape == style.shape }.map(\.rawValue).joined(separator: ", ")
            rows.append("<tr><td align=\"center\" bgcolor=\"\(style.fill)\" border=\"1\" color=\"#777777\">"
                + "\(DOTLegend.escape(style.shape))</td><td align=\"left\">\(DOTLegend.escape(names))</td></tr>")
        }
        rows.append("<tr><td colspan=\"2\" align=\"left\">×n: n events merged · larger name: more events</td></tr>")
        return "<font point-size=\"12\"><table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"2\">"
            + rows.joined() + "</table></font>"
    }

    /// Text safe inside an HTML-like label.
    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar.value < 0x20 ? " " : scalar)
            }
        }
        return out
    }
}

extension RelationType {
    /// Legend order: cooperative relations first, conflict last, as CAMEO orders them.
    var legendOrder: Int { RelationType.allCases.firstIndex(of: self) ?? 0 }
}
