import ArgumentParser
import Foundation
import Parley

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write events.json, graph.svg, graph.dot, timeline.txt, timeline.md and report.html into a folder.",
        discussion: "With no paths, reads the bundled corpus seeds/ and writes output/."
    )

    @Argument(help: "Text files or folders, or events.json files (default: seeds).")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Folder to write into (default: output).")
    var output: String = "output"

    @Option(help: ArgumentHelp("Graphviz layout: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")). Default: dot, sfdp for large graphs."))
    var layout: String?

    @OptionGroup var input: InputOptions

    func validate() throws {
        if let layout {
            do { _ = try Layout(validating: layout) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        let result = try input.corpus(from: paths.isEmpty ? ["seeds"] : paths, acceptsEventsJSON: true)
        let writer = ReportWriter(layout: try layout.map { try Layout(validating: $0) })
        do {
            let urls = try writer.write(result.corpus, to: URL(fileURLWithPath: output))
            let c = result.corpus
            Terminal.error("parley: \(c.documents.count) documents, \(c.actors.count) actors, \(c.events.count) events; wrote \(urls.count) files to \(output)/")
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
        try Terminal.finish(result)
    }
}
