import ParleyModel

/// A compact binary form of the model values a spilled document holds (record, actors,
/// events), written and read back by the same process: varint lengths and integers, raw
/// UTF-8 strings. Every field is kept, so a value read back equals the value written.
/// Not a file format: nothing outside one run ever reads it.
struct SpillEncoder {
    private(set) var bytes: [UInt8] = []

    mutating func encode(_ d: DocumentRecord) {
        string(d.id); string(d.path); optional(d.title); optional(d.published); optional(d.url)
    }

    mutating func encode(_ a: Actor) {
        string(a.id); string(a.name); string(a.kind.rawValue)
        int(a.aliases.count)
        for alias in a.aliases { string(alias) }
        optional(a.country)
        bytes.append(a.known ? 1 : 0)
        if let m = a.mentions { bytes.append(1); int(m) } else { bytes.append(0) }
    }

    mutating func encode(_ e: Event) {
        string(e.id); string(e.relation.rawValue); string(e.source); string(e.target)
        encode(e.date)
        optional(e.location); string(e.cameo); string(e.document)
        encode(e.evidence)
        int(e.sources.count)
        for s in e.sources { string(s.document); encode(s.evidence) }
    }

    mutating func encode(_ d: EventDate) {
        optional(d.value); string(d.precision.rawValue); optional(d.text); string(d.basis.rawValue)
        int(d.alternatives.count)
        for alt in d.alternatives { string(alt.value); string(alt.reading) }
    }

    mutating func encode(_ e: Evidence) {
        string(e.sentence); int(e.start); int(e.end); int(e.sentenceNumber)
    }

    /// A signed integer, zigzag then LEB128.
    mutating func int(_ v: Int) {
        var u = UInt64(bitPattern: Int64(v) << 1 ^ Int64(v) >> 63)
        while u >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: u) | 0x80)
            u >>= 7
        }
        bytes.append(UInt8(u))
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional(_ s: String?) {
        if let s { bytes.append(1); string(s) } else { bytes.append(0) }
    }
}

/// Reads what `SpillEncoder` wrote, in the same order.
struct SpillDecoder {
    typealias Corrupt = SpilledCorpus.Corrupt

    private let bytes: [UInt8]
    private(set) var position: Int

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool { position >= bytes.count }

    mutating func record() throws -> DocumentRecord {
        let id = try string(), path = try string()
        let title = try optional(), published = try optional(), url = try optional()
        return DocumentRecord(id: id, path: path, title: title, published: published, url: url)
    }

    mutating func actor() throws -> Actor {
        let id = try string(), name = try string()
        guard let kind = ActorKind(rawValue: try string()) else { throw Corrupt() }
        var aliases: [String] = []
        for _ in 0..<(try count()) { aliases.append(try string()) }
        let country = try optional()
        let known = try byte() == 1
        let mentions = try byte() == 1 ? try int() : nil
        return Actor(id: id, name: name, kind: kind, aliases: aliases, country: country, known: known, mentions: mentions)
    }

    mutating func event() throws -> Event {
        let id = try string()
        guard let relation = RelationType(rawValue: try string()) else { throw Corrupt() }
        let source = try string(), target = try string()
        let date = try self.date()
        let location = try optional()
        let cameo = try string(), document = try string()
        let evidence = try self.evidence()
        var e = Event(id: id, relation: relation, source: source, target: target, date: date,
                      location: location, document: document, evidence: evidence)
        e.cameo = cameo
        for _ in 0..<(try count()) { e.sources.append(EventSource(document: try string(), evidence: try self.evidence())) }
        return e
    }

    /// What linking an event across documents needs of it (`SpillingAssembler`), read
    /// without building the rest: its relation, actors and date value.
    mutating func linkFields() throws -> (relation: RelationType, source: String, target: String, value: String?) {
        try skipString()
        guard let relation = RelationType(rawValue: try string()) else { throw Corrupt() }
        let source = try string(), target = try string()
        let value = try optional()
        try skipString() // precision
        if try byte() == 1 { try skipString() } // text
        try skipString() // basis
        for _ in 0..<(try count()) { try skipString(); try skipString() }
        if try byte() == 1 { try skipString() } // location
        try skipString(); try skipString() // cameo, document
        try skipEvidence()
        for _ in 0..<(try count()) { try skipString(); try skipEvidence() }
        return (relation, source, target, value)
    }

    private mutating func skipEvidence() throws {
        try skipString()
        _ = try int(); _ = try int(); _ = try int()
    }

    private mutating func skipString() throws {
        position += try count()
    }

    mutating func date() throws -> EventDate {
        let value = try optional()
        guard let precision = EventDate.Precision(rawValue: try string()) else { throw Corrupt() }
        let text = try optional()
        guard let basis = EventDate.Basis(rawValue: try string()) else { throw Corrupt() }
        var alternatives: [AlternativeDate] = []
        for _ in 0..<(try count()) { alternatives.append(AlternativeDate(value: try string(), reading: try string())) }
        return EventDate(value: value, precision: precision, text: text, basis: basis, alternatives: alternatives)
    }

    mutating func evidence() throws -> Evidence {
        let sentence = try string()
        return Evidence(sentence: sentence, start: try int(), end: try int(), sentenceNumber: try int())
    }

    mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw Corrupt() }
        position += 1
        return bytes[position - 1]
    }

    mutating func int() throws -> Int {
        var u: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Corrupt() }
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1))
    }

    /// A length or count, which cannot be negative nor run past the end.
    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - position else { throw Corrupt() }
        return n
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { position += n }
        return String(decoding: bytes[position..<(position + n)], as: UTF8.self)
    }

    mutating func optional() throws -> String? {
        try byte() == 1 ? try string() : nil
    }
}
