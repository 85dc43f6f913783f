import Foundation
import ParleyModel

/// One event per line, each exactly as events.json writes it (keys sorted, no line
/// breaks inside), in timeline order: for `jq`, pandas and streaming tools. An event told
/// by several documents is one line, its first telling, whose `sources` name them all.
public struct JSONLinesExporter: Sendable {
    public init() {}

    public func export(_ corpus: Corpus) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for entry in Timeline(corpus: corpus).entries {
            out += String(decoding: try encoder.encode(entry.event), as: UTF8.self) + "\n"
        }
        return out
    }
}
