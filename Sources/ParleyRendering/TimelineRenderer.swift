import Foundation
import ParleyModel

/// Timelines as text (aligned columns), Markdown (a table) or JSON.
public struct TimelineRenderer: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    public init() {}

    public func render(_ timeline: Timeline, format: Format) throws -> String {
        switch format {
        case .text: return text(timeline)
        case .markdown: return markdown(timeline)
        case .json: return try json(timeline)
        }
    }

    /// `2023-12-02  Russia hosted ... [001_32bc... #4]`, date column padded to the widest label.
    public func text(_ timeline: Timeline) -> String {
        guard !timeline.entries.isEmpty else { return "No events.\n" }
        let width = timeline.entries.map(\.dateLabel.count).max() ?? 0
        return timeline.entries.map { e in
            let pad = String(repeating: " ", count: width - e.dateLabel.count)
            return "\(e.dateLabel)\(pad)  \(e.sentence)  [\(e.documentPath) #\(e.event.evidence.sentenceNumber)]"
        }.joined(separator: "\n") + "\n"
    }

    public func markdown(_ timeline: Timeline) -> String {
        var out = "| Date | Event | Source |\n|---|---|---|\n"
        for e in timeline.entries {
            out += "| \(cell(e.dateLabel)) | \(cell(e.sentence)) | \(cell(e.documentPath)) #\(e.event.evidence.sentenceNumber) |\n"
        }
        return out
    }

    func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    struct JSONEntry: Encodable {
        var date: String?
        var precision: String
        var event: String
        var relation: String
        var source: String
        var target: String
        var document: String
        var sentence: Int
        var evidence: String
    }

    public func json(_ timeline: Timeline) throws -> String {
        let entries = timeline.entries.map { e in
            JSONEntry(date: e.date?.description, precision: e.date?.precision.rawValue ?? "unknown", event: e.sentence,
                      relation: e.event.relation.rawValue, source: e.event.source, target: e.event.target,
                      document: e.documentPath, sentence: e.event.evidence.sentenceNumber, evidence: e.event.evidence.sentence)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }
}
