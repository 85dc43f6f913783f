import Foundation
import ParleyModel

/// Lists temporal expressions as aligned text, JSON (the `parley dates` contract:
/// {document, start, end, text, type, value}) or TimeML with TIMEX3 tags in the text.
public struct TimexRenderer: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, timeml
    }

    /// One document's text and the expressions found in it.
    public struct Entry: Sendable {
        public var document: DocumentRecord
        public var text: String
        public var timexes: [Timex]

        public init(document: DocumentRecord, text: String, timexes: [Timex]) {
            self.document = document
            self.text = text
            self.timexes = timexes
        }
    }

    public init() {}

    public func render(_ entries: [Entry], format: Format) throws -> String {
        switch format {
        case .text: return text(entries)
        case .json: return try json(entries)
        case .timeml: return timeml(entries)
        }
    }

    /// `document  start-end  TYPE  value  "text"`, one expression per line.
    public func text(_ entries: [Entry]) -> String {
        let rows = entries.flatMap { e in
            e.timexes.map { t in [t.document, "\(t.start)-\(t.end)", t.type, t.value ?? "-", "\"\(t.text)\""] }
        }
        guard !rows.isEmpty else { return "No temporal expressions.\n" }
        let widths = (0..<4).map { col in rows.map { $0[col].count }.max() ?? 0 }
        return rows.map { row in
            (0..<4).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }.joined(separator: "  ")
                + "  " + row[4]
        }.joined(separator: "\n") + "\n"
    }

    public func json(_ entries: [Entry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries.flatMap(\.timexes)), as: UTF8.self) + "\n"
    }

    /// TimeML 1.2: the text of each document with its expressions tagged, the publication
    /// date as the DCT; several documents are wrapped in one root element.
    public func timeml(_ entries: [Entry]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if entries.count != 1 { out += "<TimeMLCollection>\n" }
        for entry in entries {
            out += "<TimeML>\n<DOCID>\(xml(entry.document.id))</DOCID>\n"
            if let dct = entry.document.published {
                out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(xml(dct))\" functionInDocument=\"CREATION_TIME\">\(xml(dct))</TIMEX3></DCT>\n"
            }
            out += "<TEXT>" + tagged(entry) + "</TEXT>\n</TimeML>\n"
        }
        if entries.count != 1 { out += "</TimeMLCollection>\n" }
        return out
    }

    func tagged(_ entry: Entry) -> String {
        let scalars = Array(entry.text.unicodeScalars)
        var out = ""
        var at = 0
        for (k, t) in entry.timexes.sorted(by: { $0.start < $1.start }).enumerated()
        where t.start >= at && t.end <= scalars.count && t.start < t.end {
            out += xml(slice(scalars, at, t.start))
            var attrs = "tid=\"t\(k + 1)\" type=\"\(xml(t.type))\""
            if let value = t.value { attrs += " value=\"\(xml(value))\"" }
            if let mod = t.mod { attrs += " mod=\"\(xml(mod))\"" }
            out += "<TIMEX3 \(attrs)>" + xml(slice(scalars, t.start, t.end)) + "</TIMEX3>"
            at = t.end
        }
        return out + xml(slice(scalars, at, scalars.count))
    }

    func slice(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[a..<b])
        return String(view)
    }

    func xml(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // Characters XML 1.0 forbids (most control characters) cannot be written at all.
                if ch.value < 0x20 && ch != "\n" && ch != "\t" && ch != "\r" { out += " " } else { out.unicodeScalars.append(ch) }
            }
        }
        return out
    }
}
