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

    /// Reads an events.json; throws `DecodingError` with the failing path on bad input.
    public init(jsonData: Data) throws {
        self = try JSONDecoder().decode(Corpus.self, from: jsonData)
    }
}
