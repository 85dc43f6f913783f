import Foundation
import ParleyModel
import ParleyRendering

/// Writes the full report into a folder: events.json, graph.svg, graph.dot, timeline.txt,
/// timeline.md and report.html. Everything is rendered in memory first; only then are
/// the files written, each atomically, so a failure never leaves a half-written set.
public struct ReportWriter: Sendable {
    public static let fileNames = ["events.json", "graph.svg", "graph.dot", "timeline.txt", "timeline.md", "report.html"]

    public var layout: Layout?

    public init(layout: Layout? = nil) {
        self.layout = layout
    }

    /// The six files' contents, by name.
    public func render(_ corpus: Corpus) throws -> [String: Data] {
        let graph = GraphRenderer(layout: layout, evidenceLink: "report.html")
        let svg = try graph.render(corpus, format: .svg)
        let inline = try GraphRenderer(layout: layout, evidenceLink: "").render(corpus, format: .svg)
        let timeline = Timeline(corpus: corpus)
        let renderer = TimelineRenderer()
        return [
            "events.json": try corpus.jsonData(),
            "graph.svg": svg,
            "graph.dot": Data(graph.dot(for: corpus).utf8),
            "timeline.txt": Data(renderer.text(timeline).utf8),
            "timeline.md": Data(renderer.markdown(timeline).utf8),
            "report.html": Data(ReportRenderer().render(corpus: corpus, svg: String(decoding: inline, as: UTF8.self)).utf8),
        ]
    }

    /// Renders, creates the folder if needed, and writes every file; returns their URLs.
    @discardableResult
    public func write(_ corpus: Corpus, to folder: URL) throws -> [URL] {
        let files = try render(corpus)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ParleyError.cannotWrite(path: folder.path, reason: (error as NSError).localizedDescription)
        }
        return try ReportWriter.fileNames.map { name in
            let url = folder.appendingPathComponent(name)
            try AtomicFile.write(files[name] ?? Data(), to: url)
            return url
        }
    }
}
