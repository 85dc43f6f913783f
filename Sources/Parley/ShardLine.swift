import Foundation
import ParleyExtraction
import ParleyModel

/// One line of the map step's output (`parley extract --output-format jsonl`): all that
/// the reduce step (`parley merge`) needs of one document, as one JSON object:
/// `{"actors": [...], "document": {...}, "events": [...], "schema": "parley-shard/1"}`.
///
/// `document` is the events.json entry (its id not yet made unique), `actors` every actor
/// the document mentions with all its surface forms as `aliases` and its mention count as
/// `mentions`, `events` the document's events as events.json has them, before linking
/// across documents and numbering (`id` is empty).
public enum ShardLine {
    public static let schemaName = "parley-shard/1"

    struct Line: Codable {
        var schema: String
        var document: DocumentRecord
        var actors: [Actor]
        var events: [Event]
    }

    /// The line, keys sorted, ending in a line feed.
    public static func encode(_ extracted: ExtractedDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Line(schema: schemaName, document: extracted.document,
                                           actors: extracted.actors, events: extracted.events))
        data.append(0x0A)
        return data
    }

    /// The document a line holds, or what is wrong with the line in a few words.
    public static func decode(_ bytes: [UInt8]) -> Result<ExtractedDocument, LineProblem> {
        let line: Line
        do { line = try JSONDecoder().decode(Line.self, from: Data(bytes)) } catch {
            if let schema = try? JSONDecoder().decode(Schema.self, from: Data(bytes)).schema, schema != schemaName {
                return .failure(LineProblem("schema \"\(schema)\", not \(schemaName)"))
            }
            return .failure(LineProblem("not a \(schemaName) line: \(CorpusBuilder.explain(error))"))
        }
        guard line.schema == schemaName else { return .failure(LineProblem("schema \"\(line.schema)\", not \(schemaName)")) }
        if let stray = line.events.first(where: { $0.document != line.document.id }) {
            return .failure(LineProblem("an event of document \"\(stray.document)\" on the line of \"\(line.document.id)\""))
        }
        return .success(ExtractedDocument(document: line.document, events: line.events, actors: line.actors))
    }

    struct Schema: Decodable { var schema: String }
}
