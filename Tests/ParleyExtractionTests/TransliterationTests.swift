@testable import ParleyExtraction
import ParleyModel
import Testing

/// Spelling variants of transliterated names meet through a phonetic key, with guards.
@Suite struct TransliterationTests {
    @Test func variantsShareAKeyAndDifferentNamesDoNot() {
        #expect(PhoneticKey.key("Muttaqi") == PhoneticKey.key("Mottaki"))
        #expect(PhoneticKey.key("Muttaki") == PhoneticKey.key("Muttaqi"))
        #expect(PhoneticKey.key("Rahmon") == PhoneticKey.key("Rahman"))
        #expect(PhoneticKey.key("Massoud") == PhoneticKey.key("Masoud"))
        #expect(PhoneticKey.key("Emomali") == PhoneticKey.key("Imomali"))
        #expect(PhoneticKey.key("Sergei Mironov") == PhoneticKey.key("Sergey Mironov"))
        #expect(PhoneticKey.key("Putin") != PhoneticKey.key("Mironov"))
        #expect(PhoneticKey.key("Ahmad Massoud") != PhoneticKey.key("Ahmad Shah Massoud"))
    }

    @Test func closeSpellingsNeedTheKeyAndFewEdits() {
        #expect(PhoneticKey.close("Massoud", "Masud"))
        #expect(PhoneticKey.close("Amir Khan Muttaqi", "Amir Khan Mottaki"))
        #expect(PhoneticKey.key("Mashhad") == PhoneticKey.key("Massoud"), "the key alone would join a city to a man")
        #expect(!PhoneticKey.close("Massoud", "Mashhad"))
        #expect(!PhoneticKey.close("Ahmad Massoud", "Massoud"), "as many words")
    }

    @Test func aCityWithTheKeyOfASurnameStaysACity() {
        #expect(Fixtures.triples("Ahmad Massoud arrived in Moscow. Later Mashhad hosted Vladimir Putin.")
                .allSatisfy { !$0.hasPrefix("ahmad-massoud hosted_by") && !$0.contains("ahmad-massoud met_with") })
    }

    @Test func anUnlistedSpellingOfAFullNameJoinsTheLexiconPerson() {
        #expect(Fixtures.triples("Ahmed Masud met Sergei Mironov.") == ["ahmad-massoud met_with sergei-mironov"])
        #expect(Fixtures.triples("Deputy Speaker Sergey Mironov visited Tajikistan.") == ["sergei-mironov visited tajikistan"])
    }

    @Test func aSurnameSpelledOtherwiseJoinsThePersonNamedBefore() {
        #expect(Fixtures.triples("Ahmad Massoud arrived in Moscow. Later Masud met Vladimir Putin.")
                == ["ahmad-massoud met_with vladimir-putin", "ahmad-massoud visited russia"])
    }

    @Test func aKeyTwoLexiconPeopleShareJoinsNeither() throws {
        let lexicon = Lexicon(entries: [
            LexiconEntry(id: "abdul-rahman-a", name: "Abdul Rahman", kind: .person),
            LexiconEntry(id: "abdul-rahmon-b", name: "Abdul Rahmon", kind: .person),
            LexiconEntry(id: "russia", name: "Russia", kind: .country),
        ])
        let pipeline = try Pipeline(lexicon: lexicon, grammar: try Grammar.bundled())
        let events = pipeline.extract(Document(id: "t", path: "t.txt", text: "Abdul Rehman visited Russia.")).events
        #expect(events.map(\.source) == ["abdul-rehman"], "stays an actor of its own")
    }
}
