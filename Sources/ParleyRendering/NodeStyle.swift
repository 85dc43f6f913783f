import ParleyModel

/// Shape and colour of an actor's node, by kind, and its size by participation.
struct NodeStyle {
    let shape: String
    let fill: String

    init(kind: ActorKind) {
        switch kind {
        case .person: (shape, fill) = ("ellipse", "#fde2c8")
        case .organization: (shape, fill) = ("box", "#d7e8f7")
        case .government, .country: (shape, fill) = ("hexagon", "#dcefd5")
        case .city: (shape, fill) = ("house", "#eee4f5")
        case .group: (shape, fill) = ("octagon", "#f3dada")
        }
    }

    /// Label size grows with the log of the events an actor takes part in, so that busy
    /// actors stand out without swamping the map: 1 event 11pt, 2 events 13pt, 4 15pt,
    /// 8 17pt ... capped at 22pt. Integers keep the DOT stable.
    static func fontSize(weight: Int) -> Int {
        var size = 11, w = max(1, weight)
        while w > 1, size < 22 {
            w /= 2
            size += 2
        }
        return min(size, 22)
    }

    /// Border width: 1 event 1.0 (Graphviz's default, not written), 2 events 1.5 ... capped at 4.
    static func penWidth(weight: Int) -> String? {
        weight > 1 ? String(min(4.0, 1.0 + Double(weight - 1) * 0.5)) : nil
    }
}

/// Colour and line style of an edge, by relation, and the glyphs that draw it in the legend.
struct EdgeStyle {
    let color: String
    let line: String

    init(relation: RelationType) {
        switch relation {
        case .metWith: (color, line) = ("#1f77b4", "solid")
        case .visited: (color, line) = ("#2ca02c", "solid")
        case .hostedBy: (color, line) = ("#17becf", "dashed")
        case .invited: (color, line) = ("#9467bd", "dashed")
        case .seeksSupportFrom: (color, line) = ("#ff7f0e", "dotted")
        case .supports: (color, line) = ("#2e7d32", "bold")
        case .criticizes: (color, line) = ("#d62728", "dashed")
        case .opposes: (color, line) = ("#8b0000", "bold")
        }
    }

    /// The line drawn in text, for the legend: ───, ╌╌╌, ┈┈┈ or ━━━.
    var glyphs: String {
        switch line {
        case "dashed": return "╌╌╌╌"
        case "dotted": return "┈┈┈┈"
        case "bold": return "━━━━"
        default: return "────"
        }
    }
}
