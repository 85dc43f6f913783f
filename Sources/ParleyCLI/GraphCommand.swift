import ArgumentParser
import Foundation
import Parley

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the actor network (SVG, PNG, PDF or DOT), rendered in-process by Graphviz."
    )

    @Argument(help: "Text files or folders, or events.json files written by `parley extract`.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @Option(help: ArgumentHelp("Output format: \(GraphFormat.validNames). Default: from the output file's extension, else svg."))
    var format: String?

    @Option(help: ArgumentHelp("Graphviz layout: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")). Default: dot, sfdp for large graphs."))
    var layout: String?

    @OptionGroup var input: InputOptions

    func validate() throws {
        _ = try chosenFormat()
        if let layout {
            do { _ = try Layout(validating: layout) } catch { throw ValidationError(error.description) }
        }
    }

    func chosenFormat() throws -> GraphFormat {
        if let format {
            guard let f = GraphFormat(rawValue: format.lowercased()) else {
                throw ValidationError("unknown format \"\(format)\"; valid formats: \(GraphFormat.validNames)")
            }
            return f
        }
        let ext = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        return GraphFormat(rawValue: ext) ?? .svg
    }

    func run() throws {
        let result = try input.corpus(from: paths, acceptsEventsJSON: true)
        let renderer = GraphRenderer(layout: try layout.map { try Layout(validating: $0) })
        let data: Data
        do { data = try renderer.render(result.corpus, format: try chosenFormat()) } catch {
            Terminal.error("error: \(error)")
            throw ExitCode.failure
        }
        try Terminal.emit(data, to: output)
        try Terminal.finish(result)
    }
}
