import ParleyModel

/// One row per event, RFC 4180: a header, fields separated by commas, CRLF between
/// records, and any field holding a comma, a quote or a line break quoted (quotes
/// doubled). Columns: id, date, precision, source, source_name, relation, target,
/// target_name, cameo, location, document, sentence_number, sentence. Events in timeline
/// order, each once: an event several documents tell is the row of its first telling.
public struct CSVExporter: Sendable {
    public static let header = ["id", "date", "precision", "source", "source_name", "relation", "target", "target_name",
                                "cameo", "location", "document", "sentence_number", "sentence"]

    public init() {}

    public func export(_ corpus: Corpus) -> String {
        var out = CSVExporter.record(CSVExporter.header)
        for entry in Timeline(corpus: corpus).entries {
            let e = entry.event
            out += CSVExporter.record([e.id, e.date.value ?? "", e.date.precision.rawValue, e.source, entry.sourceName,
                                       e.relation.rawValue, e.target, entry.targetName, e.cameo, e.location ?? "",
                                       entry.documentPath, String(e.evidence.sentenceNumber), e.evidence.sentence])
        }
        return out
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
