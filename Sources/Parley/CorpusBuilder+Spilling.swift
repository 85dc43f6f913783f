import ParleyExtraction
import ParleyModel

extension CorpusBuilder {
    /// A run assembled with its events still in a spill store: `corpus.write(to:)` writes
    /// events.json, the bytes `build(paths:)` and `Corpus.jsonData()` give.
    public struct Spilled {
        public var corpus: SpilledCorpus
        public var diagnostics: [Diagnostic]
        /// How many inputs could not be used (missing, unreadable, malformed).
        public var failures: Int
        public var documentCount: Int { corpus.documents.count }
    }

    /// Extracts and assembles as `build(paths:)` does (events files are not read), but each
    /// document goes into `store` as soon as it is extracted (`SpillingAssembler`), so memory
    /// follows the actors and the dated events' links, not the events and their sentences:
    /// what `parley extract` needs for corpora of gigabytes. Throws the store's error (a
    /// full disk), after which no further document is read.
    public func spill(paths: [String], into store: any SpillStore) throws -> Spilled {
        let assembler = SpillingAssembler(store: store, keepsEveryActor: keepsEveryActor)
        var builder = self
        builder.acceptsEventsJSON = false
        let reading = builder.read(paths) { pipeline, source in
            pipeline.extract(source, jobs: jobs, progress: progress) { k, document in
                (try? assembler.add(document, position: k)) != nil
            }
        }
        var corpus = try assembler.assemble()
        corpus.jobs = jobs
        return Spilled(corpus: corpus, diagnostics: reading.diagnostics + corpus.diagnostics, failures: reading.failures)
    }
}
