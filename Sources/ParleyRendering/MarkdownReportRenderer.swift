import ParleyModel

/// The report as Markdown (report.md) for Markdown pipelines: the same summary, map
/// (`graph.svg` as an image beside it), timeline, actors, evidence and documents as the
/// HTML report. Article text is escaped so that it stays text: no raw HTML, links or
/// emphasis can come from a document. Equal corpora give equal bytes.
public struct MarkdownReportRenderer: Sendable {
    public var title: String
    /// The map's file, relative to the report.
    public var imagePath: String

    public init(title: String = "Parley report", imagePath: String = "graph.svg") {
        self.title = title
        self.imagePath = imagePath
    }

    public func render(corpus: Corpus) -> String {
        let entries = Timeline(corpus: corpus).entries
        let anchors = ReportRenderer.uniqueAnchors(for: entries.map(\.event.id))
        var md = ["# \(escape(title))", "", escape(ReportSummary(corpus: corpus, entries: entries).text), "",
                  "## Actor network", "", "![Actor network](\(imagePath))", "", "## Timeline", ""]
        if entries.isEmpty { md.append("No events.") } else {
            md += ["| Date | Event | Document |", "|---|---|---|"]
            for (entry, anchor) in zip(entries, anchors) {
                md.append("| \(entry.dateLabel) | [\(escape(entry.sentence))](#\(anchor)) | \(escape(entry.citation)) |")
            }
        }
        md += ["", "## Actors", ""]
        let table = ActorTable(corpus: corpus, entries: entries, anchors: anchors)
        if table.rows.isEmpty { md.append("No actors.") } else {
            md += ["| Name | Kind | Aliases | Mentions | Events | First dated event | Last dated event |", "|---|---|---|--:|--:|---|---|"]
            for row in table.rows {
                md.append("| \(escape(row.actor.name)) | \(row.actor.kind.rawValue) | \(escape(row.actor.aliases.joined(separator: ", ")))"
                    + " | \(row.actor.mentions.map(String.init) ?? "–") | \(row.events) | \(dated(row.first)) | \(dated(row.last)) |")
            }
        }
        md += ["", "## Evidence", ""]
        if entries.isEmpty { md.append("No events.") }
        for (entry, anchor) in zip(entries, anchors) {
            let event = entry.event
            let date = event.date.value.map { "\($0) (\(event.date.precision.rawValue))" } ?? "undated"
            md += ["### <a id=\"\(anchor)\"></a>\(date) · \(event.relation.rawValue) · \(escape(entry.sourceName)) → \(escape(entry.targetName))", ""]
            let sentences = event.sources.isEmpty ? [event.evidence.sentence] : event.sources.map(\.evidence.sentence)
            for (citation, sentence) in zip(entry.citations, sentences) {
                md += ["> \(escape(sentence))", "", "— \(escape(citation))", ""]
            }
        }
        md += ["## Documents", ""]
        if corpus.documents.isEmpty { md.append("No documents.") } else {
            md += ["| Id | Title | Published | Path |", "|---|---|---|---|"]
            for d in corpus.documents.sorted(by: { ($0.id, $0.path) < ($1.id, $1.path) }) {
                md.append("| \(escape(d.id)) | \(escape(d.title ?? "untitled")) | \(escape(d.published ?? "no publication date")) | \(escape(d.path)) |")
            }
        }
        return md.joined(separator: "\n") + "\n"
    }

    func dated(_ d: ActorTable.Dated?) -> String {
        d.map { "[\($0.date)](#\($0.anchor))" } ?? "–"
    }

    /// Text that stays text in CommonMark and in a table cell: every character that could
    /// start inline markup is backslash-escaped (which also stops raw HTML, entities and
    /// links, since `[` and `<` never reach the renderer bare), as is a leading character
    /// that would start a block; line breaks become spaces.
    func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        // Nor may it start a heading or a list: "# x", "- x", "+ x", "12. x".
        if let first = out.first, first == "#" || first == "-" || first == "+" { out = "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, out.dropFirst(digits.count).first == "." {
            out = digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }
}
