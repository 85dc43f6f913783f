import ArgumentParser
import Foundation
import Parley

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List events in date order (undated last), each naming its document and sentence."
    )

    @Argument(help: "Text files or folders, or events.json files written by `parley extract`.")
    var paths: [String]

    @Option(help: ArgumentHelp("Output format: \(TimelineRenderer.Format.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: String = "text"

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard TimelineRenderer.Format(rawValue: format) != nil else {
            throw ValidationError("unknown format \"\(format)\"; valid formats: \(TimelineRenderer.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let result = try input.corpus(from: paths, acceptsEventsJSON: true)
        let text: String
        do {
            text = try TimelineRenderer().render(Timeline(corpus: result.corpus), format: TimelineRenderer.Format(rawValue: format) ?? .text)
        } catch {
            Terminal.error("error: cannot render the timeline: \(error)")
            throw ExitCode.failure
        }
        try Terminal.emit(Data(text.utf8), to: output)
        try Terminal.finish(result)
    }
}
