/// The eight diplomatic relation types Parley extracts (see GUIDELINES.md), CAMEO-aligned.
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    case metWith = "met_with"
    case visited
    case hostedBy = "hosted_by"
    case invited
    case seeksSupportFrom = "seeks_support_from"
    case supports
    case criticizes
    case opposes

    /// The CAMEO code an event of this type is stamped with.
    public var cameo: String {
        switch self {
        case .metWith: return "040"
        case .visited: return "042"
        case .hostedBy: return "043"
        case .invited: return "039"
        case .seeksSupportFrom: return "020"
        case .supports: return "050"
        case .criticizes: return "111"
        case .opposes: return "170"
        }
    }

    /// Symmetric relations are drawn without an arrow and compared in either direction.
    public var isSymmetric: Bool { self == .metWith }

    /// Plain words for timelines: "A met with B", "A hosted by B".
    public var phrase: String {
        switch self {
        case .metWith: return "met with"
        case .visited: return "visited"
        case .hostedBy: return "hosted by"
        case .invited: return "invited"
        case .seeksSupportFrom: return "sought support from"
        case .supports: return "supports"
        case .criticizes: return "criticized"
        case .opposes: return "opposes"
        }
    }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The valid names, for error messages.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
