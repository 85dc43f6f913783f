import ParleyExtraction
import ParleyModel
import Testing

/// Stances stated by describing an actor: "X, a harsh critic of Y", "X, Y's closest ally",
/// "X has become a critic of Y", "Y's ally X"; negated or hypothetical ones state nothing.
@Suite struct DescribedStanceTests {
    @Test func anAppositionStatesAStance() {
        #expect(Fixtures.triples("Rahmon, a harsh critic of the Taliban, spoke on Monday.")
                == ["emomali-rahmon criticizes taliban"])
        #expect(Fixtures.triples("Tajikistan, Russia's closest ally in the region, backed Putin.")
                == ["tajikistan supports russia", "tajikistan supports vladimir-putin"])
        #expect(Fixtures.triples("Ahmad Massoud, a sworn enemy of the Islamic Emirate, spoke on Monday.")
                == ["ahmad-massoud opposes taliban"])
    }

    @Test func aPredicateStatesAStance() {
        #expect(Fixtures.triples("Rahmon has become a vocal critic of the Taliban.") == ["emomali-rahmon criticizes taliban"])
        #expect(Fixtures.triples("Tajikistan emerged as a key backer of Ahmad Massoud.") == ["tajikistan supports ahmad-massoud"])
    }

    @Test func aDescriptorBeforeANameStatesItsStance() {
        #expect(Fixtures.triples("Putin's ally Emomali Rahmon arrived on Monday.") == ["emomali-rahmon supports vladimir-putin"])
    }

    @Test func negatedOrHypotheticalDescriptionsStateNothing() {
        #expect(Fixtures.triples("Rahmon is not a critic of the Taliban.").isEmpty)
        #expect(Fixtures.triples("Rahmon is no longer an ally of Putin.").isEmpty)
        #expect(Fixtures.triples("Rahmon could become a critic of the Taliban.").isEmpty)
    }

    @Test func aPossessivePronounsTitledNameIsAListMember() {
        #expect(Fixtures.triples("Putin and his Tajik counterpart Emomali Rahmon held talks.")
                == ["vladimir-putin met_with emomali-rahmon"])
    }
}
