import ParleyModel

/// Shape and colour of an actor's node, by kind.
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
}

/// Colour and line style of an edge, by relation.
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
}
