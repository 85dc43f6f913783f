/// Writes events.json directly, byte for byte as `JSONEncoder` with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` writes the `Codable` corpus (two-space
/// indent, `"key" : value`, keys in byte order, empty arrays as `[` blank line `]`,
/// strings raw UTF-8 with `"`, `\`, and controls escaped), at a fraction of the cost: the
/// encoder builds a tree of boxed values first. `CorpusJSONTests` holds the two together.
struct CorpusJSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// A writer that starts inside the events array, for events written apart from the
    /// rest of the file (`CorpusJSONStream.Chunk`).
    static func insideEvents(capacity: Int = 0) -> CorpusJSONWriter {
        var writer = CorpusJSONWriter(capacity: capacity)
        writer.depth = 2
        return writer
    }

    mutating func write(_ corpus: Corpus) {
        writeHead(actors: corpus.actors, documents: corpus.documents)
        for (k, e) in corpus.events.enumerated() { writeEvent(e, at: k) }
        writeTail(eventCount: corpus.events.count, schema: corpus.schema)
    }

    /// Everything before the first event: actors, documents, and the events array opened.
    /// `write(_: Corpus)` is head, events, tail; `CorpusJSONStream` writes the same pieces
    /// with the events coming one at a time.
    mutating func writeHead(actors: [Actor], documents: [DocumentRecord]) {
        open("{")
        key("actors", first: true)
        open("[")
        for (k, a) in actors.enumerated() { element(k); write(a) }
        close("]", empty: actors.isEmpty)
        key("documents")
        open("[")
        for (k, d) in documents.enumerated() { element(k); write(d) }
        close("]", empty: documents.isEmpty)
        key("events")
        open("[")
    }

    /// The `k`th event (0-based) of the events array.
    mutating func writeEvent(_ e: Event, at k: Int) {
        element(k)
        write(e)
    }

    /// Closes the events array and the object (no final line feed).
    mutating func writeTail(eventCount: Int, schema: String) {
        close("]", empty: eventCount == 0)
        key("schema"); string(schema)
        close("}")
    }

    /// Bytes written by another writer, as they are.
    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// The line feed that ends the file.
    mutating func endLine() { bytes.append(0x0A) }

    /// Hands over the bytes written so far and starts again from none.
    mutating func take() -> [UInt8] {
        let out = bytes
        bytes.removeAll(keepingCapacity: true)
        return out
    }

    mutating func write(_ a: Actor) {
        open("{")
        key("aliases", first: true)
        open("[")
        for (k, alias) in a.aliases.enumerated() { element(k); string(alias) }
        close("]", empty: a.aliases.isEmpty)
        if let country = a.country { key("country"); string(country) }
        key("id"); string(a.id)
        key("kind"); string(a.kind.rawValue)
        key("known"); raw(a.known ? "true" : "false")
        if let mentions = a.mentions { key("mentions"); raw(String(mentions)) }
        key("name"); string(a.name)
        close("}")
    }

    mutating func write(_ d: DocumentRecord) {
        open("{")
        key("id", first: true); string(d.id)
        key("path"); string(d.path)
        key("published"); optional(d.published)
        key("title"); optional(d.title)
        if let url = d.url { key("url"); string(url) }
        close("}")
    }

    mutating func write(_ e: Event) {
        open("{")
        key("cameo", first: true); string(e.cameo)
        key("date"); write(e.date)
        key("document"); string(e.document)
        key("evidence"); write(e.evidence)
        key("id"); string(e.id)
        key("location"); optional(e.location)
        key("relation"); string(e.relation.rawValue)
        key("source"); string(e.source)
        if !e.sources.isEmpty {
            key("sources")
            open("[")
            for (k, source) in e.sources.enumerated() {
                element(k)
                open("{")
                key("document", first: true); string(source.document)
                key("evidence"); write(source.evidence)
                close("}")
            }
            close("]", empty: false)
        }
        key("target"); string(e.target)
        close("}")
    }

    mutating func write(_ d: EventDate) {
        open("{")
        if !d.alternatives.isEmpty {
            key("alternatives", first: true)
            open("[")
            for (k, alt) in d.alternatives.enumerated() {
                element(k)
                open("{")
                key("reading", first: true); string(alt.reading)
                key("value"); string(alt.value)
                close("}")
            }
            close("]", empty: false)
        }
        key("basis", first: d.alternatives.isEmpty); string(d.basis.rawValue)
        key("precision"); string(d.precision.rawValue)
        key("text"); optional(d.text)
        key("value"); optional(d.value)
        close("}")
    }

    mutating func write(_ e: Evidence) {
        open("{")
        key("end", first: true); raw(String(e.end))
        key("sentence"); string(e.sentence)
        key("sentence_number"); raw(String(e.sentenceNumber))
        key("start"); raw(String(e.start))
        close("}")
    }

    // MARK: layout

    /// A line feed and the indent, copied from one buffer: events.json has a line per field.
    private static let indents: [UInt8] = [0x0A] + Array(repeating: 0x20, count: 64)

    private mutating func newline() {
        let n = 1 + 2 * depth
        if n <= CorpusJSONWriter.indents.count {
            bytes.append(contentsOf: CorpusJSONWriter.indents[..<n])
        } else {
            bytes.append(0x0A)
            for _ in 0..<(2 * depth) { bytes.append(0x20) }
        }
    }

    private mutating func open(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(ascii: bracket))
        depth += 1
    }

    /// Ends an object or array; an empty array is `[`, a blank line, `]`.
    private mutating func close(_ bracket: Unicode.Scalar, empty: Bool = false) {
        depth -= 1
        if empty { bytes.append(0x0A) }
        newline()
        bytes.append(UInt8(ascii: bracket))
    }

    /// Starts the `k`th element of an array.
    private mutating func element(_ k: Int) {
        if k > 0 { bytes.append(UInt8(ascii: ",")) }
        newline()
    }

    private mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        newline()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(0x20)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(0x20)
    }

    private mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    private mutating func optional(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: they are copied whole.
        let copied: Bool? = s.utf8.withContiguousStorageIfAvailable { utf8 in
            for b in utf8 where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, b])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0..<0x20:
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, CorpusJSONWriter.hex[Int(b >> 4)], CorpusJSONWriter.hex[Int(b & 0xF)]])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
