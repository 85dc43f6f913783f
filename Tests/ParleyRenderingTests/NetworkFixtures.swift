import ParleyModel

/// A small diplomatic corpus for the network, filter, report and export tests:
///
///     khan  --hosted_by (2023-11-27, 2023-11)-->  tj        massoud --visited (2023-11)--> ru
///     ru    --supports (2023)-->  taliban (not listed)      tj --met_with (undated)-- ru
///     khan  --criticizes (2024-02-29)--> ru                 ru --opposes (2022-12-31)--> massoud
///     pk    --met_with (undated)-- tj                      (e8 told by two documents)
///
/// Sentences hold commas, quotes, a line break, markup and a tab, as articles do.
enum NetworkFixtures {
    static func event(_ id: String, _ source: String, _ relation: RelationType, _ target: String, _ date: String?,
                      _ precision: EventDate.Precision = .day, document: String = "d1",
                      sentence: String? = nil) -> Event {
        let n = Int(id.dropFirst()) ?? 0
        let text = sentence ?? "Sentence \(id)."
        return Event(id: id, relation: relation, source: source, target: target,
                     date: date.map { EventDate(value: $0, precision: precision, basis: .text) } ?? .undated,
                     document: document, evidence: Evidence(sentence: text, start: n * 100, end: n * 100 + text.count, sentenceNumber: n))
    }

    static let hostileSentence = "Khan said, \"we will stay\"\nand <b>left</b> &\tgone."

    static var corpus: Corpus {
        var shared = event("e8", "pk", .metWith, "tj", nil, document: "d1", sentence: "Pakistani envoys met Tajik officials.")
        shared.sources = [EventSource(document: "d1", evidence: shared.evidence),
                          EventSource(document: "d2", evidence: Evidence(sentence: "Islamabad and Dushanbe talked.", start: 5, end: 35, sentenceNumber: 2))]
        return Corpus(
            documents: [DocumentRecord(id: "d1", path: "news/d1.txt", published: "2024-03-01"),
                        DocumentRecord(id: "d2", path: "news/d2.txt")],
            actors: [Actor(id: "khan", name: "Ismail Khan", kind: .person, aliases: ["Khan"], country: "AFG", mentions: 7),
                     Actor(id: "massoud", name: "Ahmad Massoud", kind: .person, country: "AFG", mentions: 4),
                     Actor(id: "afg", name: "Afghanistan", kind: .country, country: "AFG"),
                     Actor(id: "tj", name: "Tajikistan", kind: .country, aliases: ["Dushanbe"], country: "TJK", mentions: 5),
                     Actor(id: "ru", name: "Russia", kind: .country, aliases: ["Moscow"], country: "RUS", mentions: 6),
                     Actor(id: "pk", name: "Pakistan", kind: .country, country: "PAK")],
            events: [event("e1", "khan", .hostedBy, "tj", "2023-11-27", sentence: hostileSentence),
                     event("e2", "massoud", .visited, "ru", "2023-11", .month),
                     event("e3", "ru", .supports, "taliban", "2023", .year),
                     event("e4", "tj", .metWith, "ru", nil),
                     event("e5", "khan", .criticizes, "ru", "2024-02-29"),
                     event("e6", "ru", .opposes, "massoud", "2022-12-31"),
                     event("e7", "khan", .hostedBy, "tj", "2023-11", .month),
                     shared])
    }

    /// The corpus with e8's second telling (in d2) listed as an event of its own, as
    /// events.json lists every document's telling.
    static var corpusWithRetelling: Corpus {
        var corpus = self.corpus
        guard let shared = corpus.events.last, shared.sources.count == 2 else { return corpus }
        var retold = shared
        retold.id = "e9"
        retold.document = "d2"
        retold.evidence = shared.sources[1].evidence
        corpus.events.append(retold)
        return corpus
    }
}
