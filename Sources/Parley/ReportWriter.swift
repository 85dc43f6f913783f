import Foundation
import ParleyModel
import ParleyRendering

/// Writes the full report into a folder: events.json, graph.svg, graph.dot, timeline.txt,
/// timeline.md and report.html (or report.md). Everything is rendered in memory first,
/// then every file is written to a temporary name, and only when all six are on disk are
/// they renamed into place: a failure while rendering or writing leaves the previous set.
public struct ReportWriter: Sendable {
    /// The page: one self-contained HTML file, or Markdown beside graph.svg.
    public enum Format: String, CaseIterable, Sendable {
        case html, markdown

        /// The report's file name.
        public var fileName: String { self == .html ? "report.html" : "report.md" }

        public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
    }

    /// The files of an HTML report.
    public static let fileNames = fileNames(for: .html)

    public static func fileNames(for format: Format) -> [String] {
        ["events.json", "graph.svg", "graph.dot", "timeline.txt", "timeline.md", format.fileName]
    }

    public var layout: Layout?
    public var format: Format
    public var clustering: DOTEncoder.Clustering

    public init(layout: Layout? = nil, format: Format = .html, clustering: DOTEncoder.Clustering = .none) {
        self.layout = layout
        self.format = format
        self.clustering = clustering
    }

    /// The six files' contents, by name. graph.svg links into the report beside it; the
    /// map inlined in report.html links within the page.
    public func render(_ corpus: Corpus) throws -> [String: Data] {
        let network = ActorNetwork(corpus: corpus)
        let graph = GraphRenderer(layout: layout, evidenceLink: format.fileName, clustering: clustering)
        let timeline = Timeline(corpus: corpus)
        let renderer = TimelineRenderer()
        let svg = try graph.render(network, format: .svg)
        var files: [String: Data] = [
            "events.json": try corpus.jsonData(),
            "graph.svg": svg,
            "graph.dot": Data(graph.dot(for: network).utf8),
            "timeline.txt": Data(renderer.text(timeline).utf8),
            "timeline.md": Data(renderer.markdown(timeline).utf8),
        ]
        switch format {
        case .html:
            // The same drawing, linking within the page: laid out once. Attribute values
            // never hold a bare quote, so only real links match.
            let inline = String(decoding: svg, as: UTF8.self)
                .replacingOccurrences(of: "xlink:href=\"\(format.fileName)#", with: "xlink:href=\"#")
            files[format.fileName] = Data(ReportRenderer().render(corpus: corpus, svg: inline).utf8)
        case .markdown:
            files[format.fileName] = Data(MarkdownReportRenderer().render(corpus: corpus).utf8)
        }
        return files
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
        let named = ReportWriter.fileNames(for: format).map { (data: files[$0] ?? Data(), url: folder.appendingPathComponent($0)) }
        try AtomicFile.write(named)
        return named.map(\.url)
    }
}
