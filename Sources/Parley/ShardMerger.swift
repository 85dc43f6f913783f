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
        var documents: [ExtractedDocument] = []
        let reading = read(paths) { documents.append($0); return true }
        let assembly = CorpusAssembler().assemble(documents)
        return CorpusBuilder.Result(corpus: assembly.corpus, diagnostics: reading.diagnostics + assembly.diagnostics,
                                    failures: reading.failures)
    }

    /// The same merge with the documents set aside in `store` as they are read (see
    /// `CorpusBuilder.spill(paths:into:)`): for shards larger than memory.
    public func merge(paths: [String], into store: any SpillStore) throws -> CorpusBuilder.Spilled {
        let assembler = SpillingAssembler(store: store)
        var position = 0
        let reading = read(paths) { document in
            defer { position += 1 }
            return (try? assembler.add(document, position: position)) != nil
        }
        var corpus = try assembler.assemble()
        corpus.jobs = ProcessInfo.processInfo.activeProcessorCount
        return CorpusBuilder.Spilled(corpus: corpus, diagnostics: reading.diagnostics + corpus.diagnostics,
                                     failures: reading.failures)
    }

    /// Reads every line, handing each document to `add` in the order read, until `add`
    /// returns false; reports the lines that could not be used.
    func read(_ paths: [String], _ add: (ExtractedDocument) -> Bool) -> CorpusBuilder.Reading {
        let lines = JSONLinesReader(paths: paths, maxLineBytes: maxLineBytes, limitName: "the line limit")
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
                case let .success(document):
                    if !add(document) { return CorpusBuilder.Reading(diagnostics: diagnostics, failures: failures, loaded: []) }
                case let .failure(problem):
                    diagnostics.append(Diagnostic(.warning, path: "\(path):\(number)", "\(problem); skipped"))
                    failures += 1
                }
            }
        }
        return CorpusBuilder.Reading(diagnostics: diagnostics, failures: failures, loaded: [])
    }
}
