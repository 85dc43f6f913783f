import ParleyModel

/// Joins extracted documents into one corpus. Both a single run (`CorpusBuilder`) and
/// the reduce step (`ShardMerger`) come here, so that merging shards extracted apart gives
/// the bytes one run over all their documents gives.
///
/// Documents are taken in path order (equal paths keep the order given), so the result
/// does not depend on the order documents were read, extracted or sharded in: ids are
/// made unique in that order, an actor's name and kind come from the first document that
/// mentions it, aliases and mention counts are summed over all, only actors that take part
/// in events are listed (unless `keepsEveryActor`), the same event told by several
/// documents is linked, and events
/// are numbered in reading order.
public struct CorpusAssembler: Sendable {
    public struct Assembly: Sendable {
        public var corpus: Corpus
        /// One warning per document whose id had to change (`name-2`).
        public var diagnostics: [Diagnostic]
    }

    let merger = EventMerger()
    /// List every actor the documents mention, not only those that take part in events
    /// (`parley actors`, for curating a lexicon).
    public var keepsEveryActor: Bool

    public init(keepsEveryActor: Bool = false) {
        self.keepsEveryActor = keepsEveryActor
    }

    public func assemble(_ documents: [ExtractedDocument]) -> Assembly {
        let ordered = documents.enumerated()
            .sorted { ($0.element.document.path, $0.offset) < ($1.element.document.path, $1.offset) }
            .map(\.element)
        var ids = DocumentIDs()
        var diagnostics: [Diagnostic] = []
        var registry = ActorRegistry()
        var records: [DocumentRecord] = []
        var events: [Event] = []
        for var x in ordered {
            if let renamed = ids.claim(&x) { diagnostics.append(renamed) }
            registry.merge(x.registry)
            records.append(x.document)
            events += x.events
        }
        let involved = Set(events.flatMap { [$0.source, $0.target] })
        let actors = registry.sortedActors.filter { keepsEveryActor || involved.contains($0.id) }
        let corpus = Corpus(documents: records, actors: actors,
                            events: merger.numbered(merger.mergeAcrossDocuments(events)))
        return Assembly(corpus: corpus, diagnostics: diagnostics)
    }
}
