import Foundation
import ParleyExtraction
import ParleyModel
import ParleyRendering

/// Reads documents and lists their temporal expressions (`parley dates`).
public struct DateFinder: Sendable {
    public struct Result: Sendable {
        public var entries: [TimexRenderer.Entry]
        public var diagnostics: [Diagnostic]
        public var failures: Int
    }

    public var pipeline: Pipeline
    public var overrides: PublicationOverrides
    /// Larger inputs are skipped unread (`--max-document-bytes`).
    public var maxDocumentBytes: Int
    /// Counts documents and bytes as the run goes, for a progress line.
    public var progress: ProgressMeter?

    public init(pipeline: Pipeline, overrides: PublicationOverrides = PublicationOverrides(),
                maxDocumentBytes: Int = DocumentReader.defaultMaxBytes) {
        self.pipeline = pipeline
        self.overrides = overrides
        self.maxDocumentBytes = maxDocumentBytes
    }

    public func find(paths: [String]) -> Result {
        let (files, collected) = InputCollector().collect(paths)
        var diagnostics = collected
        var failures = collected.filter { $0.severity == .error }.count
        var entries: [TimexRenderer.Entry] = []
        var ids = DocumentIDs()
        let reader = DocumentReader(maxBytes: maxDocumentBytes)
        let sizes = files.map { JSONLinesReader.size(of: $0.url.path) }
        progress?.expect(documents: files.count, bytes: sizes.reduce(0, +))
        for (file, size) in zip(files, sizes) {
            defer {
                progress?.read(bytes: Int(size))
                progress?.finished()
            }
            switch reader.read(file) {
            case let .success((document, warnings)):
                diagnostics += warnings
                var doc = document
                overrides.apply(to: &doc, from: file)
                if let renamed = ids.claim(&doc) { diagnostics.append(renamed) }
                let x = pipeline.extract(doc)
                entries.append(TimexRenderer.Entry(document: x.document, text: doc.text, timexes: x.timexes))
            case let .failure(d):
                diagnostics.append(d)
                failures += 1
            }
        }
        return Result(entries: entries, diagnostics: diagnostics, failures: failures)
    }
}
