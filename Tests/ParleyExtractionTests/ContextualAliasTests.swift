@testable import ParleyExtraction
import ParleyModel
import Testing

/// Names that stand for an actor only where its setting is named: "the Resistance" is the
/// NRF in a document that names the Taliban, and stays a name of its own elsewhere.
@Suite struct ContextualAliasTests {
    static let pipeline = Fixtures.pipeline(adding: [
        LexiconEntry(id: "national-resistance-front", name: "National Resistance Front", kind: .organization,
                     aliases: ["NRF"], contextual: [ContextualAliases(when: ["taliban"], aliases: ["the Resistance"])]),
    ])

    static func triples(_ text: String) -> [String] { Fixtures.triples(text, pipeline: pipeline) }

    @Test func theAliasAppliesWhereItsContextIsNamed() {
        #expect(Self.triples("The Taliban took Kabul. Later the Resistance met Emomali Rahmon in Dushanbe.")
                == ["national-resistance-front met_with emomali-rahmon"])
        #expect(Self.triples("The Resistance met Emomali Rahmon. Both condemned the Taliban.")
                .contains("national-resistance-front met_with emomali-rahmon"), "the context may come later")
    }

    @Test func elsewhereTheNameStaysItsOwn() {
        #expect(Self.triples("The Resistance met Emomali Rahmon in Dushanbe.") == ["resistance met_with emomali-rahmon"])
    }

    @Test func theLoaderReadsAndChecksInContext() throws {
        let yaml = """
        - id: nrf
          name: National Resistance Front
          kind: organization
          in_context:
            - when: [taliban]
              aliases: [the Resistance]
        """
        let e = try #require(try LexiconLoader.parse(yaml: yaml, path: "user.yaml")["nrf"])
        #expect(e.contextual == [ContextualAliases(when: ["taliban"], aliases: ["the Resistance"])])
        let bad = """
        - id: nrf
          name: National Resistance Front
          kind: organization
          in_context:
            - aliases: [the Resistance]
        """
        #expect(throws: ExtractionError.malformedLexicon(path: "bad.yaml", line: 5, column: 7,
                                                         problem: "\"in_context\" items need \"when\": a non-empty list of strings")) {
            try LexiconLoader.parse(yaml: bad, path: "bad.yaml")
        }
    }
}
