import Yams

/// What `LexiconLoader` and `CalendarNames` read of a YAML node, whichever reader made
/// it: `YAMLSubsetReader` for the texts in its subset, Yams for all others. One loader
/// over both keeps validation and messages the same for either.
protocol LexiconNode {
    /// The text of a scalar; nil for collections.
    var scalarString: String? { get }
    /// A mapping key's text as Yams gives it (`Node.string`).
    var keyString: String? { get }
    /// A scalar with the string tag (every scalar of the subset).
    var isStringScalar: Bool { get }
    /// A scalar explicitly tagged null (`!!null`; never in the subset).
    var isNullScalar: Bool { get }
    var items: [Self]? { get }
    var pairs: [(key: Self, value: Self)]? { get }
    var isMapping: Bool { get }
    /// The value of a string key in a mapping, as `Node.Mapping`'s subscript finds it.
    func value(forKey key: String) -> Self?
    /// Where the node starts, 1-based.
    var line: Int { get }
    var column: Int { get }
}

extension YAMLSubsetNode: LexiconNode {
    var scalarString: String? { string }
    var keyString: String? { string }
    var isStringScalar: Bool { string != nil }
    var isNullScalar: Bool { false }
    var isMapping: Bool { pairs != nil }
    func value(forKey key: String) -> YAMLSubsetNode? { self[key] }
}

extension Node: LexiconNode {
    var scalarString: String? { scalar?.string }
    var keyString: String? { string }
    var isStringScalar: Bool {
        if case .scalar = self { return tag.description == Tag.Name.str.rawValue }
        return false
    }
    var isNullScalar: Bool { scalar?.tag.description == Tag.Name.null.rawValue }
    var items: [Node]? { sequence.map(Array.init) }
    var pairs: [(key: Node, value: Node)]? { mapping.map { $0.map { ($0.key, $0.value) } } }
    var isMapping: Bool { mapping != nil }
    func value(forKey key: String) -> Node? { mapping?[key] }
    var line: Int { mark?.line ?? 1 }
    var column: Int { mark?.column ?? 1 }
}
