/// DOT text, written from `DOTEncoder`'s statements: ids and values quoted and escaped
/// (`DOTEncoder.quoteID`, `DOTEncoder.quote`), two spaces of indent per level.
public struct DOTText: DOTStatementWriter {
    private var out: DOTBuffer
    private var indent = "  "

    /// `digraph "name" {`, with room for about `capacity` bytes.
    public init(name: String, capacity: Int = 4096) {
        out = DOTBuffer(capacity: capacity)
        out.append("digraph ")
        out.appendQuotedID(name)
        out.append(" {\n")
    }

    /// The DOT, closed.
    public var text: String {
        var closed = out
        closed.append("}\n")
        return closed.text
    }

    public mutating func set(_ defaults: DOTDefaults, _ attributes: [DOTAttribute]) {
        out.append(indent)
        out.append(defaults.rawValue)
        out.append(" ")
        write(attributes)
    }

    public mutating func node(_ id: String, _ attributes: [DOTAttribute]) {
        out.append(indent)
        out.appendQuotedID(id)
        out.append(" ")
        write(attributes)
    }

    public mutating func edge(_ tail: String, _ head: String, _ attributes: [DOTAttribute]) {
        out.append(indent)
        out.appendQuotedID(tail)
        out.append(" -> ")
        out.appendQuotedID(head)
        out.append(" ")
        write(attributes)
    }

    public mutating func openSubgraph(_ id: String) {
        out.append(indent)
        out.append("subgraph ")
        out.appendQuotedID(id)
        out.append(" {\n")
        indent += "  "
    }

    public mutating func closeSubgraph() {
        guard indent.count > 2 else { return }
        indent.removeLast(2)
        out.append(indent)
        out.append("}\n")
    }

    /// `[key="value", ...];` and the line break.
    private mutating func write(_ attributes: [DOTAttribute]) {
        out.append("[")
        for (k, attribute) in attributes.enumerated() {
            if k > 0 { out.append(", ") }
            out.append(attribute.key)
            out.append("=")
            switch attribute.form {
            case .text: out.appendQuoted(attribute.value)
            case .url: out.appendQuoted(attribute.value, ampersands: false)
            case .parsed: out.appendQuotedParsed(attribute.value)
            case .html:
                out.append("<")
                out.append(attribute.value)
                out.append(">")
            }
        }
        out.append("];\n")
    }
}
