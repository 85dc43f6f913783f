import ParleyModel

/// Finds names no lexicon lists and no cue marks: capitalised runs that are not common
/// words ("Osgiliath", "Minas Tirith", "Eriador"). A sentence's first word counts only
/// when the document never writes it in lower case. A state noun after the name makes it
/// that state's government ("the Calenardhon government"); an agent noun makes a group of
/// its own ("Osgiliath soldiers"). These mentions are weak: relation frames accept them in
/// any slot, since their kind is unknown. A name the document writes before a place noun
/// anywhere ("Panjshir province", "the Swat valley") is a place, never an actor.
struct ProperNounFinder: Sendable {
    /// Nouns after which a name is a subnational place.
    static let placeNouns = WordSet(["province", "provinces", "district", "districts", "region", "valley",
                                          "county", "governorate", "oblast", "prefecture", "canton", "municipality",
                                          "village", "township", "borough", "gorge"] + facilityNouns)
    /// Places and buildings that end a name ("Ben Gurion International Airport", "the Red
    /// Sea", "Tahrir Square"): where things happen, never who acts. Never names alone.
    static let facilityNouns = ["airport", "hotel", "square", "street", "avenue", "road", "bridge", "crossing",
                                "strait", "straits", "sea", "ocean", "gulf", "bay", "island", "islands", "river",
                                "lake", "mountains", "mountain", "desert", "peninsula", "stadium", "hospital",
                                "station", "harbour", "harbor", "highway", "park", "airbase", "camp", "canal",
                                "corridor", "plateau", "heights", "pass", "checkpoint", "terminal", "mosque",
                                "cathedral", "church", "temple", "museum", "airfield"]
    /// Words that may stand between a name and its place noun: "Ben Gurion International Airport".
    static let placeQualifiers = WordSet(["international", "national", "central", "main", "old", "new", "grand", "air", "naval"])

    let common: WordSet
    let connectors: WordSet
    let bodyNouns: WordSet
    let agentNouns: WordSet
    let stop: WordSet
    /// Demonyms of more than one word ("South Korean"), which are no names either.
    let demonymPhrases: Set<String>
    /// "Barack", "Mohamed": a name of two words or more opening with one is a person.
    let givenNames: WordSet

    /// `demonyms`: a lexicon's adjectival forms ("Afghan"), which are never names alone.
    init(cues: Cues, triggerWords: Set<String>, demonyms: Set<String> = []) {
        common = WordSet(Set(cues.commonCapitalized).union(demonyms).union(Self.facilityNouns))
        demonymPhrases = demonyms.filter { $0.contains(" ") }
        givenNames = WordSet(cues.givenNames)
        connectors = WordSet(["of", "the", "de", "al", "bin", "ibn", "van", "von", "der", "da", "del"])
        bodyNouns = WordSet(cues.bodyNouns)
        agentNouns = WordSet(cues.agentNouns)
        var stop = Set(cues.prepositions + cues.nounPhraseFillers + cues.clauseBreaks + cues.negations + cues.modals)
        stop.formUnion(cues.pronouns.singular + cues.pronouns.plural + cues.reportingVerbs + cues.organizationCues)
        // Every word of a title: "Vice" in "former Vice President" names no one.
        stop.formUnion(cues.titles.flatMap { $0.split(separator: " ").map(String.init) })
        // A word that signals a relation ("Based in ...", "Talks with ...") is not a name.
        stop.formUnion(triggerWords.flatMap { $0.split(separator: " ").map(String.init) })
        self.stop = WordSet(stop)
    }

    /// The folded words a document writes right before a place noun ("Panjshir province").
    static func placeNames(in sentences: [Sentence]) -> WordSet {
        var out = WordSet()
        for s in sentences {
            for i in s.tokens.indices.dropLast() where s.tokens[i].kind == .word && s.tokens[i].isCapitalized
                && placeNouns.contains(s.tokens[i + 1]) {
                out.insert(s.tokens[i])
            }
        }
        return out
    }

    /// The words that open a sentence (as `isName` reads it) and that the document also
    /// writes in lower case somewhere: the only words `isName` asks the lower case about.
    static func lowercaseWords(in sentences: [Sentence]) -> WordSet {
        var openers = WordSet()
        for s in sentences where !s.tokens.isEmpty {
            openers.insert(s.tokens[0])
            if s.tokens.count > 1, s.tokens[0].kind == .punctuation { openers.insert(s.tokens[1]) }
        }
        var out = WordSet()
        for s in sentences {
            for k in s.tokens.indices where s.tokens[k].kind == .word && !s.tokens[k].isCapitalized && openers.contains(s.tokens[k]) {
                out.insert(s.tokens[k])
            }
        }
        return out
    }

    func mentions(in s: Sentence, covered: [TokenMention], lowercaseWords: WordSet, placeNames: WordSet = WordSet(),
                  make: (Range<Int>, String, ActorKind) -> TokenMention) -> [TokenMention] {
        let t = s.tokens
        var taken = CoveredTokens(count: t.count, covering: covered)
        var out: [TokenMention] = []
        var i = 0
        while i < t.count {
            guard isName(t, i, taken: taken, lowercaseWords: lowercaseWords) else { i += 1; continue }
            var j = i + 1
            while j < t.count, j - i < 5 {
                if isName(t, j, taken: taken, lowercaseWords: lowercaseWords) { j += 1; continue }
                if connectors.contains(t[j]), j + 1 < t.count, isName(t, j + 1, taken: taken, lowercaseWords: lowercaseWords) { j += 2; continue }
                break
            }
            let name = s.text(from: t[i].start, to: t[j - 1].end)
            let next = j < t.count && !taken.contains(j) ? t[j].folded : ""
            let nextIs = { (words: WordSet) in j < t.count && !taken.contains(j) ? words.contains(t[j]) : words.contains("") }
            var after = j
            while after < t.count, after - j < 2, Self.placeQualifiers.contains(t[after]) { after += 1 }
            let endsInPlace = after < t.count && !taken.contains(after) && Self.placeNouns.contains(t[after])
            if endsInPlace || (j - i == 1 && placeNames.contains(t[i])) || (j - i > 1 && demonymPhrases.contains(name.lowercased()))
                || isDateline(t, i..<j) {
                i = j
                continue
            }
            var m: TokenMention
            if nextIs(agentNouns) {
                m = make(i..<(j + 1), Slug.make(name + " " + next), .group)
                m.name = name + " " + next
                j += 1
            } else if nextIs(bodyNouns) {
                m = make(i..<(j + 1), Slug.make(name), .government)
                m.name = name
                j += 1
            } else if j - i >= 2, givenNames.contains(t[i]) {
                // "Mohamed Hamdan Dagalo": a person, whom "he" and a bare surname can refer to.
                m = make(i..<j, Slug.make(name), .person)
                m.name = name
            } else {
                m = make(i..<j, Slug.make(name), .group)
                m.name = name
                m.isWeak = true
            }
            out.append(m)
            taken.formUnion(i..<j)
            i = j
        }
        return out
    }

    /// "al-Burhan", "el-Sissi", "bin-Salman": a lower-case particle hyphened to a capitalised name.
    @inline(__always) static func hasNameParticle(_ token: Token) -> Bool {
        guard token.isHyphenated, let dash = token.text.firstIndex(of: "-") else { return false }
        let particle = token.text[..<dash]
        let rest = token.text[token.text.index(after: dash)...]
        return ["al", "el", "ad", "ash", "as", "at", "an", "ar", "az", "bin", "ibn", "abu", "bint"].contains(particle)
            && rest.first?.isUppercase == true
    }

    /// "Soviet-era", "Taliban-led", "Kremlin-backed": a name hyphened to a lower-case word
    /// is a modifier, not a name ("Guinea-Bissau" keeps its capital).
    static func isHyphenatedModifier(_ token: Token) -> Bool {
        guard token.isHyphenated, let dash = token.text.lastIndex(of: "-") else { return false }
        return token.text[token.text.index(after: dash)...].first?.isLowercase == true
    }

    /// "BRASILIA -", "TEL AVIV (AP) -", "SAMARKAND, Uzbekistan -": a place in capitals
    /// opening a news story, where it was filed, not who acts.
    func isDateline(_ t: [Token], _ run: Range<Int>) -> Bool {
        guard run.lowerBound == 0 || run.lowerBound == 1 && t[0].kind == .punctuation, run.upperBound < t.count,
              run.allSatisfy({ k in !t[k].text.unicodeScalars.contains { $0.properties.isLowercase } }) else { return false }
        return [",", "(", "-", "\u{2013}", "\u{2014}"].contains(t[run.upperBound].text)
    }

    func isName(_ t: [Token], _ i: Int, taken: CoveredTokens, lowercaseWords: WordSet) -> Bool {
        // The cheap tests on the token in place, before it is copied.
        guard !taken.contains(i), t[i].kind == .word, t[i].isCapitalized || Self.hasNameParticle(t[i]) else { return false }
        let token = t[i]
        guard token.characterCount > 1,
              !common.contains(token), !stop.contains(token),
              !token.hasAntiPrefix, !Self.isHyphenatedModifier(token) else { return false }
        // A sentence's first word, or one right after an opening quote, is capitalised anyway.
        let opensSentence = i == 0 || (i == 1 && t[0].kind == .punctuation)
        guard opensSentence else { return true }
        // A sentence's first word: a name only if the text never writes it in lower case and
        // it does not read like a participle ("Located", "Following").
        let f = token.folded
        return !lowercaseWords.contains(token) && !(f.count > 5 && (f.hasSuffix("ing") || f.hasSuffix("ed")))
    }
}
