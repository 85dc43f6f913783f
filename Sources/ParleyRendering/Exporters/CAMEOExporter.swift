import ParleyModel

/// Tab-separated events in the spirit of Phoenix and GDELT: date, source, target, CAMEO
/// code, root code, quad class, Goldstein score, document (and the event id), with a
/// header row. Dates are ISO 8601 at their precision, empty when undated; tabs and line
/// breaks inside a field become spaces, so every line is one event.
public struct CAMEOExporter: Sendable {
    public static let header = ["date", "source", "target", "cameo", "root_code", "quad_class", "goldstein", "document", "event"]

    public init() {}

    public func export(_ corpus: Corpus) -> String {
        var out = CAMEOExporter.header.joined(separator: "\t") + "\n"
        for entry in Timeline(corpus: corpus).entries {
            let e = entry.event
            let code = CAMEOCode(e.cameo)
            let fields = [e.date.value ?? "", e.source, e.target, e.cameo, code.root, code.quadClass.map(String.init) ?? "",
                          code.goldsteinScore.map { String($0) } ?? "", e.document, e.id]
            out += fields.map(CAMEOExporter.field).joined(separator: "\t") + "\n"
        }
        return out
    }

    static func field(_ s: String) -> String {
        String(s.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
