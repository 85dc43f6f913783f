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

    @Test func inLowerCaseOnlyWhereTheNameActs() {
        #expect(Self.triples("Pakistan and resistance fighting the Taliban use Dushanbe as a base.")
                .contains("national-resistance-front opposes taliban"), "a participle after it: the group acts")
        #expect(Self.triples("The Taliban said the resistance met Emomali Rahmon.")
                == ["national-resistance-front met_with emomali-rahmon"], "definite")
        #expect(Self.triples("The Taliban took power. Then formal resistance met Emomali Rahmon.").isEmpty,
                "a bare noun of resistance is an activity, not the group")
        #expect(Self.triples("Pakistan said the resistance met Emomali Rahmon.").isEmpty, "no context, no alias")
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
