import Foundation
@testable import ParleyExtraction
import ParleyModel
import Testing

/// The hot paths (ASCII shortcuts, prefilters, indexes) give exactly what the general
/// code they shortcut gives.
@Suite struct FastPathTests {
    static let text = """
    Publish dateWednesday 6 December 2023 - 10:38
    MOSCOW, Dec 1 (Reuters) - Russia hosted the opponents of the Islamic Emirate on the 2nd; the U.S. and \
    the U.N. said Mr. Putin's envoy met Ahmad Massoud in mid-2022, almost seven years after the 1990s. \
    A few days later, on Monday, the Taliban's Foreign Minister visited Dushanbe at 15:00 GMT. \
    It will meet again next week, the past two years, a couple of months ago, in the spring of 2021, \
    12 Azar 1402, Ramadan 1445, every morning, the future, four-week talks, between 12 and 18 months. \
    Émomalî Rahmon’s visit to Tajikistan — “the 12th” — wasn’t O’Brien’s. Ḥaqqānī farvardī\u{0304}n 200,000 2nd 10am.
    """

    @Test func asciiClassesMatchUnicodeProperties() {
        let samples = (0..<0x300).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{2029}", "\u{3000}", "\u{FEFF}", "\u{0301}", "\u{0903}"]
        for s in samples {
            #expect(s.isSpaceLike == s.properties.isWhitespace)
            #expect(s.isAlphabeticLike == s.properties.isAlphabetic)
            #expect(s.isUppercaseLike == s.properties.isUppercase)
            #expect(s.isLowercaseLike == s.properties.isLowercase)
            let p = s.properties
            #expect(s.isWordScalar == (p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark))
            #expect(s.isSkippable == (p.isWhitespace || p.generalCategory == .control || p.generalCategory == .format))
        }
    }

    @Test func scalarStringsMatchTheStandardLibrary() {
        let scalars = Array(FastPathTests.text.unicodeScalars) + ["😀", "\u{10FFFF}", "\u{0}"]
        for a in stride(from: 0, to: scalars.count, by: 7) {
            for b in [a, a + 1, a + 5, min(scalars.count, a + 40)] where b <= scalars.count {
                #expect(ScalarText.string(scalars, a..<b) == String(String.UnicodeScalarView(scalars[a..<b])))
            }
        }
    }

    @Test func scalarArraysMatchTheStandardLibrary() {
        for text in [FastPathTests.text, "", "a", "😀x\u{10FFFF}\u{0}é\u{7FF}\u{800}\u{FFFF}\u{10000}"] {
            #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars))
        }
    }

    @Test func asciiTokensMatchTheGeneralInitializer() {
        let scalars = Array(FastPathTests.text.unicodeScalars)
        for t in Tokenizer().tokens(in: scalars, range: 0..<scalars.count) {
            #expect(t == Token(text: t.text, start: t.start, end: t.end, kind: t.kind))
        }
        #expect(Token.asciiLowercased("U.S. Foreign MINISTER") == "u.s. foreign minister")
    }

    /// WordMap and WordSet answer as Dictionary and Set do, by string or by token, through growth.
    @Test func wordMapMatchesADictionary() {
        var words = ["the", "a", "", "mid-2022", "émomalî", "x", "’s", String(repeating: "long", count: 20)]
        for k in 0..<300 { words.append("w\(k * 7919 % 1000)") }
        var dictionary: [String: Int] = [:]
        var map = WordMap<Int>()
        for (k, w) in words.enumerated() where k % 3 != 0 {
            dictionary[w] = k
            map.set(w, k)
        }
        let set = WordSet(dictionary.keys)
        #expect(map.count == dictionary.count && set.count == dictionary.count)
        let scalars = Array(words.joined(separator: " ").unicodeScalars)
        let tokens = Tokenizer().tokens(in: scalars, range: 0..<scalars.count)
        for w in words + ["absent", "Émomalî", "THE"] {
            #expect(map[w] == dictionary[w])
            #expect(set.contains(w) == (dictionary[w] != nil))
        }
        for t in tokens {
            #expect(t.wordHash == WordHash.of(t.folded))
            #expect(map[t] == dictionary[t.folded])
            #expect(set.contains(t) == (dictionary[t.folded] != nil))
        }
        #expect(WordMap(dictionary)["w7"] == dictionary["w7"])
    }

    @Test func asciiSlugsMatchTheFoldedSlugs() {
        var names = ["Ahmad Massoud", "U.S.", "O'Brien", "Al-Qaeda's 2nd  Front", "", "'", "--", "X", "Kim Jong Un (North Korea)",
                     "THE UNITED NATIONS", "a\tb\nc", "9/11", "Émomalî Rahmon", "Wang Yi’s"]
        var generator = SplitMix64(7)
        let alphabet = Array("aZ09 -'.,()&/\u{7F}\u{1}")
        for _ in 0..<300 { names.append(String((0..<Int(generator.next() % 12)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })) }
        for name in names {
            #expect(Slug.make(name) == Slug.foldedSlug(name), "\(name)")
            #expect((Slug.asciiSlug(name) == nil) == !name.utf8.allSatisfy { $0 < 0x80 })
        }
    }

    @Test func wordSetLiteralsAndUnionsHoldTheirWords() {
        let literal: WordSet = ["junta", "regime"]
        let joined = literal.union(["cabinet", "junta"])
        #expect(literal.count == 2 && joined.count == 3)
        #expect(joined.words.sorted() == ["cabinet", "junta", "regime"])
        #expect(joined.contains("cabinet") && joined.contains("regime") && !literal.contains("cabinet"))
    }

    /// The array-backed cover answers as the dictionary it replaced: the first mention
    /// listed holds a token, and indices outside the sentence have none.
    @Test func mentionCoverMatchesADictionary() throws {
        let text = "President Vladimir Putin met Xi Jinping and the Taliban in Moscow ."
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokens(in: scalars, range: 0..<scalars.count)
        let sentence = Sentence(index: 0, span: Span(start: 0, end: scalars.count), text: text, tokens: tokens)
        let ranges = [0..<3, 1..<3, 4..<6, 8..<9, 10..<11, 10..<14] // overlapping, and one past the end
        let mentions = ranges.map { r in
            TokenMention(mention: Mention(actorID: "a\(r)", span: Span(start: 0, end: 1), text: "", sentence: 0, source: .lexicon),
                         tokens: r, kind: .person)
        }
        var dictionary: [Int: Int] = [:]
        for (k, m) in mentions.enumerated() { for i in m.tokens where dictionary[i] == nil { dictionary[i] = k } }
        let cover = MentionCover(count: sentence.tokens.count, mentions: mentions)
        for i in -2..<(tokens.count + 3) { #expect(cover[i] == dictionary[i], "token \(i)") }
        #expect(cover[1] == 0 && cover[7] == nil && cover[11] == 5)
    }

    /// The tagger's prefilter turns away no token at which a rule matches.
    @Test func timexPrefilterKeepsEveryMatch() throws {
        let tagger = Fixtures.pipeline.tagger
        let starts = try #require(tagger.starts)
        let dct = CalendarDate(year: 2023, month: 12, day: 6)
        for sentence in Fixtures.pipeline.segmenter.sentences(in: Array(FastPathTests.text.unicodeScalars)) {
            for future in [false, true] {
                let c = TemporalTagger.Context(t: sentence.tokens, dct: dct, future: future)
                for i in sentence.tokens.indices {
                    if let m = tagger.match(c, i), m.length > 0 {
                        #expect(starts.mayStart(sentence.tokens, i), "token \(sentence.tokens[i].text) in \(sentence.text)")
                    }
                }
            }
        }
    }

    /// The alias index finds what a scan of the whole bucket finds.
    @Test func aliasIndexMatchesALinearScan() throws {
        let lexicon = try Lexicon.bundled()
        let index = AliasIndex(lexicon: lexicon)
        let text = FastPathTests.text + " The Kremlin and the United States, the Russian Federation, the UN, U.N. Security Council."
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokens(in: scalars, range: 0..<scalars.count)
        for i in tokens.indices {
            let expected: (String, Int)? = {
                for form in index.byFirstToken[tokens[i].folded] ?? [] where i + form.tokens.count <= tokens.count {
                    let ok = form.tokens.indices.allSatisfy { k in
                        tokens[i + k].folded == form.tokens[k] && (form.exact[k] == nil || form.exact[k] == tokens[i + k].cased)
                    }
                    if ok { return (form.entryID, form.tokens.count) }
                }
                return nil
            }()
            let found = index.longestMatch(in: tokens, at: i)
            #expect(found?.form.entryID == expected?.0 && found?.length == expected?.1)
        }
    }

    /// The alias index's buckets are those of the plain dictionary build it replaced: same
    /// forms, same owners after overrides, same order.
    @Test func aliasIndexBucketsMatchTheDictionaryBuild() throws {
        let lexicon = try Lexicon.bundled()
        struct Key: Hashable { var demonym: Bool; var tokens: [String]; var exact: [String?] }
        var expected: [String: [AliasIndex.Form]] = [:]
        var seen: [Key: Int] = [:]
        let tokenizer = Tokenizer()
        for (priority, id) in lexicon.order.enumerated() {
            let e = try #require(lexicon[id])
            var forms: [(String, AliasIndex.Role)] = [(e.name, .name)] + e.aliases.map { ($0, .name) }
            if let capital = e.capital { forms.append((capital, .capital)) }
            forms += e.cities.map { ($0, .city) } + e.roles.map { ($0, .role) } + e.demonyms.map { ($0, .demonym) }
            for (text, role) in forms {
                let scalars = Array(text.unicodeScalars)
                let toks = tokenizer.tokens(in: scalars, range: 0..<scalars.count)
                guard let first = toks.first else { continue }
                let form = AliasIndex.Form(tokens: toks.map(\.folded), hashes: toks.map(\.wordHash),
                                           exact: toks.map { $0.cased == $0.folded ? nil : $0.cased },
                                           entryID: id, role: role, priority: priority)
                let key = Key(demonym: role == .demonym, tokens: form.tokens, exact: form.exact)
                if let at = seen[key] { expected[first.folded]?[at] = form } else {
                    seen[key] = expected[first.folded, default: []].count
                    expected[first.folded, default: []].append(form)
                }
            }
        }
        for key in expected.keys {
            expected[key]?.sort { ($0.tokens.count, $0.priority) > ($1.tokens.count, $1.priority) }
        }
        func describe(_ buckets: [String: [AliasIndex.Form]]) -> [String: [String]] {
            buckets.mapValues { $0.map { "\($0.tokens) \($0.exact) \($0.entryID) \($0.role) \($0.priority)" } }
        }
        #expect(describe(AliasIndex(lexicon: lexicon).byFirstToken) == describe(expected))
    }

    /// The phonetic key written word by word into one buffer is the key the former
    /// per-word arrays gave, for every name and alias of the bundled lexicon.
    @Test func phoneticKeysMatchThePerWordBuild() throws {
        func reference(letters: [UInt8]) -> [UInt8] {
            var mapped: [UInt8] = []
            var k = 0
            func at(_ i: Int) -> UInt8 { i < letters.count ? letters[i] : 0 }
            while k < letters.count {
                switch (Character(Unicode.Scalar(letters[k])), Character(Unicode.Scalar(at(k + 1)))) {
                case ("d", "j"), ("z", "h"): mapped.append(UInt8(ascii: "j")); k += 2
                case ("p", "h"): mapped.append(UInt8(ascii: "f")); k += 2
                case ("k", "h"), ("c", "k"): mapped.append(UInt8(ascii: "k")); k += 2
                case ("g", "h"): mapped.append(UInt8(ascii: "g")); k += 2
                case ("d", "h"): mapped.append(UInt8(ascii: "d")); k += 2
                case ("t", "h"): mapped.append(UInt8(ascii: "t")); k += 2
                case let (c, _):
                    switch c {
                    case "q", "c": mapped.append(UInt8(ascii: "k"))
                    case "w": mapped.append(UInt8(ascii: "v"))
                    case "x": mapped += [UInt8(ascii: "k"), UInt8(ascii: "s")]
                    case "y": mapped.append(UInt8(ascii: "i"))
                    default: mapped.append(letters[k])
                    }
                    k += 1
                }
            }
            guard let first = mapped.first else { return [] }
            let vowels = Set("aeiou".utf8)
            var out: [UInt8] = [vowels.contains(first) ? UInt8(ascii: "a") : first]
            for ch in mapped.dropFirst() where !vowels.contains(ch) && ch != UInt8(ascii: "h") {
                if out.last != ch { out.append(ch) }
            }
            return out
        }
        func referenceKey(_ name: String) -> String {
            PhoneticKey.words(name).map { w in
                let plain = w.unicodeScalars.allSatisfy(\.isASCII) ? w : w.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                return String(decoding: reference(letters: plain.utf8.compactMap(PhoneticKey.letter)), as: UTF8.self)
            }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        let lexicon = try Lexicon.bundled()
        let names = lexicon.entries.values.flatMap { [$0.name] + $0.aliases } + ["", "-", "a--b", "X Æon-ph", "Qhx yy", "  O'Brien  Dhjzh "]
        for name in names {
            #expect(PhoneticKey.key(name) == referenceKey(name), "\(name)")
        }
    }
}
