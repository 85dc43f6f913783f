import ArgumentParser
import Foundation
import Parley

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join shards written by `extract --output-format jsonl` into one events.json (schema parley/1).",
        discussion: """
        The reduce step of a map/reduce run: actors are resolved across shards and the same \
        event told by several documents is linked, exactly as one `extract` over all the \
        documents does, so the result has the same bytes whatever the split and the order \
        of the shards.
        """
    )

    @Argument(help: "Shard files (- or none: standard input); folders are searched for .jsonl and .ndjson files.")
    var shards: [String] = []

    @Option(name: .shortAndLong, help: "Where to write events.json (default: standard output).")
    var output: String?

    func run() throws {
        Interrupts.removeTemporaryFiles()
        let result: CorpusBuilder.Spilled
        do { result = try ShardMerger().merge(paths: shards.isEmpty ? ["-"] : shards, into: SpillFile.forCommand()) } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
        for d in result.diagnostics { Terminal.error(d.description) }
        if result.documentCount == 0 {
            Terminal.error("error: no readable input; nothing to do")
            throw ExitCode.failure
        }
        try Terminal.emit(to: output) { append in try result.corpus.write(to: append) }
        if result.failures > 0 { throw ExitCode(2) }
    }
}
