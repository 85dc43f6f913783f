import Foundation
import ParleyModel

/// Timelines as text (aligned columns), Markdown (a table) or JSON, optionally grouped
/// by day, month or year.
public struct TimelineRenderer: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    /// The period events are grouped by: headings in text and Markdown, a `group` field in JSON.
    public var grouping: TimelineGrouping
    /// Whether text carries ANSI colour (Markdown and JSON never do). Removing the escape
    /// sequences gives exactly the uncoloured text.
    public var colour: Bool

    public init(grouping: TimelineGrouping = .none, colour: Bool = false) {
        self.grouping = grouping
        self.colour = colour
    }

    public func render(_ timeline: Timeline, format: Format) throws -> String {
        switch format {
        case .text: return text(timeline)
        case .markdown: return markdown(timeline)
        case .json: return try json(timeline)
        }
    }

    /// `2023-12-02  Russia hosted ... [seeds/001.txt #4]`, the date column padded to the
    /// widest label; other readings of the date end the line: `  (or 2023-11-23, Solar Hijri)`.
    /// Grouped, each group is a heading line followed by its events indented two spaces.
    public func text(_ timeline: Timeline) -> String {
        guard !timeline.entries.isEmpty else { return "No events.\n" }
        let width = timeline.entries.map(\.dateLabel.count).max() ?? 0
        var lines: [String] = []
        for group in timeline.groups(by: grouping) {
            var indent = ""
            if let label = group.label {
                lines.append(style(label, Style.heading))
                indent = "  "
            }
            for e in group.entries {
                let pad = String(repeating: " ", count: width - e.dateLabel.count)
                var line = indent + style(e.dateLabel, Style.date) + pad + "  " + e.sourceName + " "
                    + style(e.event.relation.phrase, Style.relation(e.event.relation)) + " " + e.targetName
                    + "  [\(e.citation)]"
                if let alternatives = e.alternativesLabel { line += "  (\(alternatives))" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table of date, event and source; grouped, a `### heading` before each group's table.
    /// Other readings of a date follow it in its cell: "2023-12-02 (or 2023-11-23, Solar Hijri)".
    public func markdown(_ timeline: Timeline) -> String {
        let groups = timeline.groups(by: grouping)
        guard !groups.isEmpty else { return table([]) }
        return groups.map { group in
            (group.label.map { "### \(cell($0))\n\n" } ?? "") + table(group.entries)
        }.joined(separator: "\n")
    }

    func table(_ entries: [Timeline.Entry]) -> String {
        var out = "| Date | Event | Source |\n|---|---|---|\n"
        for e in entries {
            let date = e.dateLabel + (e.alternativesLabel.map { " (\($0))" } ?? "")
            out += "| \(cell(date)) | \(cell(e.sentence)) | \(cell(e.citation)) |\n"
        }
        return out
    }

    func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    struct JSONEntry: Encodable {
        var date: String?
        var precision: String
        var alternatives: [AlternativeDate]?
        var group: String?
        var event: String
        var relation: String
        var source: String
        var target: String
        var document: String
        var sentence: Int
        var evidence: String
        /// Every document that tells the event ("path #n"), when several do.
        var sources: [String]?
    }

    /// A flat array in timeline order; an entry lists its date's other readings in
    /// `alternatives` when there are any (as events.json does), and its `group` heading
    /// when grouping is on.
    public func json(_ timeline: Timeline) throws -> String {
        let entries = timeline.entries.map { e in
            JSONEntry(date: e.date?.description, precision: e.date?.precision.rawValue ?? "unknown",
                      alternatives: e.event.date.alternatives.isEmpty ? nil : e.event.date.alternatives, group: grouping.label(for: e.date), event: e.sentence,
                      relation: e.event.relation.rawValue, source: e.event.source, target: e.event.target,
                      document: e.documentPath, sentence: e.event.evidence.sentenceNumber, evidence: e.event.evidence.sentence,
                      sources: e.sourcePaths.isEmpty ? nil : e.citations)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }

    /// `text` in the SGR style `code` when colour is on, else unchanged.
    func style(_ text: String, _ code: String) -> String {
        colour ? TerminalColour.wrap(text, code) : text
    }

    /// SGR codes: the 8 basic colours, readable on dark and light backgrounds alike.
    enum Style {
        static let heading = "1"
        static let date = "36"

        /// Bold, in the colour family of the relation's edges in the graph: blue for
        /// meetings, green for visits and support, magenta for invitations, yellow for
        /// requests, red for criticism and opposition.
        static func relation(_ relation: RelationType) -> String {
            switch relation {
            case .metWith: return "1;34"
            case .visited, .hostedBy, .supports: return "1;32"
            case .invited: return "1;35"
            case .seeksSupportFrom: return "1;33"
            case .criticizes, .opposes: return "1;31"
            }
        }
    }
}
