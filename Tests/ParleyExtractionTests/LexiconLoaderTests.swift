@testable import ParleyExtraction
import ParleyModel
import Testing

@Suite struct LexiconLoaderTests {
    @Test func readsEntriesWithAllFields() throws {
        let yaml = """
        - id: nrf
          name: National Resistance Front
          kind: organization
          country: AFG
          aliases: [NRF, Resistance Front]
          roles: ["the resistance"]
        """
        let lexicon = try LexiconLoader.parse(yaml: yaml, path: "user.yaml")
        let e = try #require(lexicon["nrf"])
        #expect(e.kind == .organization)
        #expect(e.aliases == ["NRF", "Resistance Front"])
        #expect(e.roles == ["the resistance"])
    }

    @Test func readsParents() throws {
        let yaml = "- id: kim-jong-un\n  name: Kim Jong Un\n  kind: person\n  father: kim-jong-il\n"
        let e = try #require(try LexiconLoader.parse(yaml: yaml, path: "user.yaml")["kim-jong-un"])
        #expect(e.father == "kim-jong-il")
        #expect(e.mother == nil)
    }

    @Test func everyBundledParentIsAnEntry() throws {
        let lexicon = try Lexicon.bundled()
        let parents = lexicon.entries.values.flatMap { [$0.father, $0.mother].compactMap { $0 } }
        #expect(!parents.isEmpty)
        #expect(parents.filter { lexicon[$0] == nil }.isEmpty)
    }

    @Test func syntaxErrorsNameFileLineAndColumn() {
        let yaml = "- id: a\n  name: A\n  kind: [unclosed\n"
        #expect {
            try LexiconLoader.parse(yaml: yaml, path: "bad.yaml")
        } throws: { error in
            guard case let ExtractionError.malformedLexicon(path, line, _, _) = error else { return false }
            return path == "bad.yaml" && line >= 3
        }
    }

    @Test func unknownKindAndMissingFieldsAreLocated() throws {
        let badKind = "- id: a\n  name: A\n  kind: planet\n"
        #expect(throws: ExtractionError.malformedLexicon(path: "k.yaml", line: 3, column: 9,
                                                         problem: "unknown kind \"planet\"; valid kinds: person, organization, government, country, city, group")) {
            try LexiconLoader.parse(yaml: badKind, path: "k.yaml")
        }
        let missing = "- id: a\n  kind: person\n"
        #expect { try LexiconLoader.parse(yaml: missing, path: "m.yaml") } throws: { error in
            "\(error)".hasPrefix("m.yaml:1:3: error: entry lacks \"name\"")
        }
    }

    @Test func laterEntriesOverrideEarlierOnesAndTakeTheirForms() throws {
        var lexicon = Lexicon(entries: [LexiconEntry(id: "afghanistan", name: "Afghanistan", kind: .country, capital: "Kabul"),
                                         LexiconEntry(id: "pakistan", name: "Pakistan", kind: .country)])
        lexicon.merge(Lexicon(entries: [LexiconEntry(id: "taliban", name: "Taliban", kind: .government, aliases: ["Kabul"])]))
        let pipeline = try Pipeline(lexicon: lexicon, grammar: try Grammar.bundled())
        let doc = Document(id: "d", path: "d", text: "Kabul criticized Ahmad Massoud's statement. Kabul hosted Pakistan.")
        let events = pipeline.extract(doc).events
        #expect(events.contains { $0.target == "taliban" && $0.relation == .hostedBy })
        #expect(!events.contains { $0.source == "afghanistan" || $0.target == "afghanistan" })
    }

    @Test func everyVerbFormIsKnownToTheClauseReader() throws {
        let grammar = try Grammar.bundled()
        let extractor = RelationExtractor(frames: grammar.frames, cues: grammar.cues)
        for word in ["met", "fighting", "hosted", "visited", "condemned", "against"] {
            #expect(extractor.cues.verbForms.contains(word), "\(word)")
            #expect(extractor.triggerWords.contains(word) || word == "against", "\(word)")
        }
        #expect(!extractor.cues.verbForms.isEmpty)
        #expect(!extractor.cues.verbForms.words.contains(where: { $0.contains("[") }))
    }

    @Test func bundledGrammarLoads() throws {
        let grammar = try Grammar.bundled()
        let relations = Set(grammar.frames.verbs.map(\.relation) + grammar.frames.nouns.map(\.relation))
        #expect(relations == Set(RelationType.allCases))
    }
}
