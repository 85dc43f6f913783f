import ParleyModel

/// Finds actor mentions: lexicon names (longest match), demonyms before body nouns,
/// unknown people after title cues, unknown organisations from cue words, and bare
/// surnames of people named in full earlier in the document.
struct ActorRecognizer: Sendable {
    let lexicon: Lexicon
    let index: AliasIndex
    /// Each title's folded tokens, longest title first.
    let titles: [[Token]]
    /// First words of the titles, so most tokens skip the title list (nil: an empty title).
    let titleStarts: WordSet?
    let organizationCues: WordSet
    let connectors: WordSet
    let bodyNouns: WordSet
    let pronouns: WordSet
    let delegationNouns: WordSet
    let groupNouns: WordSet
    let supportNouns: WordSet
    let agentNouns: WordSet
    let stanceNouns: WordMap<RelationType>
    let properNouns: ProperNounFinder
    let governance: GovernanceResolver
    let contextual: ContextualAliasIndex
    /// Phonetic key of each lexicon person's names of two words or more -> its id, for
    /// keys that belong to one person only ("Amir Khan Mottaki" -> amir-khan-muttaqi).
    let phoneticPeople: [String: (id: String, names: [String])]
    /// Parent id -> the children the lexicon lists (see `resolveKinship`).
    let children: [String: [String]]
    let clauseBreaks: WordSet

    init(lexicon: Lexicon, cues: Cues, triggerWords: Set<String> = [], index: AliasIndex? = nil) {
        self.lexicon = lexicon
        self.index = index ?? AliasIndex(lexicon: lexicon)
        let tokenizer = Tokenizer()
        self.titles = cues.titles.map { t in
            let s = Array(t.unicodeScalars)
            return tokenizer.tokens(in: s, range: 0..<s.count)
        }.sorted { $0.count > $1.count }
        self.titleStarts = titles.contains(where: \.isEmpty) ? nil : WordSet(titles.compactMap(\.first?.folded))
        self.organizationCues = WordSet(cues.organizationCues)
        self.connectors = WordSet(cues.nameConnectors)
        self.bodyNouns = WordSet(cues.bodyNouns)
        self.pronouns = WordSet(cues.pronouns.singular + cues.pronouns.plural)
        self.delegationNouns = WordSet(cues.delegationNouns)
        self.groupNouns = WordSet(cues.groupNouns)
        self.supportNouns = WordSet(cues.supportNouns)
        self.agentNouns = WordSet(cues.agentNouns)
        self.stanceNouns = WordMap(cues.stanceNouns)
        self.properNouns = ProperNounFinder(cues: cues, triggerWords: triggerWords,
                                            demonyms: Set(lexicon.order.flatMap { lexicon[$0]?.demonyms ?? [] }.map { $0.lowercased() }))
        self.governance = GovernanceResolver(lexicon: lexicon)
        self.contextual = ContextualAliasIndex(lexicon: lexicon)
        self.children = ActorRecognizer.children(in: lexicon)
        self.clauseBreaks = WordSet(cues.clauseBreaks)
        var people: [String: (id: String?, names: [String])] = [:]
        for id in lexicon.order {
            guard let e = lexicon[id], e.kind == .person else { continue }
            for name in [e.name] + e.aliases where name.split(separator: " ").count >= 2 {
                let key = PhoneticKey.key(name)
                guard key.count >= 6 else { continue }
                if let held = people[key] {
                    people[key] = (held.id == e.id ? e.id : nil, held.names + [name])
                } else {
                    people[key] = (e.id, [name])
                }
            }
        }
        self.phoneticPeople = people.compactMapValues { p in p.id.map { (id: $0, names: p.names) } }
    }

    /// A surname's phonetic key; too short a key ("Ross", "Rose") matches nothing.
    func surnameKey(_ surname: String) -> String? {
        let key = PhoneticKey.key(surname)
        return key.count >= 3 ? key : nil
    }

    /// A person's name the lexicon lists under another spelling: the lexicon's id.
    func transliterated(_ m: TokenMention) -> String? {
        guard m.mention.source == .discovered, m.kind == .person || m.isWeak, m.tokens.count >= 2,
              let person = phoneticPeople[PhoneticKey.key(m.mention.text)],
              person.names.contains(where: { PhoneticKey.close($0, m.mention.text) }) else { return nil }
        return person.id
    }

    /// "self-declared Acting President Amurula Surrey": an unknown name right after a role
    /// of a lexicon person is that person when its first word sounds like theirs (the same
    /// phonetic key to four letters), so a garbled transliteration joins the person while a
    /// successor in the same office ("Foreign Minister Qin Gang" after Wang Yi) does not.
    func namedByRole(_ found: [TokenMention], at k: Int) -> String? {
        guard k > 0, found[k - 1].isRole, found[k - 1].tokens.upperBound == found[k].tokens.lowerBound,
              found[k].mention.source == .discovered, found[k].kind == .person || found[k].isWeak,
              let entry = lexicon[found[k - 1].actorID], entry.kind == .person,
              let first = ActorRecognizer.words(of: found[k].mention.text).first else { return nil }
        let key = PhoneticKey.key(first)
        guard key.count >= 3 else { return nil }
        let sounds = ([entry.name] + entry.aliases).contains { name in
            guard let own = ActorRecognizer.words(of: name).first else { return false }
            let ownKey = PhoneticKey.key(own)
            return ownKey.count >= 3 && ownKey.prefix(4) == key.prefix(4)
        }
        return sounds ? entry.id : nil
    }

    /// Mentions per sentence, in document order, and the actors they refer to.
    func recognize(_ sentences: [Sentence], published: CalendarDate? = nil, registry: inout ActorRegistry) -> [[TokenMention]] {
        let takeovers = governance.takeovers(in: sentences, published: published)
        var surnames = WordMap<String>()      // "Massoud" -> ahmad-massoud (as written, not folded)
        var givenNames: [String: String] = [:] // "Sergei" -> sergei-mironov
        var surnameVariants: [String: (id: String, surname: String)] = [:] // phonetic key -> person, "Massoud"
        let lowercaseWords = ProperNounFinder.lowercaseWords(in: sentences)
        let placeNames = ProperNounFinder.placeNames(in: sentences)
        var mentions = sentences.map { sentence in
            var found = lexiconMentions(in: sentence)
            let discovered = discoveredMentions(in: sentence, covered: found, givenNames: givenNames)
            found.removeAll { m in discovered.contains { $0.tokens.lowerBound <= m.tokens.lowerBound && m.tokens.upperBound <= $0.tokens.upperBound } }
            found += discovered
            found += surnameMentions(in: sentence, covered: found, surnames: surnames, variants: surnameVariants)
            found += properNouns.mentions(in: sentence, covered: found, lowercaseWords: lowercaseWords, placeNames: placeNames,
                                          make: { ActorRecognizer.make(sentence, $0, id: $1, kind: $2, source: .discovered) })
            found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            for k in found.indices {
                if let id = transliterated(found[k]) ?? namedByRole(found, at: k) {
                    found[k].mention.actorID = id
                    found[k].kind = .person
                    found[k].isWeak = false
                    found[k].name = nil
                }
                if !takeovers.isEmpty, let (governor, kind) = takeovers[found[k].actorID] {
                    found[k].mention.actorID = governor
                    found[k].kind = kind
                }
            }
            if !children.isEmpty { resolveKinship(&found, in: sentence) }
            var claimed: [String: String] = [:] // surname -> who took it in this sentence
            for m in found {
                // "Chinese Foreign Minister" must not make "Minister" a surname, nor "Massoud's
                // father" "father".
                guard m.kind == .person, !m.isRole, m.mention.source != .coreference else { continue }
                // "Ferdinand Marcos Jr.": the surname stands before a generational suffix.
                let parts = Array(ActorRecognizer.words(of: m.mention.text).reversed().drop { ActorRecognizer.nameSuffixes.contains($0) }.reversed())
                if parts.count >= 2, let last = parts.last, let first = parts.first {
                    // "Ilham Aliyev, the son of Heydar Aliyev": the first of namesakes in a
                    // sentence, whom the rest describe, keeps the surname.
                    if let holder = claimed[last], holder != m.actorID { continue }
                    claimed[last] = m.actorID
                    surnames.set(last, m.actorID)
                    if let key = surnameKey(last) { surnameVariants[key] = (m.actorID, last) }
                    givenNames[first] = m.actorID
                }
            }
            return found
        }
        contextual.apply(to: &mentions, in: sentences, lexicon: lexicon)
        for m in mentions.joined() where !registry.record(m.actorID, alias: m.mention.text) {
            registry.record(actor(for: m), alias: m.mention.text)
        }
        return mentions
    }

    /// "Maduro later flew to Caracas": a known person going to their own country is
    /// going home, not visiting.
    func isHomecoming(_ c: RelationCandidate) -> Bool {
        guard c.relation == .visited, let person = lexicon[c.source], person.kind == .person,
              let home = person.country, let place = lexicon[c.target] else { return false }
        return place.country == home
    }

    func actor(for m: TokenMention) -> Actor {
        if let e = lexicon[m.actorID] {
            return Actor(id: e.id, name: e.name, kind: e.kind, country: e.country, known: true)
        }
        return Actor(id: m.actorID, name: m.name ?? m.mention.text, kind: m.kind, known: false)
    }

    func lexiconMentions(in s: Sentence) -> [TokenMention] {
        var out: [TokenMention] = []
        var i = 0
        while i < s.tokens.count {
            if let match = index.longestMatch(in: s.tokens, at: i), let entry = lexicon[match.form.entryID] {
                var end = i + match.length
                var isSupport = false
                let next = end < s.tokens.count ? s.tokens[end].folded : ""
                let nextIs = { (words: WordSet) in end < s.tokens.count ? words.contains(s.tokens[end]) : words.contains("") }
                if nextIs(agentNouns), entry.kind == .country || match.form.role == .demonym {
                    // "Russian police", "Iranian troops": an agent of the country, not the state.
                    let name = text(s, i..<(end + 1))
                    var m = make(s, i..<(end + 1), id: Slug.make("\(entry.id) \(next)"), kind: .group, source: .lexicon)
                    m.name = name
                    out.append(m)
                    i = end + 1
                    continue
                }
                if match.form.role == .demonym {
                    // A demonym is an actor only before a state or support noun: "a Pakistani delegation".
                    guard nextIs(bodyNouns) || nextIs(supportNouns) else { i += 1; continue }
                    // "his Russian counterpart Sergei Lavrov", "Iranian envoy Hassan Kazemi Qomi":
                    // a title before a name, which is the actor.
                    if ActorRecognizer.personalBodyNouns.contains(next), end + 1 < s.tokens.count,
                       s.tokens[end + 1].kind == .word, s.tokens[end + 1].isCapitalized {
                        i += 1; continue
                    }
                    isSupport = nextIs(supportNouns)
                    end += 1
                }
                if let start = groupStart(s.tokens, before: i) {
                    // "the opponents of the Islamic Emirate": a group of its own, named by the canonical name.
                    let noun = s.tokens[start].folded
                    var m = make(s, start..<end, id: Slug.make("\(noun) of \(entry.name)"), kind: .group, source: .discovered)
                    m.name = "\(noun) of \(entry.name)"
                    m.stance = stanceNouns[s.tokens[start]]
                    m.stanceTarget = entry.id
                    out.append(m)
                } else {
                    let start = delegationStart(s.tokens, before: i, kind: entry.kind) ?? i
                    // A city other than the capital is a place of the country, not its government.
                    var m = make(s, start..<end, id: entry.id, kind: match.form.role == .city ? .city : entry.kind,
                                 source: .lexicon, isCapital: match.form.role == .capital)
                    m.isSupport = isSupport
                    m.isRole = match.form.role == .role
                    out.append(m)
                }
                i = end
            } else if let group = antiGroup(s, at: i) {
                out.append(group)
                i += 2
            } else {
                i += 1
            }
        }
        return out
    }

    /// "the opponents of X", "political opponents of X", "the opposition forces of X":
    /// where the group noun starts.
    /// Generational suffixes that end a name after the surname.
    static let nameSuffixes: Set<String> = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]

    /// Body nouns that name one person, so a name may follow them.
    static let personalBodyNouns: Set<String> = ["counterpart", "envoy", "official", "diplomat", "ambassador"]

    func groupStart(_ t: [Token], before i: Int) -> Int? {
        var k = i - 1
        if k >= 0, t[k].folded == "the" { k -= 1 }
        guard k >= 1, t[k].folded == "of", groupNouns.contains(t[k - 1]) else { return nil }
        // "the opposition forces of X": the stance noun before the group noun names the group.
        if k >= 2, groupNouns.contains(t[k - 2]), stanceNouns[t[k - 2]] != nil { return k - 2 }
        return k - 1
    }

    /// "anti-Taliban fighters": a hyphenated stance towards a known actor before a group noun.
    func antiGroup(_ s: Sentence, at i: Int) -> TokenMention? {
        let t = s.tokens
        guard i + 1 < t.count, groupNouns.contains(t[i + 1]), t[i].hasAntiPrefix else { return nil }
        let scalars = Array(t[i].text.unicodeScalars.dropFirst(5))
        let inner = Tokenizer().tokens(in: scalars, range: 0..<scalars.count)
        guard !inner.isEmpty, let match = index.longestMatch(in: inner, at: 0), match.length == inner.count,
              let entry = lexicon[match.form.entryID] else { return nil }
        let name = "anti-\(entry.name) \(t[i + 1].folded)"
        var m = make(s, i..<(i + 2), id: Slug.make(name), kind: .group, source: .discovered)
        m.name = name
        m.stance = stanceNouns["anti-"]
        m.stanceTarget = entry.id
        return m
    }

    /// "a delegation from the United States", "representatives of the Afghan government":
    /// the token where the group noun starts, when one stands before a collective actor.
    func delegationStart(_ t: [Token], before i: Int, kind: ActorKind) -> Int? {
        guard kind != .person else { return nil }
        var k = i - 1
        if k >= 0, t[k].folded == "the" { k -= 1 }
        guard k >= 1, t[k].folded == "from" || t[k].folded == "of", delegationNouns.contains(t[k - 1]) else { return nil }
        // "under his leadership from Israel": someone's own body, not the state's.
        if k >= 2, t[k - 2].kind == .possessive || ["his", "her", "their", "its", "my", "our", "your"].contains(t[k - 2].folded) { return nil }
        return k - 1
    }

    func discoveredMentions(in s: Sentence, covered: [TokenMention], givenNames: [String: String]) -> [TokenMention] {
        let t = s.tokens
        var taken = CoveredTokens(count: t.count, covering: covered)
        var out: [TokenMention] = []
        // People after a title: "Deputy Speaker Sergei", "Foreign Minister Ishaq Dar".
        var i = 0
        while i < t.count {
            guard let title = titleLength(t, at: i) else { i += 1; continue }
            var j = i + title
            while j < t.count, j - (i + title) < 4, !taken.contains(j), isNameWord(t[j]) { j += 1 }
            if j > i + title {
                let range = (i + title)..<j
                let name = text(s, range)
                let id = range.count == 1 ? (givenNames[name] ?? Slug.make(name)) : Slug.make(name)
                let kind: ActorKind = lexicon[id]?.kind ?? .person
                out.append(make(s, range, id: id, kind: kind, source: .discovered))
                taken.formUnion(range)
            }
            i = max(j, i + 1)
        }
        // Organisations: capitalised runs holding a cue word ("Afghanistan Freedom Front").
        i = 0
        while i < t.count {
            guard isNameWord(t[i]), t[i].folded != "the" else { i += 1; continue }
            var j = i + 1
            while j < t.count {
                if isNameWord(t[j]) { j += 1; continue }
                if connectors.contains(t[j]), j + 1 < t.count, isNameWord(t[j + 1]) { j += 2; continue }
                break
            }
            let range = i..<j
            var words = 0, cueCount = 0
            for k in range where !connectors.contains(t[k]) {
                words += 1
                if organizationCues.contains(t[k]) { cueCount += 1 }
            }
            if cueCount > 0, words - cueCount >= 2, organizationCues.contains(t[j - 1]) {
                // The run replaces lexicon names inside it ("... to Save Afghanistan").
                let straddles = covered.contains { $0.tokens.overlaps(range) && ($0.tokens.lowerBound < i || $0.tokens.upperBound > j) }
                    || out.contains { $0.tokens.overlaps(range) }
                if !straddles {
                    let name = text(s, range)
                    out.append(make(s, range, id: Slug.make(name), kind: .organization, source: .discovered))
                    taken.formUnion(range)
                }
            }
            i = j
        }
        return out
    }

    /// Surnames of people named in full earlier, as written or spelled otherwise ("Masud"
    /// after "Ahmad Massoud"; see `PhoneticKey.close`).
    func surnameMentions(in s: Sentence, covered: [TokenMention], surnames: WordMap<String>,
                         variants: [String: (id: String, surname: String)] = [:]) -> [TokenMention] {
        let taken = CoveredTokens(count: s.tokens.count, covering: covered)
        var out: [TokenMention] = []
        // Tokens are tested in place; only a capitalised word free of mentions is copied.
        for i in s.tokens.indices where !taken.contains(i) && s.tokens[i].isWord && s.tokens[i].isCapitalized {
            let token = s.tokens[i]
            // A key is worked out only when the document named someone in full before.
            let variant = !variants.isEmpty && token.characterCount >= 4 ? surnameKey(token.cased).flatMap { variants[$0] } : nil
            if let id = surnames[token.cased] ?? variant.flatMap({ PhoneticKey.close($0.surname, token.cased) ? $0.id : nil }) {
                out.append(make(s, i..<(i + 1), id: id, kind: .person, source: .coreference))
            }
        }
        return out
    }

    /// How many tokens of titles start at `i`: titles stack ("first Deputy Prime Minister").
    func titleLength(_ t: [Token], at i: Int) -> Int? {
        var k = i
        while let n = singleTitle(t, at: k) { k += n }
        return k > i ? k - i : nil
    }

    func singleTitle(_ t: [Token], at i: Int) -> Int? {
        if let titleStarts, i >= t.count || !titleStarts.contains(t[i]) { return nil }
        for title in titles where i + title.count <= t.count {
            if (0..<title.count).allSatisfy({ t[i + $0].isSameWord(title[$0]) }) { return title.count }
        }
        return nil
    }

    @inline(__always) func isNameWord(_ t: Token) -> Bool {
        t.kind == .word && (t.isCapitalized || ProperNounFinder.hasNameParticle(t)) && !pronouns.contains(t)
    }

    /// The name's words, split at spaces (ASCII names from their bytes, no Character walk).
    static func words(of name: String) -> [String] {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.split(separator: " ").map(String.init) }
        return name.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
    }

    func text(_ s: Sentence, _ range: Range<Int>) -> String { ActorRecognizer.text(s, range) }

    static func text(_ s: Sentence, _ range: Range<Int>) -> String {
        s.text(from: s.tokens[range.lowerBound].start, to: s.tokens[range.upperBound - 1].end)
    }

    func make(_ s: Sentence, _ range: Range<Int>, id: String, kind: ActorKind, source: Mention.Source,
              isCapital: Bool = false) -> TokenMention {
        ActorRecognizer.make(s, range, id: id, kind: kind, source: source, isCapital: isCapital)
    }

    /// Static, so a closure that makes mentions captures no copy of the recognizer.
    static func make(_ s: Sentence, _ range: Range<Int>, id: String, kind: ActorKind, source: Mention.Source,
                     isCapital: Bool = false) -> TokenMention {
        let span = Span(start: s.tokens[range.lowerBound].start, end: s.tokens[range.upperBound - 1].end)
        let mention = Mention(actorID: id, span: span, text: text(s, range), sentence: s.index, source: source)
        return TokenMention(mention: mention, tokens: range, kind: kind, isCapital: isCapital)
    }
}
