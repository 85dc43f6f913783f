import ArgumentParser
import Foundation
import Parley

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write events.json, graph.svg, graph.dot, timeline.txt, timeline.md and report.html (or report.md) into a folder.",
        discussion: "With no paths, reads the bundled corpus seeds/ and writes output/."
    )

    @Argument(help: "Text files or folders, or events.json files (default: seeds).")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Folder to write into (default: output).")
    var output: String = "output"

    @Option(help: ArgumentHelp("The report: html (one self-contained report.html) or markdown (report.md beside graph.svg).", valueName: "format"))
    var format: String = "html"

    @Option(help: ArgumentHelp("Graphviz layout: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")). Default: dot, sfdp for large graphs."))
    var layout: String?

    @Option(help: ArgumentHelp("Group actors in boxes on the map: \(DOTEncoder.Clustering.validNames).", valueName: "mode"))
    var cluster: String = "none"

    @OptionGroup var input: InputOptions

    func validate() throws {
        if let layout {
            do { _ = try Layout(validating: layout) } catch { throw ValidationError(error.description) }
        }
        guard ReportWriter.Format(rawValue: format.lowercased()) != nil else {
            throw ValidationError("unknown format \"\(format)\"; valid formats: \(ReportWriter.Format.validNames)")
        }
        guard DOTEncoder.Clustering(rawValue: cluster.lowercased()) != nil else {
            throw ValidationError("unknown cluster mode \"\(cluster)\"; valid modes: \(DOTEncoder.Clustering.validNames)")
        }
    }

    func run() throws {
        let result = try input.corpus(from: paths.isEmpty ? ["seeds"] : paths, acceptsEventsJSON: true)
        let writer = ReportWriter(layout: try layout.map { try Layout(validating: $0) },
                                  format: ReportWriter.Format(rawValue: format.lowercased()) ?? .html,
                                  clustering: DOTEncoder.Clustering(rawValue: cluster.lowercased()) ?? .none)
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
