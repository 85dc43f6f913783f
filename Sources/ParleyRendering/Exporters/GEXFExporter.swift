import ParleyModel

/// The actor network as GEXF 1.3 for Gephi: a dynamic graph (`timeformat="date"`) whose
/// edges carry their events' dates as spells, so Gephi's timeline can play the network
/// over time. A spell runs over the event's whole period (a month-precision event from
/// its first to its last day); overlapping periods are merged. An edge or node with an
/// undated event has no spells (it is present throughout), since nothing says when that
/// event happened. Relations are edge kinds, so parallel relations between two actors
/// stay apart; colours follow the map.
public struct GEXFExporter: Sendable {
    public init() {}

    public func export(_ corpus: Corpus) -> String {
        let network = ActorNetwork(corpus: corpus)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
        out += "  <meta>\n    <creator>Parley</creator>\n    <description>Actors and diplomatic events read from "
            + "\(corpus.documents.count) documents</description>\n  </meta>\n"
        out += "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" timerepresentation=\"interval\">\n"
        out += "    <attributes class=\"node\">\n"
            + "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
            + "      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n"
            + "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
            + "      <attribute id=\"events\" title=\"events\" type=\"integer\"/>\n"
            + "    </attributes>\n"
        out += "    <attributes class=\"edge\">\n"
            + "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
            + "      <attribute id=\"cameo\" title=\"cameo\" type=\"string\"/>\n"
            + "      <attribute id=\"event_ids\" title=\"event_ids\" type=\"string\"/>\n"
            + "    </attributes>\n"
        out += "    <nodes>\n"
        for node in network.nodes {
            let a = node.actor
            out += "      <node id=\"\(a.id.xmlEscaped)\" label=\"\(a.name.xmlEscaped)\">\n        <attvalues>\n"
            out += value("kind", a.kind.rawValue) + value("country", a.country) + value("mentions", a.mentions.map(String.init))
                + value("events", String(node.weight))
            out += "        </attvalues>\n" + spells(node.events)
            out += "        " + color(NodeStyle(kind: a.kind).fill) + "\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (k, edge) in network.edges.enumerated() {
            out += "      <edge id=\"e\(k + 1)\" source=\"\(edge.source.xmlEscaped)\" target=\"\(edge.target.xmlEscaped)\""
                + " type=\"\(edge.isDirected ? "directed" : "undirected")\" kind=\"\(edge.relation.rawValue)\""
                + " label=\"\(edge.relation.rawValue)\" weight=\"\(edge.events.count)\">\n        <attvalues>\n"
            out += value("relation", edge.relation.rawValue) + value("cameo", edge.relation.cameo)
                + value("event_ids", edge.events.map(\.id).joined(separator: " "))
            out += "        </attvalues>\n" + spells(edge.events)
            out += "        " + color(EdgeStyle(relation: edge.relation).color) + "\n      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    func value(_ key: String, _ value: String?) -> String {
        guard let value else { return "" }
        return "          <attvalue for=\"\(key)\" value=\"\(value.xmlEscaped)\"/>\n"
    }

    func spells(_ events: [Event]) -> String {
        let periods = GEXFExporter.periods(events)
        guard !periods.isEmpty else { return "" }
        return "        <spells>\n" + periods.map { p in
            "          <spell start=\"\(CalendarDate(dayNumber: p.lowerBound))\" end=\"\(CalendarDate(dayNumber: p.upperBound))\"/>\n"
        }.joined() + "        </spells>\n"
    }

    /// The events' periods as day-number ranges, merged where they overlap or touch;
    /// none when any event is undated.
    static func periods(_ events: [Event]) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        for event in events {
            guard let date = event.calendarDate else { return [] }
            ranges.append(date.firstDay...date.lastDay)
        }
        var merged: [ClosedRange<Int>] = []
        for r in ranges.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            if let last = merged.last, r.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }

    /// `<viz:color r g b/>` from "#rrggbb".
    func color(_ hex: String) -> String {
        let digits = Array(hex.dropFirst())
        let channel = { (i: Int) in Int(String(digits[i..<(i + 2)]), radix: 16) ?? 0 }
        return digits.count == 6 ? "<viz:color r=\"\(channel(0))\" g=\"\(channel(2))\" b=\"\(channel(4))\"/>" : ""
    }
}
