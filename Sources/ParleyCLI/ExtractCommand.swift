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

    @Flag(help: "Print the time each extraction stage took on standard error (scripts/bench).")
    var profile = false

    @OptionGroup var input: InputOptions

    func run() throws {
        if profile { StageProfile.shared.enable() }
        let start = Date()
        let result = try input.corpus(from: paths, acceptsEventsJSON: false)
        let built = Date()
        let data: Data
        do { data = try result.corpus.jsonData() } catch {
            Terminal.error("error: cannot encode events: \(error)")
            throw ExitCode.failure
        }
        let encoded = Date()
        try Terminal.emit(data, to: output)
        if profile {
            ProfileReport(profile: .shared, build: built.timeIntervalSince(start), encode: encoded.timeIntervalSince(built),
                          write: Date().timeIntervalSince(encoded)).lines.forEach(Terminal.error)
        }
        try Terminal.finish(result)
    }
}
