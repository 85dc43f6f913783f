import Foundation
import ParleyExtraction
import ParleyModel

/// Documents from JSON Lines inputs (`DocumentLine`), one line at a time as workers ask
/// for them. A malformed line is a warning naming the file and line and is skipped; the
/// text goes through the checks a file's text goes through (binary, U+FFFE, HTML).
/// A document's path is its id, so it does not depend on how the input was split.
final class JSONLinesSource: DocumentSource, @unchecked Sendable {
    private let lines: JSONLinesReader
    let reader: DocumentReader
    let overrides: PublicationOverrides
    let progress: ProgressMeter?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var failures = 0

    init(paths: [String], reader: DocumentReader, overrides: PublicationOverrides, progress: ProgressMeter?) {
        lines = JSONLinesReader(paths: paths, maxLineBytes: reader.maxBytes, limitName: "--max-document-bytes", progress: progress)
        self.reader = reader
        self.overrides = overrides
        self.progress = progress
        progress?.expect(documents: nil, bytes: lines.totalBytes)
    }

    func next() -> Document? {
        while let item = lines.next() {
            switch item {
            case let .problem(diagnostic, skipped):
                diagnostics.append(diagnostic)
                if skipped { failures += 1 }
            case let .line(path, number, bytes):
                if let document = document(from: bytes, at: "\(path):\(number)") { return document }
                failures += 1
            }
        }
        return nil
    }

    /// The line's document, or nil (with a warning) when it cannot be used.
    func document(from bytes: [UInt8], at place: String) -> Document? {
        let line: DocumentLine
        switch DocumentLine.parse(bytes) {
        case let .success(parsed): line = parsed
        case let .failure(problem):
            diagnostics.append(Diagnostic(.warning, path: place, "\(problem); skipped"))
            return nil
        }
        switch reader.document(from: Array(line.text.utf8), id: line.id, path: place) {
        case let .success((read, warnings)):
            diagnostics += warnings
            var document = read
            document.path = line.id
            document.published = line.published
            document.title = line.title
            document.url = line.url
            overrides.fill(&document)
            return document
        case let .failure(diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }
}
