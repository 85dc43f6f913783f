import ParleyModel

/// The evidence text of a node's or an edge's tooltip: a heading line, then one line per
/// event, chronologically: its date, what happened, where it was read (document and
/// sentence number, every document when several tell it) and the sentence, shortened.
struct EvidenceTooltip {
    /// Events listed in full; the rest are counted.
    static let maxEvents = 5
    /// Characters of a sentence kept in a tooltip line.
    static let maxSentence = 200

    /// Display names by actor id.
    let names: [String: String]

    init(names: [String: String]) {
        self.names = names
    }

    /// Tooltips naming the network's actors (the first node of an id wins).
    init(network: ActorNetwork) {
        names = Dictionary(network.nodes.map { ($0.actor.id, $0.actor.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// The node's tooltip; `escaped`: as Graphviz holds it once parsed from a quoted DOT
    /// value (see `DOTBuffer.parsed`), written so piece by piece.
    func node(_ node: ActorNetwork.Node, escaped: Bool = false) -> String {
        let actor = node.actor
        var out = TooltipText(escaped: escaped)
        out += actor.name
        out += " ("
        out += actor.kind.rawValue
        if let country = actor.country {
            out += ", "
            out += country
        }
        out += "): "
        count(node.weight, "event", to: &out)
        if let mentions = actor.mentions {
            out += ", "
            count(mentions, "mention", to: &out)
        }
        appendLines(node.events, to: &out)
        return out.text
    }

    /// The edge's tooltip; `escaped` as for `node`.
    func edge(_ edge: ActorNetwork.Edge, escaped: Bool = false) -> String {
        var out = TooltipText(escaped: escaped)
        triple(edge.source, edge.relation, edge.target, to: &out)
        out += ": "
        count(edge.events.count, "event", to: &out)
        appendLines(edge.events, to: &out)
        return out.text
    }

    /// "Russia hosted opponents of Taliban": the actors by name around the relation's phrase.
    func triple(_ source: String, _ relation: RelationType, _ target: String, to out: inout TooltipText) {
        out += name(source)
        out += " "
        out += relation.phrase
        out += " "
        out += name(target)
    }

    /// A line per event after the heading, the first `maxEvents`, then how many more.
    func appendLines(_ events: [Event], to out: inout TooltipText) {
        for event in events.prefix(EvidenceTooltip.maxEvents) {
            out += "\n"
            line(event, to: &out)
        }
        if events.count > EvidenceTooltip.maxEvents {
            out += "\n(+"
            out.append(events.count - EvidenceTooltip.maxEvents)
            out += " more)"
        }
    }

    /// "2023-12-02 · Russia hosted opponents of Taliban · 001_32bc #5: First, Moscow hosted …"
    func line(_ e: Event) -> String {
        var out = TooltipText()
        line(e, to: &out)
        return out.text
    }

    func line(_ e: Event, to out: inout TooltipText) {
        out += e.date.value ?? "undated"
        out += " · "
        triple(e.source, e.relation, e.target, to: &out)
        out += " · "
        if e.sources.isEmpty {
            cite(e.document, e.evidence, to: &out)
        } else {
            for (k, source) in e.sources.enumerated() {
                if k > 0 { out += "; " }
                cite(source.document, source.evidence, to: &out)
            }
        }
        out += ": "
        out += shortened(e.evidence.sentence)
    }

    /// "001_32bc #5"
    func cite(_ document: String, _ evidence: Evidence, to out: inout TooltipText) {
        out += document
        out += " #"
        out.append(evidence.sentenceNumber)
    }

    /// The sentence on one line, cut to `maxSentence` characters with an ellipsis.
    func shortened(_ sentence: String) -> String {
        // Most sentences are short and on one line: nothing to split, join or count.
        if sentence.utf8.count <= EvidenceTooltip.maxSentence, !EvidenceTooltip.mayBreakLines(sentence) { return sentence }
        let flat = sentence.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > EvidenceTooltip.maxSentence ? flat.prefix(EvidenceTooltip.maxSentence - 1) + "…" : flat
    }

    /// Whether `s` may hold a character that `isNewline` (LF, VT, FF, CR, NEL, LS, PS):
    /// one of their UTF-8 bytes, or the lead bytes of the others, is in it.
    static func mayBreakLines(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { $0.contains { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 } }
    }

    func name(_ id: String) -> String { names[id] ?? id }

    /// "1 event", "3 events"
    func count(_ n: Int, _ noun: String, to out: inout TooltipText) {
        out.append(n)
        out += " "
        out += noun
        if n != 1 { out += "s" }
    }
}

/// A tooltip's text as it is put together: UTF-8 bytes appended in place, one String at
/// the end (appending to a String piece by piece costs several times more). Escaped, each
/// piece goes in as `DOTBuffer.parsed` would give it, which is how the whole text would
/// come out of it (the escapes are byte by byte, and a piece is whole characters).
struct TooltipText {
    private var buffer = DOTBuffer(capacity: 256)
    let escaped: Bool

    init(escaped: Bool = false) {
        self.escaped = escaped
    }

    var text: String { buffer.text }

    static func += (out: inout TooltipText, s: String) {
        if out.escaped {
            out.buffer.appendEscaped(s, ampersands: true, quotes: false)
        } else {
            out.buffer.append(s)
        }
    }

    /// The decimal digits of `n`, as `String(n)` writes them (digits need no escape).
    mutating func append(_ n: Int) {
        if n < 0 { buffer.append(byte: UInt8(ascii: "-")) }
        var v = n.magnitude
        var unit: UInt = 1
        while v / unit >= 10 { unit *= 10 }
        repeat {
            buffer.append(byte: UInt8(ascii: "0") + UInt8(v / unit))
            v %= unit
            unit /= 10
        } while unit > 0
    }
}
