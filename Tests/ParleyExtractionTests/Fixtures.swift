import ParleyExtraction
import ParleyModel

/// A small lexicon written for the tests, so extraction rules are tested apart from the bundled data.
enum Fixtures {
    static let lexicon = Lexicon(entries: [
        LexiconEntry(id: "russia", name: "Russia", kind: .country, country: "RUS",
                     aliases: ["Russian Federation", "the Kremlin"], demonyms: ["Russian"], capital: "Moscow"),
        LexiconEntry(id: "tajikistan", name: "Tajikistan", kind: .country, country: "TJK",
                     demonyms: ["Tajik"], capital: "Dushanbe"),
        LexiconEntry(id: "pakistan", name: "Pakistan", kind: .country, country: "PAK", demonyms: ["Pakistani"], capital: "Islamabad"),
        LexiconEntry(id: "france", name: "France", kind: .country, country: "FRA", capital: "Paris"),
        LexiconEntry(id: "israel", name: "Israel", kind: .country, country: "ISR"),
        LexiconEntry(id: "taliban", name: "Taliban", kind: .government, country: "AFG",
                     aliases: ["the Taliban", "Islamic Emirate", "caretaker government"]),
        LexiconEntry(id: "ahmad-massoud", name: "Ahmad Massoud", kind: .person, country: "AFG",
                     aliases: ["Ahmad Masoud"], roles: ["NRF leader"]),
        LexiconEntry(id: "sergei-mironov", name: "Sergei Mironov", kind: .person, country: "RUS"),
        LexiconEntry(id: "emomali-rahmon", name: "Emomali Rahmon", kind: .person, country: "TJK", aliases: ["Rahmon"]),
        LexiconEntry(id: "vladimir-putin", name: "Vladimir Putin", kind: .person, country: "RUS", aliases: ["Putin"]),
        LexiconEntry(id: "united-nations", name: "United Nations", kind: .organization, aliases: ["UN", "U.N."]),
    ])

    static let pipeline: Pipeline = {
        do { return try Pipeline(lexicon: lexicon, grammar: try Grammar.bundled()) } catch {
            fatalError("test pipeline: \(error)")
        }
    }()

    /// A pipeline over the test lexicon plus `entries`.
    static func pipeline(adding entries: [LexiconEntry]) -> Pipeline {
        var extended = lexicon
        for e in entries { extended.add(e) }
        do { return try Pipeline(lexicon: extended, grammar: try Grammar.bundled()) } catch {
            fatalError("test pipeline: \(error)")
        }
    }

    /// "source relation target" lines of what `pipeline` reads from `text`, sorted.
    static func triples(_ text: String, published: String? = nil, pipeline: Pipeline = Fixtures.pipeline) -> [String] {
        let doc = Document(id: "t", path: "t.txt", published: published, text: text)
        return pipeline.extract(doc).events.map { "\($0.source) \($0.relation.rawValue) \($0.target)" }.sorted()
    }

    static func events(_ text: String, published: String? = nil) -> [Event] {
        pipeline.extract(Document(id: "t", path: "t.txt", published: published, text: text)).events
    }
}
