import ParleyExtraction
import ParleyModel
import Testing

/// Relations a sentence states without a verb of its own: a meeting it refers back to
/// ("during this meeting"), a pair it names after "their talks", and opposition read from
/// a group's stance (arming anti-X fighters, "the opposition Y ... during X's reign").
@Suite struct EventReferenceAndStanceTests {
    @Test func aMeetingReferredBackToJoinsTheInvitationsPair() {
        #expect(Fixtures.triples("Ahmad Massoud was invited by Sergei Mironov. The discussions that unfolded during this meeting revolved around security.")
                == ["sergei-mironov invited ahmad-massoud", "sergei-mironov met_with ahmad-massoud"])
        #expect(Fixtures.triples("Tajikistan hosted Ahmad Massoud. The talks focused on the border.")
                == ["ahmad-massoud hosted_by tajikistan", "ahmad-massoud met_with tajikistan"])
    }

    @Test func theReferenceTakesTheAntecedentsDate() {
        let events = Fixtures.events("On 3 May 2023, Ahmad Massoud was invited by Sergei Mironov. This meeting covered security.", published: "2023-05-10")
        #expect(events.first { $0.relation == .metWith }?.date.value == "2023-05-03")
    }

    @Test func noReferenceWithoutAStatedMeeting() {
        #expect(Fixtures.triples("Ahmad Massoud criticized the Taliban. The meeting covered security.")
                == ["ahmad-massoud criticizes taliban"], "criticism is not a meeting")
        #expect(Fixtures.triples("Ahmad Massoud was invited by Sergei Mironov. The next meeting covered security.")
                == ["sergei-mironov invited ahmad-massoud"], "another meeting")
        #expect(Fixtures.triples("Ahmad Massoud was invited by Sergei Mironov. The meeting will cover security.")
                == ["sergei-mironov invited ahmad-massoud"], "a future meeting")
        #expect(Fixtures.triples("Ahmad Massoud was invited by Sergei Mironov. A meeting covered security.")
                == ["sergei-mironov invited ahmad-massoud"], "an indefinite meeting is not a reference")
        #expect(Fixtures.triples("Ahmad Massoud was invited by Sergei Mironov. Rain fell. Rain fell. Rain fell. This meeting covered security.")
                == ["sergei-mironov invited ahmad-massoud"], "too far back")
    }

    @Test func anAmbiguousAntecedentIsLeftAlone() {
        #expect(Fixtures.triples("Pakistan hosted Ahmad Massoud and Emomali Rahmon. The talks were long.")
                == ["ahmad-massoud hosted_by pakistan", "emomali-rahmon hosted_by pakistan"], "which guest met whom?")
    }

    @Test func theirTalksNameTheirOwnPair() {
        #expect(Fixtures.triples("During their dialogue, Ahmad Massoud and Sergei Mironov delved into the future of the region, which powers can shape.")
                == ["ahmad-massoud met_with sergei-mironov"])
        #expect(Fixtures.triples("During their dialogue, Ahmad Massoud delved into the future.").isEmpty, "one name is not a pair")
    }

    @Test func aTripFramedAsAnAppealSeeksSupport() {
        #expect(Fixtures.triples("In another round of appeals to foreign countries, Ahmad Massoud held meetings in France.")
                == ["ahmad-massoud seeks_support_from france", "ahmad-massoud visited france"])
        #expect(Fixtures.triples("Seeking more weapons, Rahmon met Putin.")
                == ["emomali-rahmon met_with vladimir-putin", "emomali-rahmon seeks_support_from vladimir-putin"])
        #expect(Fixtures.triples("In a rare move, Ahmad Massoud held meetings in France.") == ["ahmad-massoud visited france"])
    }

    @Test func aBountyOnSomeonesHeadOpposesThem() {
        #expect(Fixtures.triples("Rahmon, who has a $200,000 Taliban bounty on his head, spoke.") == ["taliban opposes emomali-rahmon"])
        #expect(Fixtures.triples("The Taliban placed a bounty on Rahmon's head.") == ["taliban opposes emomali-rahmon"])
        #expect(Fixtures.triples("Rahmon said a bounty on his head would be absurd.").isEmpty, "no one set it")
    }

    @Test func armingAGroupAgainstAnActorIsOpposingIt() {
        #expect(Fixtures.triples("Pakistan trained anti-Taliban militias.")
                == ["anti-taliban-militias opposes taliban", "pakistan opposes taliban", "pakistan supports anti-taliban-militias"])
        #expect(!Fixtures.triples("Pakistan expressed solidarity with the opponents of the Taliban.").contains("pakistan opposes taliban"),
                "political backing of opponents is support, not armed opposition")
        #expect(!Fixtures.triples("Pakistan funded anti-Taliban activists.").contains("pakistan opposes taliban"),
                "activists are not an armed group")
    }

    @Test func theOppositionStandsAgainstTheRuleNamed() {
        #expect(Fixtures.triples("Emomali Rahmon supported the opposition National Salvation Front during the Taliban's reign in the 1990s.")
                .contains("national-salvation-front opposes taliban"))
        #expect(Fixtures.triples("Emomali Rahmon supported the opposition National Salvation Front in the 1990s.")
                .allSatisfy { !$0.contains("opposes") }, "no rule named, no target")
    }
}
