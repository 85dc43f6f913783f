/// A strict reader for the small part of YAML that Parley's data files are written in,
/// several times faster than composing them with Yams.
///
/// The subset: `#` comments; block sequences and block mappings indented with spaces
/// (a sequence entry may open a mapping, `- id: x`); plain and quoted scalars on one line;
/// flow sequences and flow mappings, which may span lines and hold comments
/// (`[a, b, "c, d"]`, `{country: x, cues: [..]}`). Keys are plain scalars, in flow
/// mappings also quoted ones.
///
/// The reader never guesses: at anything else (tabs, anchors, tags, block scalars, a
/// plain scalar continued on the next line, an empty value, a duplicate key, escapes
/// other than `\"` and `\\`, document markers, and every syntax error) it returns nil,
/// and the caller reads the text with Yams, which reports errors with their line and
/// column as before. Where it does read a text, its tree is the one Yams composes
/// (same strings, same structure, same marks); `YAMLSubsetReaderTests` holds it to that.
struct YAMLSubsetReader {
    /// A document: its root node, nil when it holds only comments and blank lines.
    struct Document: Sendable {
        var root: YAMLSubsetNode?
    }

    /// The text leaves the subset; Yams must read it.
    private struct OutsideSubset: Error {}

    private let bytes: [UInt8]
    private var pos = 0
    private var line = 1
    private var lineStart = 0

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The document `text` holds, or nil when it is not (entirely) in the subset.
    static func read(_ text: String) -> Document? {
        var reader = YAMLSubsetReader(text)
        do {
            try reader.screen()
            guard let indent = reader.skipToContent() else { return Document(root: nil) }
            let root = try reader.blockNode(indent: indent)
            guard reader.skipToContent() == nil else { return nil }
            return Document(root: root)
        } catch {
            return nil
        }
    }

    // MARK: Bytes

    private static let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), hash = UInt8(ascii: "#")
    private static let colon = UInt8(ascii: ":"), comma = UInt8(ascii: ","), dash = UInt8(ascii: "-")
    private static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    private static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    private static let doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
    private static let backslash = UInt8(ascii: "\\")
    /// Whether `b` cannot start a plain scalar in the subset (a YAML indicator).
    private static func isIndicator(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    /// The byte at `pos + ahead`; 0 past the end (the screen lets no NUL through).
    private func peek(_ ahead: Int = 0) -> UInt8 {
        pos + ahead < bytes.count ? bytes[pos + ahead] : 0
    }

    private func isBlankOrEnd(_ b: UInt8) -> Bool {
        b == Self.space || b == Self.newline || b == 0
    }

    /// Rejects, before any parsing, what the subset never holds: tabs, carriage returns
    /// and other control characters, the characters YAML reads as line breaks or a byte
    /// order mark, and lines that would start a directive or mark a document.
    private func screen() throws {
        var atLineStart = true
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b > 0x20 && b < 0x7F && !atLineStart { // most bytes: printable ASCII within a line
                i += 1
                continue
            }
            if atLineStart, b == UInt8(ascii: "%") || b == Self.dash || b == UInt8(ascii: ".") {
                if b == UInt8(ascii: "%") || (i + 2 < n && bytes[i + 1] == b && bytes[i + 2] == b) { throw OutsideSubset() }
            }
            atLineStart = b == Self.newline
            if b < 0x20 && b != Self.newline || b == 0x7F { throw OutsideSubset() }
            if b == 0xC2, i + 1 < n, (0x80...0x9F).contains(bytes[i + 1]) { throw OutsideSubset() } // C1, NEL
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { throw OutsideSubset() }
            if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF
                || bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE { throw OutsideSubset() }
            i += 1
        }
    }

    /// A node starting at `pos`, marked there.
    private func node(_ content: YAMLSubsetNode.Content, at start: Int, line: Int) -> YAMLSubsetNode {
        var column = 1
        var i = start
        while i > 0 {
            i -= 1
            if bytes[i] == Self.newline { break }
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
        }
        return YAMLSubsetNode(content: content, line: line, column: column)
    }

    // MARK: Lines

    /// Moves past blank and comment lines to the first character of the next content
    /// line and returns its indentation; nil at the end of the text. `pos` must stand
    /// after nothing but spaces on its line.
    private mutating func skipToContent() -> Int? {
        while true {
            var p = pos
            while p < bytes.count && bytes[p] == Self.space { p += 1 }
            if p == bytes.count { pos = p; return nil }
            if bytes[p] == Self.hash {
                while p < bytes.count && bytes[p] != Self.newline { p += 1 }
                if p == bytes.count { pos = p; return nil }
            }
            if bytes[p] == Self.newline {
                pos = p + 1
                line += 1
                lineStart = pos
                continue
            }
            pos = p
            return p - lineStart
        }
    }

    /// Ends a line whose content was read: spaces, then a comment (after a space) or nothing.
    private mutating func endLine() throws {
        var spaced = false
        while peek() == Self.space { pos += 1; spaced = true }
        if peek() == Self.hash {
            guard spaced else { throw OutsideSubset() }
            while pos < bytes.count && bytes[pos] != Self.newline { pos += 1 }
        }
        if pos == bytes.count { return }
        guard bytes[pos] == Self.newline else { throw OutsideSubset() }
        pos += 1
        line += 1
        lineStart = pos
    }

    // MARK: Block structure

    private var atSequenceEntry: Bool {
        peek() == Self.dash && isBlankOrEnd(peek(1))
    }

    /// A block sequence or block mapping whose first line is indented by `indent`.
    private mutating func blockNode(indent: Int) throws -> YAMLSubsetNode {
        if atSequenceEntry { return try blockSequence(indent: indent) }
        return try blockMapping(indent: indent)
    }

    /// `- entry` lines at `indent`. Returns at the next content line (or the end).
    private mutating func blockSequence(indent: Int) throws -> YAMLSubsetNode {
        let start = pos, startLine = line
        var items: [YAMLSubsetNode] = []
        while true {
            guard peek(1) == Self.space else { throw OutsideSubset() } // "-" alone: entry on the next line
            pos += 1
            while peek() == Self.space { pos += 1 }
            items.append(try sequenceEntry(column: pos - lineStart))
            guard let next = skipToContent(), next >= indent else { break }
            guard next == indent, atSequenceEntry else { throw OutsideSubset() }
        }
        return node(.sequence(items), at: start, line: startLine)
    }

    /// What follows `- ` on its line: a flow collection, a scalar, or the first key of a
    /// mapping whose keys stand at `column`.
    private mutating func sequenceEntry(column: Int) throws -> YAMLSubsetNode {
        let b = peek()
        if b == Self.openBracket || b == Self.openBrace || b == Self.doubleQuote || b == Self.singleQuote {
            let value = try inlineValue()
            try endLine()
            return value
        }
        if keyEnd() != nil { return try blockMapping(indent: column) }
        let value = try blockPlainScalar()
        try endLine()
        return value
    }

    /// `key: value` lines at `indent`; a value is on the key's line or, indented
    /// further, on the lines below. Returns at the next content line (or the end).
    private mutating func blockMapping(indent: Int) throws -> YAMLSubsetNode {
        let start = pos, startLine = line
        var pairs: [(key: YAMLSubsetNode, value: YAMLSubsetNode)] = []
        while true {
            let key = try plainKey()
            guard let name = key.string, !pairs.contains(where: { $0.key.string == name }) else { throw OutsideSubset() }
            while peek() == Self.space { pos += 1 }
            let value: YAMLSubsetNode
            if peek() == Self.newline || peek() == Self.hash || peek() == 0 {
                try endLine()
                guard let inner = skipToContent(), inner > indent else { throw OutsideSubset() } // empty value
                value = try blockNode(indent: inner)
            } else {
                value = try inlineValue()
                try endLine()
            }
            pairs.append((key, value))
            guard let next = skipToContent(), next >= indent else { break }
            guard next == indent, !atSequenceEntry else { throw OutsideSubset() }
        }
        return node(.mapping(pairs), at: start, line: startLine)
    }

    /// Where the key of a `key: ` line starting at `pos` ends (at its colon), or nil when
    /// the line is no such line.
    private func keyEnd() -> Int? {
        guard !Self.isIndicator(peek()) else { return nil }
        var p = pos
        while p < bytes.count {
            let b = bytes[p]
            if b == Self.newline { return nil }
            if b == Self.colon {
                let next = p + 1 < bytes.count ? bytes[p + 1] : 0
                if isBlankOrEnd(next) { return p }
            }
            if b == Self.hash && bytes[p - 1] == Self.space { return nil }
            p += 1
        }
        return nil
    }

    /// A plain key and its colon: printable characters without quotes, flow indicators,
    /// colons or comment signs, no space before the colon, at most 1000 bytes (a YAML simple
    /// key is limited to 1024 characters).
    private mutating func plainKey() throws -> YAMLSubsetNode {
        guard let end = keyEnd(), end > pos, end - pos <= 1000, bytes[end - 1] != Self.space else { throw OutsideSubset() }
        for b in bytes[pos..<end] {
            switch b {
            case Self.comma, Self.openBracket, Self.closeBracket, Self.openBrace, Self.closeBrace,
                 Self.doubleQuote, Self.singleQuote, Self.hash, Self.colon:
                throw OutsideSubset()
            default: continue
            }
        }
        let key = node(.scalar(String(decoding: bytes[pos..<end], as: UTF8.self), plain: true), at: pos, line: line)
        pos = end + 1
        return key
    }

    /// A value on the line of its key or entry: a flow collection or a scalar.
    private mutating func inlineValue() throws -> YAMLSubsetNode {
        switch peek() {
        case Self.openBracket: return try flowSequence()
        case Self.openBrace: return try flowMapping()
        case Self.doubleQuote, Self.singleQuote:
            let value = try quotedScalar()
            var p = pos
            while p < bytes.count && bytes[p] == Self.space { p += 1 }
            if p < bytes.count && bytes[p] == Self.colon { throw OutsideSubset() } // a quoted key
            return value
        default: return try blockPlainScalar()
        }
    }

    /// A plain scalar running to the end of its line or to a comment.
    private mutating func blockPlainScalar() throws -> YAMLSubsetNode {
        guard !Self.isIndicator(peek()) else { throw OutsideSubset() }
        let start = pos
        var end = pos
        while pos < bytes.count {
            let b = bytes[pos]
            if b == Self.newline { break }
            if b == Self.hash && bytes[pos - 1] == Self.space { break }
            if b == Self.colon && isBlankOrEnd(peek(1)) { throw OutsideSubset() } // a nested key
            pos += 1
            if b != Self.space { end = pos }
        }
        guard end > start else { throw OutsideSubset() } // an empty value
        pos = end
        return node(.scalar(String(decoding: bytes[start..<end], as: UTF8.self), plain: true), at: start, line: line)
    }

    // MARK: Flow collections

    /// Skips spaces, line breaks and comments inside a flow collection.
    private mutating func skipFlowSpace() throws {
        while pos < bytes.count {
            switch bytes[pos] {
            case Self.space: pos += 1
            case Self.newline:
                pos += 1
                line += 1
                lineStart = pos
            case Self.hash:
                guard pos > 0, bytes[pos - 1] == Self.space || bytes[pos - 1] == Self.newline else { throw OutsideSubset() }
                while pos < bytes.count && bytes[pos] != Self.newline { pos += 1 }
            default: return
            }
        }
    }

    private mutating func flowNode() throws -> YAMLSubsetNode {
        switch peek() {
        case Self.openBracket: return try flowSequence()
        case Self.openBrace: return try flowMapping()
        case Self.doubleQuote, Self.singleQuote: return try quotedScalar()
        default: return try flowPlainScalar()
        }
    }

    /// `[item, item, ...]`, no trailing comma.
    private mutating func flowSequence() throws -> YAMLSubsetNode {
        let start = pos, startLine = line
        pos += 1
        var items: [YAMLSubsetNode] = []
        try skipFlowSpace()
        if peek() == Self.closeBracket {
            pos += 1
            return node(.sequence(items), at: start, line: startLine)
        }
        while true {
            items.append(try flowNode())
            try skipFlowSpace()
            switch peek() {
            case Self.comma:
                pos += 1
                try skipFlowSpace()
                if peek() == Self.closeBracket { throw OutsideSubset() }
            case Self.closeBracket:
                pos += 1
                return node(.sequence(items), at: start, line: startLine)
            default: throw OutsideSubset() // includes "[a: b]", a mapping inside
            }
        }
    }

    /// `{key: value, ...}` with plain or quoted keys, each followed by ": " on the value's line.
    private mutating func flowMapping() throws -> YAMLSubsetNode {
        let start = pos, startLine = line
        pos += 1
        var pairs: [(key: YAMLSubsetNode, value: YAMLSubsetNode)] = []
        try skipFlowSpace()
        if peek() == Self.closeBrace {
            pos += 1
            return node(.mapping(pairs), at: start, line: startLine)
        }
        while true {
            let key = peek() == Self.doubleQuote || peek() == Self.singleQuote ? try quotedScalar() : try flowPlainScalar()
            guard let name = key.string, name.utf8.count <= 1000, peek() == Self.colon, peek(1) == Self.space,
                  !pairs.contains(where: { $0.key.string == name }) else { throw OutsideSubset() }
            pos += 1
            while peek() == Self.space { pos += 1 }
            pairs.append((key, try flowNode()))
            try skipFlowSpace()
            switch peek() {
            case Self.comma:
                pos += 1
                try skipFlowSpace()
                if peek() == Self.closeBrace { throw OutsideSubset() }
            case Self.closeBrace:
                pos += 1
                return node(.mapping(pairs), at: start, line: startLine)
            default: throw OutsideSubset()
            }
        }
    }

    /// A plain scalar inside a flow collection: it ends at `,`, `]`, `}`, `: `, a comment
    /// or the end of the line (a scalar continued on the next line is outside the subset).
    private mutating func flowPlainScalar() throws -> YAMLSubsetNode {
        guard !Self.isIndicator(peek()) else { throw OutsideSubset() }
        let start = pos
        var end = pos
        scan: while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case Self.newline, Self.comma, Self.closeBracket, Self.closeBrace: break scan
            case Self.openBracket, Self.openBrace, UInt8(ascii: "?"): throw OutsideSubset()
            case Self.colon:
                if peek(1) == Self.space || peek(1) == Self.newline { break scan }
                throw OutsideSubset()
            case Self.hash:
                if bytes[pos - 1] == Self.space { break scan }
                throw OutsideSubset()
            default:
                pos += 1
                if b != Self.space { end = pos }
            }
        }
        guard end > start else { throw OutsideSubset() }
        pos = end
        return node(.scalar(String(decoding: bytes[start..<end], as: UTF8.self), plain: true), at: start, line: line)
    }

    // MARK: Quoted scalars

    /// A single- or double-quoted scalar on one line; in double quotes only `\"` and `\\`.
    private mutating func quotedScalar() throws -> YAMLSubsetNode {
        let start = pos
        let quote = bytes[pos]
        pos += 1
        var text: [UInt8] = []
        var runStart = pos
        while true {
            guard pos < bytes.count, bytes[pos] != Self.newline else { throw OutsideSubset() }
            let b = bytes[pos]
            if b == quote {
                if quote == Self.singleQuote && peek(1) == Self.singleQuote { // '' is '
                    text += bytes[runStart...pos]
                    pos += 2
                    runStart = pos
                    continue
                }
                text += bytes[runStart..<pos]
                pos += 1
                break
            }
            if quote == Self.doubleQuote && b == Self.backslash {
                let escaped = peek(1)
                guard escaped == Self.doubleQuote || escaped == Self.backslash else { throw OutsideSubset() }
                text += bytes[runStart..<pos]
                text.append(escaped)
                pos += 2
                runStart = pos
                continue
            }
            pos += 1
        }
        return node(.scalar(String(decoding: text, as: UTF8.self), plain: false), at: start, line: line)
    }
}
