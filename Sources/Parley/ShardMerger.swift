import Foundation
import ParleyExtraction
import ParleyModel

/// The reduce step (`parley merge`): reads shard files (`ShardLine`s, from any number of
/// map runs) and assembles them as one run would have, with the same `CorpusAssembler`,
/// so merging the shards of a split corpus gives the bytes extracting it whole gives.
/// A malformed line is a warning naming the file and line and is skipped.
public struct ShardMerger: Sendable {
    /// Longer lines are skipped unread (1 GB by default).
    public var maxLineBytes = 1 << 30

    public init() {}

    /// Merges the shard files at `paths` (`-`: standard input).
    public func merge(paths: [String]) -> CorpusBuilder.Result {
        let lines = JSONLinesReader(paths: paths, maxLineBytes: maxLineBytes, limitName: "the line limit")
        var documents: [ExtractedDocument] = []
        var diagnostics: [Diagnostic] = []
        var failures = 0
        while let item = lines.next() {
            switch item {
            case let .problem(diagnostic, skipped):
                diagnostics.append(diagnostic)
                if skipped { failures += 1 }
            case let .line(path, number, bytes):
                if number == 1, String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces) == "{" {
                    // A pretty-printed events.json: one message for the file, not one per line.
                    diagnostics.append(Diagnostic(.error, path: path, "an events.json, not \(ShardLine.schemaName) lines (write them with `parley extract --output-format jsonl`); skipped"))
                    failures += 1
                    lines.skipRestOfFile()
                    continue
                }
                switch ShardLine.decode(bytes) {
                case let .success(document): documents.append(document)
                case let .failure(problem):
                    diagnostics.append(Diagnostic(.warning, path: "\(path):\(number)", "\(problem); skipped"))
                    failures += 1
                }
            }
        }
        let assembly = CorpusAssembler().assemble(documents)
        return CorpusBuilder.Result(corpus: assembly.corpus, diagnostics: diagnostics + assembly.diagnostics, failures: failures)
    }
}
