import ArgumentParser
import Foundation
import Parley

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract actors and dated events into events.json (schema parley/1).",
        discussion: """
        With --output-format jsonl, writes one parley-shard/1 line per document instead, for \
        `parley merge` to join: the map step of a map/reduce run.
        """
    )

    @Argument(help: "Text files (.txt, .md) or folders, searched recursively; with --input-format jsonl, JSON Lines files (- or none: standard input).")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Where to write events.json (default: standard output).")
    var output: String?

    @Option(help: ArgumentHelp("text (a document per file) or jsonl (a document per line: {\"id\", \"text\", \"published\", \"title\", \"url\"}).", valueName: "format"))
    var inputFormat: String = "text"

    @Option(help: ArgumentHelp("json (events.json) or jsonl (a parley-shard/1 line per document, for `parley merge`).", valueName: "format"))
    var outputFormat: String = "json"

    @Flag(help: "Print the time each extraction stage took on standard error (scripts/bench).")
    var profile = false

    @OptionGroup var input: InputOptions

    static let outputFormats = ["json", "jsonl"]

    func validate() throws {
        guard let format = CorpusBuilder.InputFormat(rawValue: inputFormat) else {
            throw ValidationError("unknown input format \"\(inputFormat)\"; valid formats: \(CorpusBuilder.InputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard ExtractCommand.outputFormats.contains(outputFormat) else {
            throw ValidationError("unknown output format \"\(outputFormat)\"; valid formats: \(ExtractCommand.outputFormats.joined(separator: ", "))")
        }
        if format == .text && paths.isEmpty {
            throw ValidationError("no input given; name files or folders (or read JSON Lines from standard input with --input-format jsonl)")
        }
    }

    func run() throws {
        let format = CorpusBuilder.InputFormat(rawValue: inputFormat) ?? .text
        let paths = format == .jsonl && paths.isEmpty ? ["-"] : paths
        if profile { StageProfile.shared.enable() }
        let start = Date()
        if outputFormat == "jsonl" {
            let extraction = try input.extraction(from: paths, format: format)
            let built = Date()
            var data = Data()
            do { for document in extraction.documents { data += try ShardLine.encode(document) } } catch {
                Terminal.error("error: cannot encode events: \(error)")
                throw ExitCode.failure
            }
            try write(data, start: start, built: built)
            if extraction.failures > 0 { throw ExitCode(2) }
            return
        }
        Interrupts.removeTemporaryFiles()
        let spilled = try input.spilledCorpus(from: paths, format: format)
        let built = Date()
        try Terminal.emit(to: output) { append in try spilled.corpus.write(to: append) }
        if profile {
            ProfileReport(profile: .shared, build: built.timeIntervalSince(start), encode: Date().timeIntervalSince(built),
                          write: nil).lines.forEach(Terminal.error)
        }
        if spilled.failures > 0 { throw ExitCode(2) }
    }

    /// Writes the output, then the stage profile when asked for.
    func write(_ data: Data, start: Date, built: Date) throws {
        let encoded = Date()
        try Terminal.emit(data, to: output)
        if profile {
            ProfileReport(profile: .shared, build: built.timeIntervalSince(start), encode: encoded.timeIntervalSince(built),
                          write: Date().timeIntervalSince(encoded)).lines.forEach(Terminal.error)
        }
    }
}
