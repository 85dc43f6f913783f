import Foundation
import ParleyExtraction
import ParleyModel

/// Turns the paths a user gives into one corpus: text files (or JSON Lines documents)
/// are extracted, events.json files (where accepted) are read as they are; every input
/// that fails is reported as a diagnostic and the others still go through.
///
/// Documents are read, extracted and released one at a time per worker; only what
/// assembly needs of each is kept (`ExtractedDocument`), so memory follows the events,
/// not the text. The pipeline is made only when there is a text document to extract
/// (`PipelineLoader`): events.json inputs alone never load the lexicons.
public struct CorpusBuilder: Sendable {
    public struct Result: Sendable {
        public var corpus: Corpus
        public var diagnostics: [Diagnostic]
        /// How many inputs could not be used (missing, unreadable, malformed).
        public var failures: Int
        /// How many documents (text or from events files) made it into the corpus.
        public var documentCount: Int { corpus.documents.count }
    }

    /// The map step's result: each document's extraction, in input order, not yet assembled.
    public struct Extraction: Sendable {
        public var documents: [ExtractedDocument]
        public var diagnostics: [Diagnostic]
        public var failures: Int
    }

    /// How text inputs are given: one document per file, or one per JSON Lines line.
    public enum InputFormat: String, CaseIterable, Sendable {
        case text, jsonl
    }

    /// Makes the pipeline when the first text document is read.
    public var loader: PipelineLoader
    public var acceptsEventsJSON: Bool
    public var jobs: Int
    public var inputFormat = InputFormat.text
    /// Publication dates (and titles, URLs) that override what the documents' headers say.
    public var overrides = PublicationOverrides()
    /// Larger inputs (JSON Lines: larger lines) are skipped unread (`--max-document-bytes`).
    public var maxDocumentBytes = DocumentReader.defaultMaxBytes
    /// Counts documents and bytes as the run goes, for a progress line.
    public var progress: ProgressMeter?
    /// List every actor mentioned, not only those in events (see `CorpusAssembler`).
    public var keepsEveryActor = false

    public init(pipeline: Pipeline, acceptsEventsJSON: Bool = false,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.init(loading: PipelineLoader(pipeline), acceptsEventsJSON: acceptsEventsJSON, jobs: jobs)
    }

    /// A builder that makes its pipeline through `loader` only if a text document needs it.
    public init(loading loader: PipelineLoader, acceptsEventsJSON: Bool = false,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.loader = loader
        self.acceptsEventsJSON = acceptsEventsJSON
        self.jobs = jobs
    }

    /// Extracts and assembles. With JSON Lines input, the path `-` is standard input.
    public func build(paths: [String]) -> Result {
        let (extraction, loaded) = run(paths)
        let assembly = CorpusAssembler(keepsEveryActor: keepsEveryActor).assemble(extraction.documents)
        var corpus = assembly.corpus
        if !loaded.isEmpty { corpus = CorpusBuilder.combine([corpus] + loaded) }
        return Result(corpus: corpus, diagnostics: extraction.diagnostics + assembly.diagnostics,
                      failures: extraction.failures)
    }

    /// Extracts without assembling (the map step; `ShardMerger` is the reduce step).
    /// Document ids are made unique only on assembly.
    public func extract(paths: [String]) -> Extraction {
        var builder = self
        builder.acceptsEventsJSON = false
        return builder.run(paths).extraction
    }

    func run(_ paths: [String]) -> (extraction: Extraction, loaded: [Corpus]) {
        var documents: [ExtractedDocument] = []
        let read = self.read(paths) { documents = $0.extract($1, jobs: jobs, progress: progress) }
        return (Extraction(documents: documents, diagnostics: read.diagnostics, failures: read.failures), read.loaded)
    }

    /// What reading the inputs found: problems, how many inputs failed, events files loaded.
    struct Reading {
        var diagnostics: [Diagnostic]
        var failures: Int
        var loaded: [Corpus]
    }

    /// Makes the document source for `paths`, has `extract` drain it with the pipeline
    /// (see `extractAll`), and reports.
    func read(_ paths: [String], _ extract: (Pipeline, any DocumentSource) -> Void) -> Reading {
        let reader = DocumentReader(maxBytes: maxDocumentBytes)
        switch inputFormat {
        case .text:
            let (files, collected) = InputCollector(acceptsEventsJSON: acceptsEventsJSON).collect(paths)
            let source = TextFileSource(files: files, reader: reader, overrides: overrides, progress: progress)
            let unextracted = extractAll(source, extract)
            let failures = collected.filter { $0.severity == .error }.count + source.failures + unextracted.failures
            return Reading(diagnostics: collected + source.diagnostics + unextracted.diagnostics, failures: failures,
                           loaded: source.loaded)
        case .jsonl:
            let source = JSONLinesSource(paths: paths, reader: reader, overrides: overrides, progress: progress)
            let unextracted = extractAll(source, extract)
            return Reading(diagnostics: source.diagnostics + unextracted.diagnostics,
                           failures: source.failures + unextracted.failures, loaded: [])
        }
    }

    /// Hands `source` to `extract` with the pipeline, made only once the source has given
    /// a document: inputs that are all events files (read as the source goes) never load
    /// the lexicons. When the pipeline cannot be made, the source is still drained (its
    /// events files are read) and its documents count as failures, with one diagnostic.
    func extractAll(_ source: any DocumentSource,
                    _ extract: (Pipeline, any DocumentSource) -> Void) -> (diagnostics: [Diagnostic], failures: Int) {
        guard let first = source.next() else { return ([], 0) }
        let pipeline: Pipeline
        do { pipeline = try loader.pipeline() } catch {
            var skipped = 1
            progress?.finished()
            while source.next() != nil {
                skipped += 1
                progress?.finished()
            }
            return ([CorpusBuilder.unextracted(skipped, because: error)], skipped)
        }
        extract(pipeline, PeekedSource(first: first, rest: source))
        return ([], 0)
    }

    /// The one diagnostic for documents left unextracted because the pipeline failed: a
    /// malformed lexicon is located by file, line and column, as when it stops a command.
    static func unextracted(_ count: Int, because error: Error) -> Diagnostic {
        let skipped = "\(count) text document\(count == 1 ? "" : "s") not extracted"
        if case let ExtractionError.malformedLexicon(path, line, column, problem) = error {
            return Diagnostic(.error, path: "\(path):\(line):\(column)", "\(problem); \(skipped)")
        }
        return Diagnostic(.error, path: "parley", "\(error); \(skipped)")
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
            // A corpus's events are kept as they are (not copied) when all its documents are new.
            let kept = c.events.allSatisfy { fresh.contains($0.document) } ? c.events : c.events.filter { fresh.contains($0.document) }
            if events.isEmpty { events = kept } else { events += kept }
        }
        let order = Event.readingOrder(events)
        if !order.elementsEqual(events.indices) { events = order.map { events[$0] } }
        // Only ids that change are written: events.json's are already in this order.
        for k in events.indices {
            let id = "e\(k + 1)"
            if events[k].id != id { events[k].id = id }
        }
        documents.sort { $0.id < $1.id }
        return Corpus(documents: documents, actors: actors.keys.sorted().compactMap { actors[$0] }, events: events)
    }

    static func explain(_ error: Error) -> String {
        switch error {
        case let error as CorpusJSONError:
            return error.description
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
