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
        var heading = "\(actor.name) (\(actor.kind.rawValue)"
        if let country = actor.country { heading += ", \(country)" }
        heading += "): \(count(node.weight, "event"))"
        if let mentions = actor.mentions { heading += ", \(count(mentions, "mention"))" }
        return ([heading] + lines(node.events)).joined(separator: "\n")
    }

    func edge(_ edge: ActorNetwork.Edge) -> String {
        let heading = "\(name(edge.source)) \(edge.relation.phrase) \(name(edge.target)): \(count(edge.events.count, "event"))"
        return ([heading] + lines(edge.events)).joined(separator: "\n")
    }

    func lines(_ events: [Event]) -> [String] {
        var out = events.prefix(EvidenceTooltip.maxEvents).map(line)
        if events.count > EvidenceTooltip.maxEvents { out.append("(+\(events.count - EvidenceTooltip.maxEvents) more)") }
        return out
    }

    /// "2023-12-02 · Russia hosted opponents of Taliban · 001_32bc #5: First, Moscow hosted …"
    func line(_ e: Event) -> String {
        let citations = e.sources.isEmpty
            ? ["\(e.document) #\(e.evidence.sentenceNumber)"]
            : e.sources.map { "\($0.document) #\($0.evidence.sentenceNumber)" }
        let what = "\(name(e.source)) \(e.relation.phrase) \(name(e.target))"
        return "\(e.date.value ?? "undated") · \(what) · \(citations.joined(separator: "; ")): \(shortened(e.evidence.sentence))"
    }

    func shortened(_ sentence: String) -> String {
        let flat = sentence.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > EvidenceTooltip.maxSentence ? flat.prefix(EvidenceTooltip.maxSentence - 1) + "…" : flat
    }

    func name(_ id: String) -> String { names[id] ?? id }

    func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
