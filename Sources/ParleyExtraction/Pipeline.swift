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
        // The lexicon and the grammar are parsed side by side: together they are most of
        // a command's startup. A lexicon error is thrown first, as when they ran in turn.
        let lexicons = ResultSlots<Result<Lexicon, Error>>(count: 1)
        let grammars = ResultSlots<Result<Grammar, Error>>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 { lexicons.set(0, Result { try Lexicon.bundled() }) } else { grammars.set(0, Result { try Grammar.bundled() }) }
        }
        var lexicon = try lexicons.values[0].get()
        let grammar = try grammars.values[0].get()
        for user in userLexicons { lexicon.merge(user) }
        try self.init(lexicon: lexicon, grammar: grammar)
    }

    public init(lexicon: Lexicon, grammar: Grammar) throws {
        self.grammar = grammar
        segmenter = Segmenter(abbreviations: Set(grammar.cues.abbreviations))
        extractor = RelationExtractor(frames: grammar.frames, cues: grammar.cues)
        recognizer = ActorRecognizer(lexicon: lexicon, cues: grammar.cues, triggerWords: extractor.triggerWords)
        coreference = Coreference(cues: grammar.cues)
        tagger = TemporalTagger(words: grammar.dateWords, calendarNames: grammar.calendarNames)
        headerReader = HeaderReader(cues: grammar.cues, tagger: tagger)
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
        for sentence in sentences {
            let candidates = extractor.relations(in: sentence, mentions: mentions[sentence.index])
            clock?.lap(.relations)
            for c in candidates {
                let evidence = Evidence(sentence: sentence.text, start: sentence.span.start,
                                        end: sentence.span.end, sentenceNumber: sentence.index + 1)
                var date = resolver.date(for: c, expressions: expressions[sentence.index])
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
        let results = ResultSlots<DocumentExtraction>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, documents.count))) { worker in
            var k = worker
            while k < documents.count {
                results.set(k, extract(documents[k]))
                k += max(1, min(jobs, documents.count))
            }
        }
        return assemble(results.values)
    }

    /// Joins per-document extractions into one corpus: actors merged by id, only actors
    /// that take part in events listed, events numbered in a stable order.
    public func assemble(_ extractions: [DocumentExtraction]) -> Corpus {
        var registry = ActorRegistry()
        var events: [Event] = []
        for x in extractions {
            registry.merge(x.registry)
            events += x.events
        }
        let involved = Set(events.flatMap { [$0.source, $0.target] })
        return Corpus(documents: extractions.map(\.document),
                      actors: registry.sortedActors.filter { involved.contains($0.id) }.map { var a = $0; a.mentions = registry.mentionCounts[a.id]; return a },
                      events: merger.numbered(merger.mergeAcrossDocuments(events)))
    }
}

/// Fixed slots written once each from concurrent workers; read after they all finish.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ value: T) {
        lock.lock()
        slots[k] = value
        lock.unlock()
    }

    var values: [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
