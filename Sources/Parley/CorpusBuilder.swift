import Foundation
import ParleyExtraction
import ParleyModel

/// Turns the paths a user gives into one corpus: text files are extracted, events.json
/// files (where accepted) are read as they are; every input that fails is reported as a
/// diagnostic and the others still go through.
public struct CorpusBuilder: Sendable {
    public struct Result: Sendable {
        public var corpus: Corpus
        public var diagnostics: [Diagnostic]
        /// How many inputs could not be used (missing, unreadable, malformed).
        public var failures: Int
        /// How many documents (text or from events files) made it into the corpus.
        public var documentCount: Int { corpus.documents.count }
    }

    public var pipeline: Pipeline
    public var acceptsEventsJSON: Bool
    public var jobs: Int
    /// Publication dates (and titles, URLs) that override what the documents' headers say.
    public var overrides = PublicationOverrides()
    /// Larger inputs are skipped unread (`--max-document-bytes`).
    public var maxDocumentBytes = DocumentReader.defaultMaxBytes

    public init(pipeline: Pipeline, acceptsEventsJSON: Bool = false,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.pipeline = pipeline
        self.acceptsEventsJSON = acceptsEventsJSON
        self.jobs = jobs
    }

    public func build(paths: [String]) -> Result {
        let (files, collected) = InputCollector(acceptsEventsJSON: acceptsEventsJSON).collect(paths)
        var diagnostics = collected
        var failures = collected.filter { $0.severity == .error }.count
        var documents: [Document] = []
        var loaded: [Corpus] = []
        var ids = DocumentIDs()
        let reader = DocumentReader(maxBytes: maxDocumentBytes)
        for file in files {
            switch file.kind {
            case .text:
                switch reader.read(file) {
                case let .success((document, warnings)):
                    var document = document
                    overrides.apply(to: &document, from: file)
                    diagnostics += warnings
                    if let renamed = ids.claim(&document) { diagnostics.append(renamed) }
                    documents.append(document)
                case let .failure(diagnostic):
                    diagnostics.append(diagnostic)
                    failures += 1
                }
            case .eventsJSON:
                switch BoundedFileReader(maxBytes: maxDocumentBytes).read(file.url.path) {
                case let .success(bytes):
                    do { loaded.append(try Corpus(jsonData: Data(bytes))) } catch {
                        diagnostics.append(Diagnostic(.error, path: file.displayPath, "not a parley events file: \(CorpusBuilder.explain(error))"))
                        failures += 1
                    }
                case let .failure(failure):
                    diagnostics.append(DocumentReader.diagnostic(failure, path: file.displayPath))
                    failures += 1
                }
            }
        }
        var corpus = pipeline.run(documents, jobs: jobs)
        if !loaded.isEmpty { corpus = CorpusBuilder.combine([corpus] + loaded) }
        return Result(corpus: corpus, diagnostics: diagnostics, failures: failures)
    }

    /// Joins corpora: documents by id (first wins), actors by id with aliases united,
    /// events renumbered in the stable (document, offset) order.
    public static func combine(_ corpora: [Corpus]) -> Corpus {
        var documents: [DocumentRecord] = []
        var seenDocuments = Set<String>()
        var actors: [String: Actor] = [:]
        var events: [Event] = []
        for c in corpora {
            let fresh = Set(c.documents.map(\.id)).subtracting(seenDocuments)
            for d in c.documents where fresh.contains(d.id) && seenDocuments.insert(d.id).inserted { documents.append(d) }
            for a in c.actors {
                if var mine = actors[a.id] {
                    mine.aliases = Array(Set(mine.aliases + a.aliases)).sorted()
                    actors[a.id] = mine
                } else {
                    actors[a.id] = a
                }
            }
            events += c.events.filter { fresh.contains($0.document) }
        }
        events.sort(by: Event.inReadingOrder)
        for k in events.indices { events[k].id = "e\(k + 1)" }
        documents.sort { $0.id < $1.id }
        return Corpus(documents: documents, actors: actors.keys.sorted().compactMap { actors[$0] }, events: events)
    }

    static func explain(_ error: Error) -> String {
        switch error {
        case let DecodingError.dataCorrupted(context):
            return context.debugDescription + ((context.underlyingError as NSError?).map { " (\($0.localizedDescription))" } ?? "")
        case let DecodingError.keyNotFound(key, context):
            return "missing \"\(key.stringValue)\" at \(path(context))"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            return "\(context.debugDescription) at \(path(context))"
        default:
            return (error as NSError).localizedDescription
        }
    }

    static func path(_ context: DecodingError.Context) -> String {
        let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return p.isEmpty ? "top level" : p
    }
}
