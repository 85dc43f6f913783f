import Foundation
import ParleyExtraction
import ParleyModel

/// Text files read one at a time, as workers ask for them (see `DocumentSource`), with
/// every problem kept as a diagnostic in file order. events.json files among the inputs
/// are read as they come and kept whole in `loaded`.
final class TextFileSource: DocumentSource, @unchecked Sendable {
    private let files: [InputFile]
    private let sizes: [Int64]
    private var k = 0
    let reader: DocumentReader
    let overrides: PublicationOverrides
    let progress: ProgressMeter?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var failures = 0
    private(set) var loaded: [Corpus] = []

    init(files: [InputFile], reader: DocumentReader, overrides: PublicationOverrides, progress: ProgressMeter?) {
        self.files = files
        sizes = files.map { JSONLinesReader.size(of: $0.url.path) }
        self.reader = reader
        self.overrides = overrides
        self.progress = progress
        progress?.expect(documents: files.filter { $0.kind == .text }.count, bytes: sizes.reduce(0, +))
    }

    func next() -> Document? {
        while k < files.count {
            let file = files[k]
            progress?.read(bytes: Int(sizes[k]))
            k += 1
            switch file.kind {
            case .text:
                switch reader.read(file) {
                case let .success((document, warnings)):
                    var document = document
                    overrides.apply(to: &document, from: file)
                    diagnostics += warnings
                    return document
                case let .failure(diagnostic):
                    diagnostics.append(diagnostic)
                    failures += 1
                    progress?.finished()
                }
            case .eventsJSON:
                readEvents(file)
            }
        }
        return nil
    }

    private func readEvents(_ file: InputFile) {
        switch BoundedFileReader(maxBytes: reader.maxBytes).read(file.url.path) {
        case let .success(bytes):
            do { loaded.append(try Corpus(jsonBytes: bytes)) } catch {
                diagnostics.append(Diagnostic(.error, path: file.displayPath, "not a parley events file: \(CorpusBuilder.explain(error))"))
                failures += 1
            }
        case let .failure(failure):
            diagnostics.append(DocumentReader.diagnostic(failure, path: file.displayPath))
            failures += 1
        }
    }
}
