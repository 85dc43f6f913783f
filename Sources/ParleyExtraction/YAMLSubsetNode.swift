/// A node of the YAML subset `YAMLSubsetReader` reads: a string scalar, a sequence or a
/// mapping, with the line and column where it starts (as Yams marks them, both 1-based,
/// columns counted in Unicode scalars).
///
/// Every scalar is a string: tags, anchors and aliases are outside the subset.
struct YAMLSubsetNode: Sendable {
    enum Content: Sendable {
        /// `plain`: written without quotes (only a plain scalar can be a YAML null,
        /// number or boolean).
        case scalar(String, plain: Bool)
        case sequence([YAMLSubsetNode])
        /// In the order written; keys are scalars, no two alike.
        case mapping([(key: YAMLSubsetNode, value: YAMLSubsetNode)])
    }

    var content: Content
    var line: Int
    var column: Int

    var string: String? {
        if case let .scalar(s, _) = content { return s }
        return nil
    }

    var items: [YAMLSubsetNode]? {
        if case let .sequence(items) = content { return items }
        return nil
    }

    var pairs: [(key: YAMLSubsetNode, value: YAMLSubsetNode)]? {
        if case let .mapping(pairs) = content { return pairs }
        return nil
    }

    /// The value of `key` in a mapping (keys are unique, so the first is the last).
    subscript(key: String) -> YAMLSubsetNode? {
        guard case let .mapping(pairs) = content else { return nil }
        return pairs.first { $0.key.string == key }?.value
    }
}
