import Foundation
import Parley
import Testing

/// `CorpusBuilder` makes its pipeline (the bundled lexicons, most of a command's startup)
/// only when a text document needs extracting.
@Suite struct PipelineLoadingTests {
    static let shared: Pipeline = {
        do { return try Pipeline() } catch { fatalError("bundled lexicons: \(error)") }
    }()

    /// A one-event corpus written as events.json into `dir`.
    func eventsFile(in dir: URL) throws -> (URL, Corpus) {
        let evidence = Evidence(sentence: "Russia hosted Ahmad Massoud.", start: 0, end: 28, sentenceNumber: 1)
        let corpus = Corpus(documents: [DocumentRecord(id: "old", path: "old.txt", published: "2023-12-06")],
                            actors: [Actor(id: "ahmad-massoud", name: "Ahmad Massoud", kind: .person),
                                     Actor(id: "russia", name: "Russia", kind: .country, country: "RUS")],
                            events: [Event(id: "e1", relation: .hostedBy, source: "ahmad-massoud", target: "russia",
                                           document: "old", evidence: evidence)])
        let url = dir.appendingPathComponent("events.json")
        try corpus.jsonData().write(to: url)
        return (url, corpus)
    }

    @Test func eventsFilesAloneNeverLoadThePipeline() throws {
        let dir = try TestSupport.scratch()
        let (url, corpus) = try eventsFile(in: dir)
        let loader = PipelineLoader { throw ExtractionError.missingResource("Lexicons/countries.yaml") }
        let result = CorpusBuilder(loading: loader, acceptsEventsJSON: true).build(paths: [url.path, dir.path])
        #expect(!loader.isLoaded)
        #expect(result.diagnostics.isEmpty && result.failures == 0)
        #expect(result.corpus == corpus)
    }

    @Test func aTextInputLoadsItOnce() throws {
        let dir = try TestSupport.scratch()
        let (url, _) = try eventsFile(in: dir)
        for name in ["a.txt", "b.txt"] {
            try "Moscow hosted Ahmad Massoud on 2 December 2023.".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let calls = Counter()
        let loader = PipelineLoader {
            calls.add()
            return PipelineLoadingTests.shared
        }
        let result = CorpusBuilder(loading: loader, acceptsEventsJSON: true, jobs: 2).build(paths: [url.path, dir.path])
        #expect(calls.value == 1)
        #expect(result.failures == 0)
        #expect(result.corpus.documents.map(\.id) == ["a", "b", "old"])
        #expect(result.corpus.events.filter { $0.document == "a" }.map(\.relation) == [.hostedBy])
    }

    @Test func aPipelineThatCannotBeMadeSkipsTheTextAndStillReadsEventsFiles() throws {
        let dir = try TestSupport.scratch()
        let (url, corpus) = try eventsFile(in: dir)
        let text = dir.appendingPathComponent("text")
        try FileManager.default.createDirectory(at: text, withIntermediateDirectories: true)
        for name in ["a.txt", "b.txt"] {
            try "Moscow hosted Ahmad Massoud.".write(to: text.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let missing = CorpusBuilder(loading: PipelineLoader { throw ExtractionError.missingResource("Lexicons/countries.yaml") },
                                    acceptsEventsJSON: true).build(paths: [text.path, url.path])
        #expect(missing.corpus == corpus, "the events file after the text is still read")
        #expect(missing.failures == 2)
        #expect(missing.diagnostics.map(\.description) == [
            "parley: error: bundled resource Lexicons/countries.yaml is missing; rebuild Parley (swift build); 2 text documents not extracted",
        ])
        let malformed = PipelineLoader {
            throw ExtractionError.malformedLexicon(path: "Lexicons/people.yaml", line: 3, column: 9, problem: "unknown kind \"x\"")
        }
        let located = CorpusBuilder(loading: malformed).build(paths: [text.appendingPathComponent("a.txt").path])
        #expect(located.failures == 1 && located.corpus.documents.isEmpty)
        #expect(located.diagnostics.map(\.description) == [
            "Lexicons/people.yaml:3:9: error: unknown kind \"x\"; 1 text document not extracted",
        ])
    }

    @Test func jsonLinesInputLoadsItOnlyForALine() throws {
        let dir = try TestSupport.scratch()
        let empty = dir.appendingPathComponent("empty.jsonl")
        try Data().write(to: empty)
        let loader = PipelineLoader { throw ExtractionError.missingResource("Lexicons/countries.yaml") }
        var builder = CorpusBuilder(loading: loader)
        builder.inputFormat = .jsonl
        let nothing = builder.extract(paths: [empty.path])
        #expect(!loader.isLoaded && nothing.documents.isEmpty && nothing.failures == 0)
        let one = dir.appendingPathComponent("one.jsonl")
        try Data(#"{"id": "x", "text": "Moscow hosted Ahmad Massoud."}"#.utf8 + [0x0A]).write(to: one)
        let failed = builder.extract(paths: [one.path])
        #expect(loader.isLoaded && failed.failures == 1)
        #expect(failed.diagnostics.map(\.severity) == [.error])
    }
}

/// A count that closures on any thread can add to.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
