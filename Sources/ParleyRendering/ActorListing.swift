import Foundation
import ParleyModel

/// Every actor a corpus mentions, for curating a lexicon (`parley actors`): kind, country,
/// whether a lexicon knew it, mention and event counts, and every name the text used.
/// Rows are sorted by mentions (most first), then id, so the actors worth a lexicon
/// entry come first.
public struct ActorListing: Sendable {
    public struct Row: Codable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var kind: ActorKind
        public var country: String?
        public var known: Bool
        public var mentions: Int
        public var events: Int
        public var aliases: [String]
    }

    public let rows: [Row]

    /// `unknownOnly`: only the actors no lexicon listed.
    public init(corpus: Corpus, unknownOnly: Bool = false) {
        var events: [String: Int] = [:]
        for e in corpus.events where e.isFirstTelling {
            events[e.source, default: 0] += 1
            if e.target != e.source { events[e.target, default: 0] += 1 }
        }
        rows = corpus.actors.filter { !unknownOnly || !$0.known }.map { a in
            Row(id: a.id, name: a.name, kind: a.kind, country: a.country, known: a.known,
                mentions: a.mentions ?? 0, events: events[a.id, default: 0], aliases: a.aliases)
        }.sorted { ($1.mentions, $0.id) < ($0.mentions, $1.id) }
    }

    /// An aligned table: mentions, events, known, kind, id, name, then the other names.
    public func text() -> String {
        let header = ["MENTIONS", "EVENTS", "KNOWN", "KIND", "ID", "NAME", "OTHER NAMES"]
        let cells = rows.map { r in
            [String(r.mentions), String(r.events), r.known ? "yes" : "no", r.kind.rawValue, oneLine(r.id), oneLine(r.name),
             r.aliases.filter { $0 != r.name }.map(oneLine).joined(separator: "; ")]
        }
        var widths = header.map(\.count)
        for row in cells { for (k, c) in row.enumerated() { widths[k] = max(widths[k], c.count) } }
        func line(_ row: [String]) -> String {
            row.enumerated().map { k, c in
                k == row.count - 1 ? c : (k < 2 ? String(repeating: " ", count: widths[k] - c.count) + c
                                                : c + String(repeating: " ", count: widths[k] - c.count))
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return ([line(header)] + cells.map(line)).joined(separator: "\n") + "\n"
    }

    /// The rows as a JSON array.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(rows) + Data("\n".utf8)
    }

    /// A lexicon file (`--actors`) with one entry per row: edit it, keep what is right,
    /// and pass it back to make those actors known under one id and name.
    public func lexiconYAML() -> String {
        var out = "# Actors found by parley; edit, then pass with --actors FILE.yaml.\n"
        for r in rows {
            out += "- id: \(quoted(r.id))\n  name: \(quoted(r.name))\n  kind: \(r.kind.rawValue)\n"
            if let country = r.country { out += "  country: \(quoted(country))\n" }
            let aliases = r.aliases.filter { $0 != r.name }
            if !aliases.isEmpty { out += "  aliases: [" + aliases.map(quoted).joined(separator: ", ") + "]\n" }
            out += "  # \(r.mentions) mention\(r.mentions == 1 ? "" : "s"), \(r.events) event\(r.events == 1 ? "" : "s")\(r.known ? ", in a lexicon" : "")\n"
        }
        return out
    }

    /// A YAML double-quoted scalar (JSON string syntax is valid YAML).
    func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0xFEFF || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Control characters (line breaks among them) as spaces, so a row stays one line.
    func oneLine(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars { out.append(scalar.value < 0x20 ? " " : scalar) }
        return String(out)
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
