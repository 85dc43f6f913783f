import Foundation
import ParleyModel

/// One document of a JSON Lines input (`parley extract --input-format jsonl`):
/// `{"id": "...", "text": "...", "published": "YYYY-MM-DD" or null, "title": ..., "url": ...}`,
/// of which `id` and `text` are required; other keys are ignored.
public struct DocumentLine: Codable, Hashable, Sendable {
    public var id: String
    public var text: String
    public var published: String?
    public var title: String?
    public var url: String?

    public init(id: String, text: String, published: String? = nil, title: String? = nil, url: String? = nil) {
        self.id = id
        self.text = text
        self.published = published
        self.title = title
        self.url = url
    }

    /// The line's document, or what is wrong with it in a few words.
    public static func parse(_ bytes: [UInt8]) -> Result<DocumentLine, LineProblem> {
        let line: DocumentLine
        do { line = try JSONDecoder().decode(DocumentLine.self, from: Data(bytes)) } catch {
            return .failure(LineProblem(problem(error)))
        }
        if line.id.trimmingCharacters(in: .whitespaces).isEmpty { return .failure(LineProblem("\"id\" is empty")) }
        // The id is also the document's path, which timelines and reports print on one line.
        if line.id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .failure(LineProblem("\"id\" holds a control character"))
        }
        if let published = line.published, CalendarDate(iso: published)?.precision != .day {
            return .failure(LineProblem("\"published\" is \"\(published)\", not a date (YYYY-MM-DD)"))
        }
        return .success(line)
    }

    /// The line as JSON, keys sorted, ending in a line feed.
    public func jsonLine() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    static func problem(_ error: Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _):
            return "missing \"\(key.stringValue)\""
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            guard let key = context.codingPath.last else { return "not a JSON object" }
            return "\"\(key.stringValue)\" is not a string"
        default:
            return "not valid JSON"
        }
    }
}
