import ArgumentParser
import Foundation
import Parley

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export events or the actor network: CSV, JSON Lines, GraphML, GEXF (Gephi) or CAMEO TSV."
    )

    @Argument(help: "Text files or folders, or events.json files written by `parley extract`.")
    var paths: [String]

    @Option(help: ArgumentHelp("Format: \(ExportFormat.validNames). Default: from the output file's extension (.csv, .jsonl, .graphml, .gexf, .tsv)."))
    var format: String?

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @OptionGroup var filters: NetworkFilterOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
        _ = try chosenFormat()
    }

    func chosenFormat() throws -> ExportFormat {
        if let format {
            guard let f = ExportFormat(rawValue: format.lowercased()) else {
                throw ValidationError("unknown format \"\(format)\"; valid formats: \(ExportFormat.validNames)")
            }
            return f
        }
        let ext = output.map { URL(fileURLWithPath: $0).pathExtension } ?? ""
        guard let f = ExportFormat(fileExtension: ext) else {
            throw ValidationError("give --format (\(ExportFormat.validNames)) or an output file ending in .csv, .jsonl, .graphml, .gexf or .tsv")
        }
        return f
    }

    func run() throws {
        let result = try input.corpus(from: paths, acceptsEventsJSON: true)
        let corpus = try filters.apply(to: result.corpus)
        let text: String
        do { text = try chosenFormat().export(corpus) } catch {
            Terminal.error("error: cannot export: \(error)")
            throw ExitCode.failure
        }
        try Terminal.emit(Data(text.utf8), to: output)
        try Terminal.finish(result)
    }
}
