import ParleyModel

/// The formats of `parley export`, each written by its own exporter.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, jsonl, graphml, gexf
    case cameoTSV = "cameo-tsv"

    /// The format a file name's extension implies: .csv, .jsonl, .graphml, .gexf, .tsv.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "csv": self = .csv
        case "jsonl", "ndjson": self = .jsonl
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "tsv": self = .cameoTSV
        default: return nil
        }
    }

    public func export(_ corpus: Corpus) throws -> String {
        switch self {
        case .csv: return CSVExporter().export(corpus)
        case .jsonl: return try JSONLinesExporter().export(corpus)
        case .graphml: return GraphMLExporter().export(corpus)
        case .gexf: return GEXFExporter().export(corpus)
        case .cameoTSV: return CAMEOExporter().export(corpus)
        }
    }

    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
