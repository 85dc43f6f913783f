@testable import ParleyExtraction
import ParleyModel
import Testing

@Suite struct SegmenterTests {
    let segmenter = Segmenter(abbreviations: ["mr", "gen"])

    func sentences(_ text: String) -> [String] {
        segmenter.sentences(in: Array(text.unicodeScalars)).map(\.text)
    }

    @Test func splitsOnSentencePunctuationBeforeACapital() {
        #expect(sentences("He left. She stayed! Why? Because.") == ["He left.", "She stayed!", "Why?", "Because."])
    }

    @Test func keepsAbbreviationsAndInitialismsInside() {
        #expect(sentences("Mr. Pedram met the U.S. envoy. Gen. Dostum was there.")
                == ["Mr. Pedram met the U.S. envoy.", "Gen. Dostum was there."])
        #expect(sentences("They knocked on doors in the U.S. and the West.") == ["They knocked on doors in the U.S. and the West."])
    }

    @Test func lineBreaksEndSentencesUnlessTheTextIsHardWrapped() {
        #expect(sentences("A headline\nThe body.") == ["A headline", "The body."])
        let wrapped = "This is a long line of prose that goes well past sixty characters and\ncontinues here."
        #expect(sentences(wrapped).count == 1)
        #expect(sentences("One.\r\nTwo.") == ["One.", "Two."])
    }

    @Test func offsetsAreUnicodeScalarIndices() throws {
        let text = "Émomalî spoke. Rahmon’s visit ended."
        let s = try #require(segmenter.sentences(in: Array(text.unicodeScalars)).last)
        #expect(s.span.start == 15)
        #expect(s.tokens.map(\.text) == ["Rahmon", "’s", "visit", "ended", "."])
        #expect(s.tokens[1].kind == .possessive)
    }

    @Test func tokensAtTheVeryEndOfTheTextAreSafe() {
        let tokenizer = Tokenizer()
        for text in ["1990", "200,000", "U.S.", "Massoud's", "don't", "x-", "2nd", "'", "a.b.", "Rahmon’"] {
            let scalars = Array(text.unicodeScalars)
            let tokens = tokenizer.tokens(in: scalars, range: 0..<scalars.count)
            #expect(!tokens.isEmpty, "\(text)")
            #expect(tokens.last?.end == scalars.count, "\(text) is covered to its end")
        }
        #expect(tokenizer.tokens(in: Array("200,000 men".unicodeScalars), range: 0..<11).map(\.text) == ["200,000", "men"])
    }
}
