import ArgumentParser
import Foundation
import Parley

struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "List every temporal expression with its span, TIMEX3 type and normalised value."
    )

    @Argument(help: "Text files (.txt, .md) or folders, searched recursively.")
    var paths: [String]

    @Option(help: ArgumentHelp("Output format: \(TimexRenderer.Format.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: String = "text"

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard TimexRenderer.Format(rawValue: format) != nil else {
            throw ValidationError("unknown format \"\(format)\"; valid formats: \(TimexRenderer.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let finder = try input.dateFinder()
        let result = ProgressDisplay.around(finder.progress, quiet: input.quiet) { finder.find(paths: paths) }
        for d in result.diagnostics { Terminal.error(d.description) }
        guard !result.entries.isEmpty else {
            Terminal.error("error: no readable input; nothing to do")
            throw ExitCode.failure
        }
        let text: String
        do { text = try TimexRenderer().render(result.entries, format: TimexRenderer.Format(rawValue: format) ?? .text) } catch {
            Terminal.error("error: cannot render dates: \(error)")
            throw ExitCode.failure
        }
        try Terminal.emit(Data(text.utf8), to: output)
        if result.failures > 0 { throw ExitCode(2) }
    }
}
