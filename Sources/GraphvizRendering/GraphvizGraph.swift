/// A graph for Graphviz given statement by statement, as a DOT document would give it,
/// but never written out as DOT text: `GraphvizRenderer` makes, for each statement, the
/// calls cgraph's DOT parser makes for it, in the same order and with the same object IDs
/// (see the shim), so the drawing is the one the DOT text gives, without writing, lexing
/// and parsing the text (on a 1,000-actor map, a quarter of the work outside the layout).
///
/// Names and values are as the parser keeps them once it has read them: a quoted string
/// without its quotes and with `\"` read as `"` (escString escapes such as `\n` stay for
/// Graphviz to read when it draws); an HTML-like value without its outer `<` and `>`.
/// Strings end at a NUL, as C strings do.
public struct GraphvizGraph: Sendable {
    /// What an attribute statement sets: the graph's attributes, or node or edge defaults.
    public enum Defaults: UInt8, Sendable {
        case graph = 0x67  // g
        case node = 0x6E   // n
        case edge = 0x65   // e
    }

    public struct Attribute: Sendable {
        public var name: String
        public var value: String
        /// An HTML-like label (`label=<...>` in DOT), which Graphviz draws as a table.
        public var isHTML: Bool

        public init(_ name: String, _ value: String, isHTML: Bool = false) {
            self.name = name
            self.value = value
            self.isHTML = isHTML
        }
    }

    public let name: String
    public let directed: Bool
    /// The statements in the byte form the shim's `parley_gv_build` reads.
    private(set) var statements: [UInt8] = []
    private var openSubgraphs = 0

    public init(name: String, directed: Bool = true, capacity: Int = 0) {
        self.name = name
        self.directed = directed
        statements.reserveCapacity(capacity)
    }

    /// `graph [...]`, `node [...]` or `edge [...]` in the innermost open subgraph (or the graph).
    public mutating func set(_ defaults: Defaults, _ attributes: [Attribute]) {
        statements.append(0x41)  // A
        statements.append(defaults.rawValue)
        append(attributes)
    }

    /// `"name" [...]`
    public mutating func node(_ name: String, _ attributes: [Attribute]) {
        statements.append(0x4E)  // N
        append(name)
        append(attributes)
    }

    /// `"tail" -> "head" [...]` (`--` in an undirected graph).
    public mutating func edge(_ tail: String, _ head: String, _ attributes: [Attribute]) {
        statements.append(0x45)  // E
        append(tail)
        append(head)
        append(attributes)
    }

    /// `subgraph "name" {`: the statements that follow are the subgraph's until `closeSubgraph`.
    public mutating func openSubgraph(_ name: String) {
        statements.append(0x53)  // S
        append(name)
        openSubgraphs += 1
    }

    /// The `}` of the innermost open subgraph.
    public mutating func closeSubgraph() {
        guard openSubgraphs > 0 else { return }
        statements.append(0x7D)  // }
        openSubgraphs -= 1
    }

    private mutating func append(_ attributes: [Attribute]) {
        for attribute in attributes {
            statements.append(attribute.isHTML ? 0x68 : 0x61)  // h, a
            append(attribute.name)
            append(attribute.value)
        }
    }

    /// The string's bytes up to any NUL, then a NUL.
    private mutating func append(_ s: String) {
        let copied: Void? = s.utf8.withContiguousStorageIfAvailable { utf8 in
            var end = 0
            while end < utf8.count, utf8[end] != 0 { end += 1 }
            statements.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<end]))
        }
        if copied == nil { statements.append(contentsOf: s.utf8.prefix { $0 != 0 }) }
        statements.append(0)
    }
}
