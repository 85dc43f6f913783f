import Foundation
import Yams

/// The bundled closed-class data: cue words and relation frames.
public struct Grammar: Sendable {
    public var cues: Cues
    public var frames: RelationFrames
    var dateWords: DateWords
    var calendarNames: CalendarNames

    /// `names.yaml`: given names, kept apart from the cue words as they are a list of their own.
    struct Names: Decodable {
        var givenNames: [String]
        enum CodingKeys: String, CodingKey { case givenNames = "given_names" }
    }

    public static func bundled() throws -> Grammar {
        var cues = try decodeResource("cues", as: Cues.self)
        cues.givenNames = try decodeResource("names", as: Names.self).givenNames
        return Grammar(cues: cues,
                frames: try decodeResource("relations", as: RelationFrames.self),
                dateWords: try DateWords.bundled(),
                calendarNames: try CalendarNames.bundled())
    }

    static func decodeResource<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        guard let url = LexiconResources.url(name),
              let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw ExtractionError.missingResource("Lexicons/\(name).yaml")
        }
        // The bundled files are in the subset `YAMLSubsetDecoder` reads; for any text it
        // does not, YAMLDecoder gives the value or the error.
        if let value = YAMLSubsetDecoder.decode(T.self, from: text) { return value }
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let error as YamlError {
            throw LexiconLoader.located(error, path: "Lexicons/\(name).yaml")
        } catch {
            throw ExtractionError.malformedLexicon(path: "Lexicons/\(name).yaml", line: 1, column: 1,
                                                   problem: "\(error)")
        }
    }
}
