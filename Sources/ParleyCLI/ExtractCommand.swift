import ArgumentParser
import Foundation
import Parley

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract actors and dated events into events.json (schema parley/1)."
    )

    @Argument(help: "Text files (.txt, .md) or folders, searched recursively.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Where to write events.json (default: standard output).")
    var output: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        let result = try input.corpus(from: paths, acceptsEventsJSON: false)
        let data: Data
        do { data = try result.corpus.jsonData() } catch {
            Terminal.error("error: cannot encode events: \(error)")
            throw ExitCode.failure
        }
        try Terminal.emit(data, to: output)
        try Terminal.finish(result)
    }
}
