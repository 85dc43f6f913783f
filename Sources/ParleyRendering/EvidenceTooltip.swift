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

    func node(_ node: ActorNetwork.Node) -> String {
        let actor = node.actor
        var out = "\(actor.name) (\(actor.kind.rawValue)"
        if let country = actor.country { out += ", \(country)" }
        out += "): \(count(node.weight, "event"))"
        if let mentions = actor.mentions { out += ", \(count(mentions, "mention"))" }
        appendLines(node.events, to: &out)
        return out
    }

    func edge(_ edge: ActorNetwork.Edge) -> String {
        var out = "\(name(edge.source)) \(edge.relation.phrase) \(name(edge.target)): \(count(edge.events.count, "event"))"
        appendLines(edge.events, to: &out)
        return out
    }

    /// A line per event after the heading, the first `maxEvents`, then how many more.
    func appendLines(_ events: [Event], to out: inout String) {
        for event in events.prefix(EvidenceTooltip.maxEvents) {
            out += "\n"
            out += line(event)
        }
        if events.count > EvidenceTooltip.maxEvents { out += "\n(+\(events.count - EvidenceTooltip.maxEvents) more)" }
    }

    /// "2023-12-02 · Russia hosted opponents of Taliban · 001_32bc #5: First, Moscow hosted …"
    func line(_ e: Event) -> String {
        let sentence = shortened(e.evidence.sentence)
        var out = ""
        out.reserveCapacity(sentence.utf8.count + 96)
        out += e.date.value ?? "undated"
        out += " · "
        out += name(e.source)
        out += " "
        out += e.relation.phrase
        out += " "
        out += name(e.target)
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
        out += sentence
        return out
    }

    /// "001_32bc #5"
    func cite(_ document: String, _ evidence: Evidence, to out: inout String) {
        out += document
        out += " #"
        out += String(evidence.sentenceNumber)
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
        s.utf8.contains { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }
    }

    func name(_ id: String) -> String { names[id] ?? id }

    func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
