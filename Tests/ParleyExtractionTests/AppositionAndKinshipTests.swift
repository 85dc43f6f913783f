import ParleyExtraction
import ParleyModel
import Testing

/// Appositions inside lists ("A, the son of B, and C"), lists whose last member names no
/// actor, stacked titles, kinship descriptors from the lexicon's `father`/`mother`, and
/// capitalised words that are no names ("Soviet-era", "Vice").
@Suite struct AppositionAndKinshipTests {
    static let father = LexiconEntry(id: "ahmad-shah-massoud", name: "Ahmad Shah Massoud", kind: .person, country: "AFG")
    static let son = LexiconEntry(id: "ahmad-massoud", name: "Ahmad Massoud", kind: .person, country: "AFG",
                                  aliases: ["Ahmad Masoud"], father: "ahmad-shah-massoud")
    static let family = Fixtures.pipeline(adding: [father, son])

    @Test func aSonNamedLikeHisFatherIsTheSon() {
        let text = "Ahmad Shah Massoud, the son of the late commander Ahmad Shah Massoud, met Putin."
        #expect(Fixtures.triples(text, pipeline: Self.family)
                == ["ahmad-massoud met_with vladimir-putin"])
        // Without the lexicon's word on who his son is, the name stays the father's.
        #expect(Fixtures.triples(text, pipeline: Fixtures.pipeline(adding: [Self.father]))
                == ["ahmad-shah-massoud met_with vladimir-putin"])
    }

    @Test func aPossessorsParentIsTheListedParent() {
        #expect(Fixtures.triples("Putin met Ahmad Massoud's father in 1998.", pipeline: Self.family)
                == ["vladimir-putin met_with ahmad-shah-massoud"])
        #expect(Fixtures.triples("Putin met Ahmad Massoud's mother in 1998.", pipeline: Self.family).isEmpty,
                "no mother is listed, and a possessor is no argument")
    }

    @Test func anAppositionInAListDescribesTheNameBeforeIt() {
        #expect(Fixtures.triples("Ahmad Massoud, the son of Ahmad Shah Massoud, and Sergei Mironov visited Pakistan.",
                                 pipeline: Self.family)
                == ["ahmad-massoud visited pakistan", "sergei-mironov visited pakistan"])
        #expect(Fixtures.triples("Ahmad Massoud, a guest of the Russian Federation, and Emomali Rahmon visited Pakistan.")
                == ["ahmad-massoud visited pakistan", "emomali-rahmon visited pakistan"])
        #expect(Fixtures.triples("Pakistan, the United Nations' closest partner in the region, and Tajikistan pledged support to France.")
                == ["pakistan supports france", "tajikistan supports france"], "a plural possessive opens the apposition")
    }

    @Test func aListGoesOnPastAMemberThatNamesNoActor() {
        #expect(Fixtures.triples("Ahmad Massoud, Sergei Mironov, and the head of the security council were received by Putin.")
                == ["ahmad-massoud hosted_by vladimir-putin", "sergei-mironov hosted_by vladimir-putin",
                    "vladimir-putin met_with ahmad-massoud", "vladimir-putin met_with sergei-mironov"])
        #expect(Fixtures.triples("Putin criticized Ahmad Massoud, and the talks collapsed.")
                == ["vladimir-putin criticizes ahmad-massoud"], "an object followed by a clause is no list")
    }

    @Test func stackedTitlesBelongToTheNameAfterThem() {
        #expect(Fixtures.triples("Emomali Rahmon, former Vice President and Acting President Sergei Mironov, and Ahmad Massoud visited Pakistan.")
                == ["ahmad-massoud visited pakistan", "emomali-rahmon visited pakistan", "sergei-mironov visited pakistan"])
    }

    @Test func modifiersAndTitleWordsAreNoNames() {
        #expect(Fixtures.triples("Rahmon criticized the Soviet-era treaty and the Kremlin-backed plan.").isEmpty)
        let doc = Document(id: "t", path: "t.txt", published: nil, text: "The former Vice President of Tajikistan visited Pakistan.")
        #expect(!Fixtures.pipeline.extract(doc).mentions.contains { $0.text == "Vice" })
    }

    @Test func aSurnameStandsBeforeAGenerationalSuffix() {
        let pipeline = Fixtures.pipeline(adding: [
            LexiconEntry(id: "ferdinand-marcos-jr", name: "Ferdinand Marcos Jr.", kind: .person, country: "PHL"),
        ])
        #expect(Fixtures.triples("Ferdinand Marcos Jr. arrived on Monday. Marcos met Putin.", pipeline: pipeline)
                == ["ferdinand-marcos-jr met_with vladimir-putin"])
    }
}
