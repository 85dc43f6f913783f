/// Takes a network's DOT statement by statement from `DOTEncoder`: as DOT text
/// (`DOTText`), or as a graph handed to Graphviz with no text in between (the Parley
/// module's `GraphvizGraphWriter`). Ids and values come as they are, not yet quoted or
/// escaped; attribute lists come sorted by key.
public protocol DOTStatementWriter {
    /// `graph [...]`, `node [...]` or `edge [...]` in the innermost open subgraph (or the graph).
    mutating func set(_ defaults: DOTDefaults, _ attributes: [DOTAttribute])
    /// `"id" [...]`
    mutating func node(_ id: String, _ attributes: [DOTAttribute])
    /// `"tail" -> "head" [...]`
    mutating func edge(_ tail: String, _ head: String, _ attributes: [DOTAttribute])
    /// `subgraph "id" {`
    mutating func openSubgraph(_ id: String)
    /// The `}` of the innermost open subgraph.
    mutating func closeSubgraph()
}

/// What an attribute statement sets: the graph's attributes, or node or edge defaults.
public enum DOTDefaults: String, Sendable {
    case graph, node, edge
}

/// One `key=value` of a DOT statement, and how its value is written.
public struct DOTAttribute: Sendable {
    public enum Form: Sendable {
        /// An escString, double-quoted (see `DOTEncoder.quote`).
        case text
        /// A URL already entity-escaped (`DOTEncoder.escapeAmpersands`): quoted, each `&` left as it is.
        case url
        /// An HTML-like label, written between `<` and `>` as it is.
        case html
        /// A value already as Graphviz holds it once parsed (see `parsedValue`): quoted
        /// with each `"` escaped, which gives `text`'s DOT for the value it came from.
        case parsed
    }

    public var key: String
    public var value: String
    public var form: Form

    public init(_ key: String, _ value: String, form: Form = .text) {
        self.key = key
        self.value = value
        self.form = form
    }

    /// The value as Graphviz holds it once it has parsed the DOT: escaped as in the DOT,
    /// quotes plain; an HTML-like label without its `<` and `>`.
    public var parsedValue: String {
        switch form {
        case .text: return DOTBuffer.parsed(value)
        case .url: return DOTBuffer.parsed(value, ampersands: false)
        case .html, .parsed: return value
        }
    }
}
