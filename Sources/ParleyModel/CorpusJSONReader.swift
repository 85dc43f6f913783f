/// Reads an events.json (`parley/1`) straight from its bytes into a `Corpus`: the values
/// `JSONDecoder` gives through the Codable conformances (optional keys, defaults, unknown
/// keys ignored, the first of repeated keys kept), several times faster, with problems
/// located by line, column and path (`events[3].date.precision`).
///
/// Text in UTF-16 or UTF-32 (told by a byte order mark or by the zero bytes around the
/// first characters, as JSONDecoder tells it) is converted first; a UTF-8 byte order mark
/// is skipped.
public struct CorpusJSONReader {
    var cursor: JSONCursor

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        cursor = JSONCursor(bytes)
    }

    /// The corpus in `bytes`; throws `CorpusJSONError`.
    public static func corpus(from bytes: [UInt8]) throws -> Corpus {
        if let utf8 = JSONTextEncoding.utf8(converting: bytes) {
            return try utf8.withUnsafeBufferPointer { try corpus(fromUTF8: $0) }
        }
        return try bytes.withUnsafeBufferPointer { try corpus(fromUTF8: $0) }
    }

    /// The corpus in UTF-8 `bytes` (a byte order mark is skipped).
    public static func corpus(fromUTF8 bytes: UnsafeBufferPointer<UInt8>) throws -> Corpus {
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var reader = CorpusJSONReader(UnsafeBufferPointer(rebasing: bytes[bom...]))
        let corpus = try reader.corpus()
        try reader.cursor.end()
        return corpus
    }

    static let corpusKeys = JSONKeys(["schema", "documents", "actors", "events"])

    mutating func corpus() throws -> Corpus {
        let at = cursor.offset
        var schema: String?, documents: [DocumentRecord]?, actors: [Actor]?, events: [Event]?
        try members(Self.corpusKeys) { r, key in
            switch key {
            case 0: schema = try r.within("schema") { try $0.cursor.string() }
            case 1: documents = try r.within("documents") { try $0.array { try $0.document() } }
            case 2: actors = try r.within("actors") { try $0.array { try $0.actor() } }
            default: events = try r.within("events") { try $0.array { try $0.event() } }
            }
        }
        var corpus = Corpus(documents: try required(documents, "documents", at), actors: try required(actors, "actors", at),
                            events: try required(events, "events", at))
        corpus.schema = try required(schema, "schema", at)
        return corpus
    }

    static let documentKeys = JSONKeys(["id", "path", "title", "published", "url"])

    mutating func document() throws -> DocumentRecord {
        let at = cursor.offset
        var id: String?, path: String?, title: String?, published: String?, url: String?
        try members(Self.documentKeys) { r, key in
            switch key {
            case 0: id = try r.within("id") { try $0.cursor.string() }
            case 1: path = try r.within("path") { try $0.cursor.string() }
            case 2: title = try r.within("title") { try $0.cursor.optionalString() }
            case 3: published = try r.within("published") { try $0.cursor.optionalString() }
            default: url = try r.within("url") { try $0.cursor.optionalString() }
            }
        }
        return DocumentRecord(id: try required(id, "id", at), path: try required(path, "path", at),
                              title: title, published: published, url: url)
    }

    static let actorKinds = JSONEnum(ActorKind.self)
    static let actorKeys = JSONKeys(["id", "name", "kind", "aliases", "country", "known", "mentions"])

    mutating func actor() throws -> Actor {
        let at = cursor.offset
        var id: String?, name: String?, kind: ActorKind?, aliases: [String]?, country: String?, known: Bool?, mentions: Int?
        try members(Self.actorKeys) { r, key in
            switch key {
            case 0: id = try r.within("id") { try $0.cursor.string() }
            case 1: name = try r.within("name") { try $0.cursor.string() }
            case 2: kind = try r.within("kind") { try $0.value(Self.actorKinds, "actor kind") }
            case 3: aliases = try r.within("aliases") { try $0.array { try $0.cursor.string() } }
            case 4: country = try r.within("country") { try $0.cursor.optionalString() }
            case 5: known = try r.within("known") { try $0.cursor.bool() }
            default: mentions = try r.within("mentions") { try $0.cursor.optionalInt() }
            }
        }
        return Actor(id: try required(id, "id", at), name: try required(name, "name", at), kind: try required(kind, "kind", at),
                     aliases: try required(aliases, "aliases", at), country: country, known: try required(known, "known", at),
                     mentions: mentions)
    }

    // MARK: Helpers

    /// An array whose elements `element` reads; an error names the element's index.
    mutating func array<T>(_ element: (inout CorpusJSONReader) throws -> T) throws -> [T] {
        try cursor.enterArray()
        var out: [T] = []
        var first = true
        while try cursor.nextElement(first: &first) {
            let k = out.count
            do { out.append(try element(&self)) } catch let error as CorpusJSONError { throw error.inside(.index(k)) }
        }
        return out
    }

    /// Reads an object's members: each key of `keys` once, with its index in `keys`, by
    /// `read`. Unknown keys are skipped, and the first of repeated keys wins, as with JSONDecoder.
    mutating func members(_ keys: JSONKeys, _ read: (inout CorpusJSONReader, Int) throws -> Void) throws {
        try cursor.enterObject()
        var first = true, seen = 0
        while let key = try cursor.nextMember(keys, first: &first) {
            guard key >= 0, seen & 1 << key == 0 else {
                try cursor.skipValue()
                continue
            }
            seen |= 1 << key
            try read(&self, key)
        }
    }

    /// Reads a member's value with `body`; an error names the member.
    mutating func within<T>(_ key: String, _ body: (inout CorpusJSONReader) throws -> T) throws -> T {
        do { return try body(&self) } catch let error as CorpusJSONError { throw error.inside(.key(key)) }
    }

    /// A string that must be one of an enumeration's raw values (`known` lists them).
    mutating func value<T>(_ known: JSONEnum<T>, _ what: String) throws -> T {
        if let k = cursor.plainString(in: known.names) { return known.cases[k] }
        let at = cursor.offset
        let raw = try cursor.string()
        guard let value = T(rawValue: raw) else {
            let valid = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw cursor.error("unknown \(what) \"\(raw)\" (valid: \(valid))", at: cursor.valueStart(from: at))
        }
        return value
    }

    /// `value`, or the error naming the missing key, at the object.
    func required<T>(_ value: T?, _ key: String, _ object: Int) throws -> T {
        guard let value else { throw cursor.error("missing \"\(key)\"", at: cursor.valueStart(from: object)) }
        return value
    }
}
