import ArgumentParser
import Foundation
import Parley

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the actor network (SVG, PNG, PDF, DOT or JSON), rendered in-process by Graphviz."
    )

    @Argument(help: "Text files or folders, or events.json files written by `parley extract`.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @Option(help: ArgumentHelp("Output format: \(GraphFormat.validNames). Default: from the output file's extension, else svg."))
    var format: String?

    @Option(help: ArgumentHelp("Graphviz layout: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")). Default: dot; sfdp with overlap removal above \(GraphRenderer.largeGraphNodes) actors or \(GraphRenderer.largeGraphEdges) edges."))
    var layout: String?

    @Option(help: ArgumentHelp("Group actors in boxes: \(DOTEncoder.Clustering.validNames) (drawn by the dot and fdp layouts).", valueName: "mode"))
    var cluster: String = "none"

    @Flag(inversion: .prefixedNo, help: "Draw the legend of relations and actor kinds below the map.")
    var legend = true

    @Option(help: ArgumentHelp("Make edges link to URL#ev-<event> and nodes to URL#actor-<actor> (e.g. report.html).", valueName: "url"))
    var links: String?

    @OptionGroup var filters: NetworkFilterOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
        _ = try chosenFormat()
        _ = try clustering()
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

    func clustering() throws -> DOTEncoder.Clustering {
        guard let mode = DOTEncoder.Clustering(rawValue: cluster.lowercased()) else {
            throw ValidationError("unknown cluster mode \"\(cluster)\"; valid modes: \(DOTEncoder.Clustering.validNames)")
        }
        return mode
    }

    func run() throws {
        let renderer = GraphRenderer(layout: try layout.map { try Layout(validating: $0) }, evidenceLink: links,
                                     clustering: try clustering(), legend: legend)
        let format = try chosenFormat()
        // Graphviz loads its plugins and fonts while the corpus is read and its network
        // worked out; the drawing comes after it (Graphviz is used in the order asked for),
        // so Graphviz is in the same state before the drawing on every run, and the
        // command does not end (or exit) while it is still loading them.
        let preparing = renderer.startPreparing(format: format)
        defer { preparing?.wait() }
        let result = try input.corpus(from: paths, acceptsEventsJSON: true)
        let corpus = try filters.apply(to: result.corpus)
        let network = ActorNetwork(corpus: corpus)
        // Tens of thousands of strings on a large map: freeing them would only delay the exit.
        KeptUntilExit.shared.keep(value: (result, corpus, network))
        let data: Data
        do { data = try renderer.render(network, format: format) } catch {
            Terminal.error("error: \(error)")
            throw ExitCode.failure
        }
        try Terminal.emit(data, to: output)
        try Terminal.finish(result)
    }
}
