import ParleyModel

/// Corpora drawn at random for reading tests: awkward strings (escapes, controls, every
/// plane of Unicode), absent and present optional values, every relation, precision and
/// basis, alternatives and sources, negative and large numbers.
enum RandomCorpus {
    static let pieces = ["Kabul", "Ahmad Massoud", "\"", "\\", "/", "\n", "\r\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "a\u{301}",
                         "😀", "🇦🇫", "\u{2028}", "\u{FEFF}", "\u{FFFD}", "中文", "עברית", "Ḥaqqānī", "&amp;", "<b>", " ", "\u{10FFFF}"]

    static func text(_ random: inout SplitMix64) -> String {
        (0..<random.below(6)).map { _ in pieces[random.below(pieces.count)] }.joined()
    }

    static func maybe(_ random: inout SplitMix64) -> String? {
        random.below(3) == 0 ? nil : text(&random)
    }

    static func evidence(_ random: inout SplitMix64) -> Evidence {
        let start = random.below(2) == 0 ? random.below(1_000_000) : Int.max - random.below(10)
        return Evidence(sentence: text(&random), start: start, end: start &+ random.below(500),
                        sentenceNumber: random.below(4) == 0 ? -random.below(5) : random.below(200))
    }

    static func date(_ random: inout SplitMix64) -> EventDate {
        guard random.below(4) != 0 else { return .undated }
        let precision = EventDate.Precision.allCases[random.below(4)]
        let basis = EventDate.Basis.allCases[random.below(3)]
        let alternatives = (0..<random.below(3)).map { _ in AlternativeDate(value: text(&random), reading: text(&random)) }
        return EventDate(value: maybe(&random), precision: precision, text: maybe(&random), basis: basis, alternatives: alternatives)
    }

    static func make(_ random: inout SplitMix64, events count: Int) -> Corpus {
        let documents = (0..<1 + random.below(4)).map { k in
            DocumentRecord(id: "d\(k)\(text(&random))", path: text(&random), title: maybe(&random), published: maybe(&random),
                           url: random.below(2) == 0 ? nil : text(&random))
        }
        let actors = (0..<random.below(6)).map { k in
            Actor(id: "a\(k)\(text(&random))", name: text(&random), kind: ActorKind.allCases[random.below(6)],
                  aliases: (0..<random.below(4)).map { _ in text(&random) }, country: maybe(&random),
                  known: random.below(2) == 0, mentions: random.below(3) == 0 ? nil : random.below(100) - 10)
        }
        let events = (0..<count).map { k in
            var event = Event(id: "e\(k + 1)", relation: RelationType.allCases[random.below(8)], source: text(&random),
                              target: text(&random), date: date(&random), location: maybe(&random),
                              document: documents[random.below(documents.count)].id, evidence: evidence(&random))
            if random.below(5) == 0 { event.cameo = text(&random) }
            if random.below(4) == 0 {
                event.sources = (0..<1 + random.below(3)).map { _ in EventSource(document: text(&random), evidence: evidence(&random)) }
            }
            return event
        }
        return Corpus(documents: documents, actors: actors, events: events)
    }
}
