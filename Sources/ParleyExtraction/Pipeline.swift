import Dispatch
import Foundation
import ParleyModel

/// Text -> sentences -> mentions -> relations -> dated events -> corpus.
///
/// Build one pipeline (it indexes the lexicon once) and share it: it is an immutable
/// class, `Sendable`, and documents are extracted in parallel, with the result in input
/// order so the output does not depend on scheduling.
public final class Pipeline: Sendable {
    let grammar: Grammar
    let segmenter: Segmenter
    let recognizer: ActorRecognizer
    let coreference: Coreference
    let extractor: RelationExtractor
    let tagger: TemporalTagger
    let resolver = DateResolver()
    let merger = EventMerger()
    let headerReader: HeaderReader

    /// A pipeline over the bundled lexicon plus user lexicons (later files override earlier ones).
    public convenience init(userLexicons: [Lexicon] = []) throws {
        // The lexicon and the grammar are read side by side: together they are most of
        // a command's startup. A lexicon error is thrown first, as when they ran in turn.
        // Without user lexicons the alias index is built on the lexicon's thread too,
        // while the grammar's thread reads the grammar and makes the stages that need
        // only the grammar.
        let lexicons = ResultSlots<Result<(Lexicon, AliasIndex?), Error>>(count: 1)
        let grammars = ResultSlots<Result<GrammarStages, Error>>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 {
                lexicons.set(0, Result {
                    let bundled = try Lexicon.bundled()
                    return (bundled, userLexicons.isEmpty ? AliasIndex(lexicon: bundled) : nil)
                })
            } else {
                grammars.set(0, Result { GrammarStages(try Grammar.bundled()) })
            }
        }
        var (lexicon, index) = try lexicons.values[0].get()
        let stages = try grammars.values[0].get()
        for user in userLexicons { lexicon.merge(user) }
        self.init(lexicon: lexicon, stages: stages, index: index)
    }

    public convenience init(lexicon: Lexicon, grammar: Grammar) throws {
        self.init(lexicon: lexicon, stages: GrammarStages(grammar), index: nil)
    }

    /// The stages made from the grammar alone.
    struct GrammarStages: Sendable {
        let grammar: Grammar
        let segmenter: Segmenter
        let extractor: RelationExtractor
        let coreference: Coreference
        let tagger: TemporalTagger
        let headerReader: HeaderReader

        init(_ grammar: Grammar) {
            self.grammar = grammar
            segmenter = Segmenter(abbreviations: Set(grammar.cues.abbreviations))
            extractor = RelationExtractor(frames: grammar.frames, cues: grammar.cues)
            coreference = Coreference(cues: grammar.cues)
            tagger = TemporalTagger(words: grammar.dateWords, calendarNames: grammar.calendarNames)
            headerReader = HeaderReader(cues: grammar.cues, tagger: tagger)
        }
    }

    /// `index`: the lexicon's alias index when it is already built.
    init(lexicon: Lexicon, stages: GrammarStages, index: AliasIndex?) {
        grammar = stages.grammar
        segmenter = stages.segmenter
        extractor = stages.extractor
        recognizer = ActorRecognizer(lexicon: lexicon, cues: grammar.cues, triggerWords: extractor.triggerWords, index: index)
        coreference = stages.coreference
        tagger = stages.tagger
        headerReader = stages.headerReader
    }

    /// Title and publication date as the document's first lines give them.
    public func header(of text: String) -> DocumentHeader {
        headerReader.read(Array(text.unicodeScalars))
    }

    /// Extracts one document. A publication date or title already set on it is kept.
    public func extract(_ document: Document) -> DocumentExtraction {
        var clock = StageProfile.shared.clock() // nil unless `--profile`
        let scalars = ScalarText.scalars(of: document.text)
        let header = headerReader.read(scalars)
        clock?.lap(.header)
        var record = document.record
        if record.published == nil { record.published = header.published?.description }
        if record.title == nil { record.title = header.title }
        let published = record.published.flatMap(CalendarDate.init(iso:))

        let sentences = segmenter.sentences(in: scalars)
        clock?.lap(.segment)
        var registry = ActorRegistry()
        let named = recognizer.recognize(sentences, published: published, registry: &registry)
        clock?.lap(.recognize)
        let mentions = coreference.resolve(sentences, mentions: named)
        clock?.lap(.coreference)
        var expressions = sentences.map { sentence in
            var found = tagger.expressions(in: sentence, published: published)
            if let header = header.publishedSpan { found.removeAll { header.contains($0.span) } }
            return found
        }
        tagger.offerSolarHijri(&expressions, dct: published)
        clock?.lap(.temporal)
        var events: [Event] = []
        var lastDated: Event?
        var meetings = EventCoreference()
        for sentence in sentences {
            let view = ClauseView(sentence: sentence, mentions: mentions[sentence.index], cues: extractor.cues)
            let found = extractor.relations(in: view).filter { !recognizer.isHomecoming($0) }
            let references = meetings.references(in: view, found: found)
            let candidates = found + references.map(\.candidate)
            let antecedents = Array(repeating: nil, count: found.count) + references.map(\.antecedent)
            meetings.record(candidates, firstEvent: events.count, mentions: mentions[sentence.index])
            clock?.lap(.relations)
            for (c, antecedent) in zip(candidates, antecedents) {
                let evidence = Evidence(sentence: sentence.text, start: sentence.span.start,
                                        end: sentence.span.end, sentenceNumber: sentence.index + 1)
                var date = resolver.date(for: c, expressions: expressions[sentence.index])
                // A meeting referred back to has the date of the event that stated it.
                if date.value == nil, let k = antecedent { date = events[k].date }
                if date.value == nil, let carried = resolver.carried(to: sentence, from: lastDated) { date = carried }
                let event = Event(relation: c.relation, source: c.source, target: c.target, date: date,
                                  location: c.location, document: document.id, evidence: evidence)
                if date.value != nil { lastDated = event }
                events.append(event)
            }
            clock?.lap(.dating)
        }
        let allDates = expressions.flatMap { $0 }
        let merged = merger.merge(events)
        clock?.lap(.merge)
        if let clock { StageProfile.shared.add(clock, bytes: document.text.utf8.count) }
        return DocumentExtraction(document: record, sentences: sentences, mentions: mentions.flatMap { $0.map(\.mention) },
                                  events: merged, dates: allDates, registry: registry)
    }

    /// Extracts documents in parallel (`jobs` threads) and assembles the corpus.
    public func run(_ documents: [Document], jobs: Int = ProcessInfo.processInfo.activeProcessorCount) -> Corpus {
        CorpusAssembler().assemble(extract(ArrayDocumentSource(documents), jobs: jobs)).corpus
    }

    /// Extracts a source's documents with `jobs` workers, each taking the next document
    /// when done with its last, so at most `jobs` documents (and their sentences) are in
    /// memory at once; only what assembly needs is kept of each. The results come in the
    /// source's order whatever the scheduling.
    public func extract(_ source: some DocumentSource, jobs: Int, progress: ProgressMeter? = nil) -> [ExtractedDocument] {
        let queue = WorkQueue(source)
        let results = ResultSlots<ExtractedDocument>()
        DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { _ in
            while let (k, document) = queue.next() {
                results.set(k, extract(document).extracted)
                progress?.finished()
            }
        }
        return results.values
    }

    /// Joins per-document extractions into one corpus (see `CorpusAssembler`).
    public func assemble(_ extractions: [DocumentExtraction]) -> Corpus {
        CorpusAssembler().assemble(extractions.map(\.extracted)).corpus
    }
}

/// Hands a source's documents to workers one at a time, numbered in the source's order.
final class WorkQueue<Source: DocumentSource>: @unchecked Sendable {
    private let source: Source
    private let lock = NSLock()
    private var taken = 0

    init(_ source: Source) { self.source = source }

    func next() -> (Int, Document)? {
        lock.lock()
        defer { lock.unlock() }
        guard let document = source.next() else { return nil }
        taken += 1
        return (taken - 1, document)
    }
}

/// Slots written once each from concurrent workers, grown as documents are taken; read
/// after they all finish.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?] = []
    private let lock = NSLock()

    init() {}

    /// Slots for `count` values known up front.
    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ value: T) {
        lock.lock()
        if k >= slots.count { slots += Array(repeating: nil, count: k + 1 - slots.count) }
        slots[k] = value
        lock.unlock()
    }

    var values: [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
