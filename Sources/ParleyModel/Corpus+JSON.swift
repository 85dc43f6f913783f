import Foundation

extension Corpus {
    /// events.json bytes: pretty-printed with sorted keys, so equal corpora give equal bytes.
    public func jsonData() throws -> Data {
        var writer = CorpusJSONWriter(capacity: 4096 + 1024 * events.count)
        writer.write(self)
        var data = Data(writer.bytes)
        data.append(0x0A)
        return data
    }

    /// The same bytes through `JSONEncoder` (what `jsonData()` reproduces faster; for tests).
    public func encodedJSONData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads an events.json (`CorpusJSONReader`); throws `CorpusJSONError`, which names
    /// the problem, the value it is in and its line and column.
    public init(jsonData: Data) throws {
        self = try CorpusJSONReader.corpus(from: [UInt8](jsonData))
    }

    /// Reads an events.json from its bytes, as `init(jsonData:)`.
    public init(jsonBytes: [UInt8]) throws {
        self = try CorpusJSONReader.corpus(from: jsonBytes)
    }

    /// The same corpus through `JSONDecoder` and the Codable conformances (what the reader
    /// reproduces faster; for tests). Throws `DecodingError`.
    public init(decodingJSON data: Data) throws {
        self = try JSONDecoder().decode(Corpus.self, from: data)
    }
}
