import ParleyModel

/// One sentence with its mentions, and the shallow-syntax questions frames ask of it:
/// which preposition governs a name, which name is the clause subject, what coordinates.
struct ClauseView {
    let sentence: Sentence
    let mentions: [TokenMention]
    let cues: CueSets
    /// Token index -> index of the mention covering it.
    let covering: MentionCover

    init(sentence: Sentence, mentions: [TokenMention], cues: CueSets) {
        self.sentence = sentence
        self.cues = cues
        // "Russian President Vladimir Putin": a role and the name right after it are one
        // mention of one actor, so coordination sees "A and Russian President B" as a pair.
        var joined: [TokenMention] = []
        for m in mentions {
            if let last = joined.last, last.isRole, !m.isPronoun, last.actorID == m.actorID,
               last.tokens.upperBound == m.tokens.lowerBound {
                joined[joined.count - 1].tokens = last.tokens.lowerBound..<m.tokens.upperBound
                joined[joined.count - 1].isRole = false
            } else {
                joined.append(m)
            }
        }
        self.mentions = joined
        self.covering = MentionCover(count: sentence.tokens.count, mentions: joined)
    }

    var tokens: [Token] { sentence.tokens }

    /// "Caras Galadhon's new mayor", "Ithilen's president": a possessor whose head noun is
    /// a title with no name after it stands for its owner in the clause.
    func standsForOwner(_ m: TokenMention) -> Bool {
        guard !m.isPronoun, isPossessor(m) else { return false }
        // "Niger's junta", "Iran's new government": the body that governs the owner.
        let heads = { (w: String) in cues.titleWords.contains(w) || CueSets.governingBodies.contains(w) }
        var k = m.tokens.upperBound + 1
        var words = 0
        while k < tokens.count, words < 3, covering[k] == nil, tokens[k].kind == .word, !heads(tokens[k].folded) {
            guard !tokens[k].isCapitalized || k == m.tokens.upperBound + 1 else { return false }
            k += 1; words += 1
        }
        guard k < tokens.count, heads(tokens[k].folded) else { return false }
        while k < tokens.count, heads(tokens[k].folded) { k += 1 }
        return k >= tokens.count || covering[k] == nil && !(tokens[k].isCapitalized && tokens[k].kind == .word)
    }

    /// Whether a mention can fill a subject or object slot: not a possessor, unless it stands for its owner.
    func isArgument(_ m: TokenMention) -> Bool { !isPossessor(m) || standsForOwner(m) }

    /// The first token after a possessor: past its "'s", or right after "his".
    func afterPossessive(_ m: TokenMention) -> Int { m.tokens.upperBound + (m.isPronoun ? 0 : 1) }

    /// A possessor modifies the next noun ("Massoud's visit", "his request").
    func isPossessor(_ m: TokenMention) -> Bool {
        if m.isPronoun { return cues.possessivePronouns.contains(tokens[m.tokens.lowerBound]) }
        let next = m.tokens.upperBound
        return next < tokens.count && tokens[next].kind == .possessive
    }

    /// Where the title before a person's name starts ("with Foreign Minister X", "by his
    /// Bangladeshi counterpart X"): title words in any case, and one capitalised word
    /// before the first of them. `name` itself when no title stands there.
    func titleStart(before name: Int) -> Int {
        guard let k = covering[name], mentions[k].kind == .person else { return name }
        var i = name - 1
        var titled = false
        // A role joined to its holder's name carries a title of its own.
        let ownsTitle = mentions[k].tokens.contains { cues.titleWords.contains(tokens[$0]) }
        let inTitle = { (k: Int) in cues.titleWords.contains(self.tokens[k]) || cues.titleModifiers.contains(self.tokens[k]) }
        while i >= 0, covering[i] == nil || mentions[covering[i]!].isRole, tokens[i].kind == .word {
            if inTitle(i) {
                titled = titled || cues.titleWords.contains(tokens[i])
            } else if ["of", "for", "and"].contains(tokens[i].folded), i >= 1, titled || tokens[i].folded == "and" && ownsTitle,
                      cues.titleWords.contains(tokens[i - 1]) {
                // "Secretary of State", "Minister for Foreign Affairs", "former Vice President
                // and self-declared Acting President".
            } else {
                break
            }
            i -= 1
        }
        guard titled else { return name }
        // One qualifier: "Pakistani Foreign Minister", "Russian counterpart".
        if i >= 0, tokens[i].kind == .word, tokens[i].isCapitalized, i + 1 < name, !cues.prepositions.contains(tokens[i]),
           !cues.fillers.contains(tokens[i]) {
            i -= 1
        }
        return i + 1
    }

    /// The preposition that governs the noun phrase starting at token `start`, if any.
    func governingPreposition(before start: Int) -> (word: String, at: Int)? {
        // "of Abdul Latif Pedram Afghanistan": a name right after another shares its preposition.
        if start > 0, let k = covering[start - 1], mentions[k].tokens.upperBound == start, covering[start] != k,
           !mentions[k].isPronoun, !isPossessor(mentions[k]) {
            return governingPreposition(before: mentions[k].tokens.lowerBound)
        }
        var i = titleStart(before: start) - 1
        var steps = 0
        var modifiers = 0
        while i >= 0, steps < 6 {
            let t = tokens[i]
            // "a bunch of X", "members of X": the partitive is transparent, the preposition
            // before it (or none) governs X.
            if t.folded == "of", i > 0, cues.partitives.contains(tokens[i - 1]), i == 1 || !tokens[i - 1].isCapitalized {
                i -= 2; steps += 2; continue
            }
            if cues.prepositions.contains(t) { return (t.folded, i) }
            if t.kind == .possessive || cues.fillers.contains(t) {
                i -= 1; steps += 1; continue
            }
            // Up to two plain lower-case modifiers: "against besieged Osgiliath".
            if modifiers < 2, covering[i] == nil, t.kind == .word, !t.isCapitalized, !cues.verbForms.contains(t),
               !cues.irrealis.contains(t), !cues.clauseBreaks.contains(t), t.folded != "and", t.folded != "or",
               i > 0, cues.prepositions.contains(tokens[i - 1]) || cues.fillers.contains(tokens[i - 1]) {
                modifiers += 1; i -= 1; steps += 1; continue
            }
            if let k = covering[i], isPossessor(mentions[k]) {
                i = mentions[k].tokens.lowerBound - 1; steps += 1; continue
            }
            return nil
        }
        return nil
    }

    func preposition(of m: TokenMention) -> String? { governingPreposition(before: m.tokens.lowerBound)?.word }

    /// Words that may stand between a verb and its direct object: determiners, possessor
    /// names, a title ("Swedish Prime Minister Ulf Kristersson") and at most two plain
    /// lower-case modifiers ("the opposition Northern Alliance").
    func isModifierRun(_ range: Range<Int>) -> Bool {
        var modifiers = 0
        for i in range {
            let t = tokens[i]
            if covering[i] != nil || cues.fillers.contains(t) { continue }
            if isTitleWord(i, before: range.upperBound) || isQualifierOfTitledName(i, before: range.upperBound) { continue }
            if t.folded == "of", i > range.lowerBound, cues.partitives.contains(tokens[i - 1]) { continue }
            // "received visiting Brazilian President Lula": a participle right before the name is adjectival.
            let adjectival = t.folded.hasSuffix("ing") && (i + 1 == range.upperBound
                || isTitleWord(i + 1, before: range.upperBound) || isQualifierOfTitledName(i + 1, before: range.upperBound))
            guard t.kind == .word, !t.isCapitalized, !cues.prepositions.contains(t),
                  adjectival || !cues.verbForms.contains(t), !cues.irrealis.contains(t),
                  !cues.clauseBreaks.contains(t), t.folded != "and", t.folded != "or" else { return false }
            modifiers += 1
        }
        return modifiers <= 2
    }

    /// A capitalised word of a title that runs up to the name at `name`: from the first
    /// title word on ("Prime Minister", "Deputy Foreign Minister"), every word is a title
    /// word; before it, one capitalised word may qualify it ("Swedish", "Iranian").
    func isTitleWord(_ i: Int, before name: Int) -> Bool {
        guard tokens[i].kind == .word, tokens[i].isCapitalized else { return false }
        let words = i..<name
        guard let first = words.first(where: { cues.titleWords.contains(tokens[$0]) }), first - i <= 1 else { return false }
        return words.allSatisfy { k in
            k < first ? tokens[k].isCapitalized
                : cues.titleWords.contains(tokens[k]) || cues.titleModifiers.contains(tokens[k])
        }
    }

    /// "South Korean" in "met South Korean President Yoon Suk Yeol", where the mention
    /// starts at its title: up to two capitalised words right before a titled person.
    func isQualifierOfTitledName(_ i: Int, before name: Int) -> Bool {
        guard name < tokens.count, name - i <= 2, let k = covering[name], mentions[k].kind == .person,
              cues.titleWords.contains(tokens[name]) || cues.titleModifiers.contains(tokens[name]) else { return false }
        return (i..<name).allSatisfy { covering[$0] == nil && tokens[$0].kind == .word && tokens[$0].isCapitalized }
    }

    /// A name right after a relation verb is its object ("visited Kabul and discussed ..."),
    /// so it cannot be the subject of a later verb in the sentence.
    func isObjectOfVerb(_ m: TokenMention) -> Bool {
        var i = m.tokens.lowerBound - 1
        while i >= 0, cues.fillers.contains(tokens[i]) { i -= 1 }
        return i >= 0 && covering[i] == nil && cues.verbForms.contains(tokens[i])
    }

    /// Whether a clause break stands between two token positions.
    func hasBreak(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        return (a..<b).contains { cues.clauseBreaks.contains(tokens[$0]) || cues.reportingVerbs.contains(tokens[$0]) }
    }

    /// Whether the noun phrase ending in the noun at `i` is the object of a verb that only
    /// speaks of an act ("dismissed accusations against X", "condemned attacks on Y"), so
    /// the act is not the clause subject's.
    func isTopicOfVerb(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 5, covering[k] == nil, !cues.clauseBreaks.contains(tokens[k]) {
            if cues.topicVerbs.contains(tokens[k]) { return true }
            if cues.prepositions.contains(tokens[k]) || cues.verbForms.contains(tokens[k]) { return false }
            k -= 1
        }
        return false
    }

    /// Where the clause of a subject ending at `a` resumes after a relative clause set off
    /// by commas ("Scholz, who was not invited, spoke with Macron"): its negation is its own.
    func pastRelativeClause(_ a: Int, before b: Int) -> Int {
        guard a + 1 < b, tokens[a].folded == ",", ["who", "which", "whose"].contains(tokens[a + 1].folded),
              let close = ((a + 2)..<b).last(where: { tokens[$0].folded == "," }) else { return a }
        return close + 1
    }

    /// Negation, modality or irrealis between two token positions ("did not", "will", "hopes to").
    func isIrrealis(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        // A capitalised "May" inside the sentence is the month, not the modal.
        return (a..<b).contains { i in covering[i] == nil && cues.irrealis.contains(tokens[i]) && (i == 0 || !tokens[i].isCapitalized) }
    }

    /// A to-infinitive at `trigger` under a verb that states no fact: "invited Xi to visit
    /// Brasilia", "agreed to meet", "threatened to attack". A motion verb's purpose clause
    /// ("travelled to Dushanbe to meet X") is a fact and passes.
    func isNonFactualInfinitive(_ trigger: Int) -> Bool {
        guard trigger >= 1, tokens[trigger - 1].folded == "to" else { return false }
        return (max(0, trigger - 12)..<(trigger - 1)).contains { k in
            covering[k] == nil && cues.nonFactualComplements.contains(tokens[k]) && !hasBreak(from: k + 1, to: trigger)
        }
    }

    /// "condemned North Korea's latest missile launch": the possessor of an act noun that
    /// is the direct object of the verb ending at `end`, standing for the actor judged.
    func actOwner(after end: Int) -> Int? {
        let k = firstMention(startingAtOrAfter: end)
        guard k < mentions.count, isPossessor(mentions[k]) else { return nil }
        let m = mentions[k]
        guard m.tokens.lowerBound - end <= 2, isModifierRun(end..<m.tokens.lowerBound) else { return nil }
        // The act noun within three plain words after the possessive: "'s latest missile launch".
        let from = afterPossessive(m)
        for j in from..<min(tokens.count, from + 4) {
            if cues.actNouns.contains(tokens[j]) { return k }
            // Plain words or a name as a modifier: "'s NATO membership bid".
            guard tokens[j].kind == .word, covering[j] != nil || !tokens[j].isCapitalized || j == from,
                  !cues.prepositions.contains(tokens[j]) else { return nil }
        }
        return nil
    }

    /// The subject of the clause whose verb starts at `trigger`: the nearest name to the
    /// left that no preposition governs and that is not a possessor, with its coordinated names.
    func subjects(before trigger: Int, maxDistance: Int = 30) -> [TokenMention] {
        if let antecedent = relativeAntecedent(before: trigger) { return coordinatedLeft(from: antecedent) }
        // Walk back from the trigger only as far as a subject may stand.
        var k = firstMention(startingAtOrAfter: trigger) - 1
        while k >= 0 {
            let m = mentions[k]
            if trigger - m.tokens.upperBound > maxDistance { return [] }
            if m.tokens.upperBound <= trigger, isArgument(m), preposition(of: m) == nil || isClauseOpener(m, before: trigger), !isObjectOfVerb(m),
               !hasBreak(from: m.tokens.upperBound, to: trigger) {
                // "A, B, and the party's leader are ...": a last member no mention covers still
                // makes B part of a list.
                var after = m.tokens.upperBound
                if after < trigger, tokens[after].folded == "," { after += 1 }
                let listGoesOn = after + 1 < trigger && tokens[after].folded == "and"
                return coordinatedLeft(from: k, listGoesOn: listGoesOn)
            }
            k -= 1
        }
        return []
    }

    /// "a day after Iranian Foreign Minister X spoke with Y": "after" (or "before", "since",
    /// "until") opens a clause when the name right after it is followed by the verb.
    func isClauseOpener(_ m: TokenMention, before trigger: Int) -> Bool {
        guard let p = governingPreposition(before: m.tokens.lowerBound), ["after", "before", "since", "until"].contains(p.word)
        else { return false }
        return (m.tokens.upperBound..<trigger).allSatisfy(isAuxiliaryOrAdverb)
    }

    /// An auxiliary or adverb of a verb group, no mention covering it ("has also", "was quickly").
    func isAuxiliaryOrAdverb(_ k: Int) -> Bool {
        let f = tokens[k].folded
        return covering[k] == nil && tokens[k].kind == .word
            && (cues.auxiliaries.contains(f) || cues.perfectAuxiliaries.contains(f) || f.hasSuffix("ly") || cues.plainAdverbs.contains(f))
    }

    /// "Putin, who invited him to Moscow": the name a relative pronoun right before the
    /// verb stands for (auxiliaries and adverbs may come between: "who has also visited").
    func relativeAntecedent(before trigger: Int) -> Int? {
        var i = trigger - 1
        while i >= 0, isAuxiliaryOrAdverb(i) { i -= 1 }
        guard i >= 1, covering[i] == nil, tokens[i].folded == "who" || tokens[i].folded == "which" else { return nil }
        var j = i - 1
        if tokens[j].folded == "," { j -= 1 }
        guard j >= 0, let k = covering[j], mentions[k].tokens.upperBound == j + 1, isArgument(mentions[k]) else { return nil }
        // "preconditions ... in the axis of interaction with X, which has faced": after a
        // preposition the relative may belong to the head noun; "who" after a person is safe.
        if preposition(of: mentions[k]) != nil, tokens[i].folded == "which" || mentions[k].kind != .person { return nil }
        return k
    }

    /// Index of the first mention starting at or after token `i` (mentions are in text order).
    func firstMention(startingAtOrAfter i: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].tokens.lowerBound < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// "Chile's President Gabriel Boric": the titled name a possessor at `k` owns, which is
    /// the actor where the possessor would otherwise stand in a list.
    func ownedName(after k: Int) -> Int? {
        let m = mentions[k]
        // (Or "his": "Lavrov and his Chinese counterpart Wang Yi".)
        guard m.isPronoun ? isPossessor(m) : m.kind != .person, k + 1 < mentions.count, mentions[k + 1].kind == .person else { return nil }
        // "Chile's President Gabriel Boric", "U.S. Secretary of State Antony Blinken".
        let from = isPossessor(m) ? afterPossessive(m) : m.tokens.upperBound
        let name = mentions[k + 1].tokens.lowerBound
        let title = titleStart(before: name)
        return title < name && title <= from && name - from <= 5 ? k + 1 : nil
    }

    /// "A, B and C" ending at mention k, gathered leftwards: the link nearest the anchor
    /// must hold "and"/"or" (a lone comma is apposition or a clause edge, not coordination),
    /// unless the list goes on after k with a member that names no actor.
    func coordinatedLeft(from k: Int, listGoesOn: Bool = false) -> [TokenMention] {
        var group = [mentions[k]]
        var j = k
        while j > 0 {
            // "Uruguay's President X and Chile's President Y": the possessor's title belongs to the name.
            let owner = j - 1 >= 0 && ownedName(after: j - 1) == j ? j - 1 : j
            guard owner > 0 else { break }
            // "A, the son of B, C and D": the member is the head the apposition describes.
            let apposition = appositiveHead(before: owner)
            let head = apposition?.head ?? owner - 1
            guard let link = apposition?.link ?? link(from: mentions[owner - 1], to: mentions[owner]),
                  !isPossessor(mentions[head]), link.hasConjunction || group.count > 1 || listGoesOn else { break }
            let prev = mentions[head]
            j = head + 1
            // ", and" after a name a preposition governs joins clauses, not names: "a meeting was
            // held in Dushanbe, and Moscow hosted ..." (but "of Arnor, Osgiliath and Gondor" is a list).
            if group.count == 1, link.hasComma, link.hasConjunction, preposition(of: prev) != nil { break }
            group.insert(prev, at: 0)
            j -= 1
        }
        return group
    }

    /// "Ahmad Massoud, the son of the late commander Ahmad Shah Massoud, and X": the name an
    /// apposition closing right before the list link to mention `owner` describes (the name
    /// before its opening comma), with that link. The apposition is a determiner and a noun
    /// phrase, lower-case or a possessor's ("the Philippines' closest partner"), with no verb.
    func appositiveHead(before owner: Int) -> (head: Int, link: Link)? {
        var close = titleStart(before: mentions[owner].tokens.lowerBound) - 1
        var hasConjunction = false
        while close >= 0, covering[close] == nil, cues.fillers.contains(tokens[close]) { close -= 1 } // "and his ..."
        if close >= 0, tokens[close].folded == "and" || tokens[close].folded == "or" { hasConjunction = true; close -= 1 }
        guard close >= 3, tokens[close].folded == ",", covering[close - 1] == nil || mentions[covering[close - 1]!].tokens.upperBound == close
        else { return nil }
        var i = close - 1
        while i >= 1, close - i <= 24 {
            let t = tokens[i]
            if t.folded == "," {
                // ", Ukraine's largest neighbour,": a possessor may open it in place of a determiner.
                let opener = covering[i + 1].flatMap { k in isPossessor(mentions[k]) && !mentions[k].isPronoun ? afterPossessive(mentions[k]) : nil }
                let word = opener ?? i + 2
                let possessor = covering[word].map { isPossessor(mentions[$0]) } ?? false
                guard word < close, opener != nil || cues.articles.contains(tokens[i + 1]) || ["his", "her"].contains(tokens[i + 1].folded),
                      tokens[word].kind == .word, !tokens[word].isCapitalized || possessor,
                      let h = covering[i - 1], mentions[h].tokens.upperBound == i, h < owner,
                      !mentions[h].isPronoun, isArgument(mentions[h]) else { return nil }
                return (h, Link(hasComma: true, hasConjunction: hasConjunction))
            }
            // (A verb form that is a preposition ends a multi-word form: "protected in".)
            if cues.verbForms.contains(t) && !cues.prepositions.contains(t)
                || cues.clauseBreaks.contains(t) || t.folded == ";" { return nil }
            i -= 1
        }
        return nil
    }

    /// "A, B and C" starting at mention k, gathered rightwards; members after the last
    /// "and"/"or" link are dropped ("Russia, a Pakistani delegation" is no list). A range
    /// "..., from X to Y" closing the list adds both ends.
    func coordinatedRight(from k: Int) -> [TokenMention] {
        var group = [mentions[k]]
        var closed = 1
        var j = k
        while j + 1 < mentions.count, let link = link(from: mentions[j], to: mentions[j + 1]) {
            let member = ownedName(after: j + 1) ?? j + 1
            group.append(mentions[member])
            if link.hasConjunction { closed = group.count }
            j = member
        }
        group = Array(group.prefix(closed))
        let last = k + closed - 1
        if last + 2 < mentions.count {
            let x = mentions[last + 1], y = mentions[last + 2]
            let before = (mentions[last].tokens.upperBound..<x.tokens.lowerBound).map { tokens[$0].folded }
            let between = (x.tokens.upperBound..<y.tokens.lowerBound).map { tokens[$0].folded }
            if before == [",", "from"] || before == ["from"], between == ["to"] { group += [x, y] }
        }
        return group
    }

    struct Link { var hasComma: Bool; var hasConjunction: Bool }

    /// The words between two mentions, when they are only commas, conjunctions and fillers.
    func link(from a: TokenMention, to b: TokenMention) -> Link? {
        // "A and Iranian President B": the title belongs to the name after it.
        let end = max(a.tokens.upperBound, titleStart(before: b.tokens.lowerBound))
        let between = (a.tokens.upperBound..<end).map { tokens[$0].folded }
        guard !between.isEmpty, between.count <= 3,
              between.allSatisfy({ $0 == "," || $0 == "and" || $0 == "or" || cues.fillers.contains($0) }) else { return nil }
        let link = Link(hasComma: between.contains(","), hasConjunction: between.contains("and") || between.contains("or"))
        return link.hasComma || link.hasConjunction ? link : nil
    }

    /// The first mention after `from` governed by one of `preps` (or by none, for "direct"),
    /// within `gap` words of `from`; names governed otherwise are passed over.
    func object(after from: Int, preps: [String], gap: Int, kinds: [ActorKind], limit: Int = 12) -> Int? {
        for k in firstMention(startingAtOrAfter: from)..<mentions.count where isArgument(mentions[k]) {
            let m = mentions[k]
            if m.tokens.lowerBound - from > gap + limit || hasBreak(from: from, to: m.tokens.lowerBound) { return nil }
            let governor = governingPreposition(before: m.tokens.lowerBound)
            let allowed: Bool
            if let governor, governor.at >= from {
                allowed = preps.contains(governor.word) && governor.at - from <= gap
            } else {
                allowed = preps.contains("direct") && m.tokens.lowerBound - from <= 4
                    && isModifierRun(from..<m.tokens.lowerBound)
            }
            if allowed, let owned = ownedName(after: k), mentions[owned].fits(kinds) { return owned }
            if allowed && m.fits(kinds) { return k }
        }
        return nil
    }
}

/// Cue words as sets, built once per pipeline.
/// A class, shared rather than copied: every sentence's `ClauseView` holds the sets, and
/// copying some twenty word tables per sentence cost more than reading them.
final class CueSets: Sendable {
    let prepositions: WordSet
    let fillers: WordSet
    let clauseBreaks: WordSet
    let irrealis: WordSet
    let reportingVerbs: WordSet
    /// Single words of titles ("president", "mayor", "minister"), for possessor heads.
    let titleWords: WordSet
    /// The last word of every verb trigger, to tell objects from subjects.
    let verbForms: WordSet
    let possessivePronouns: WordSet = ["his", "her", "their", "its"]
    let articles: WordSet = ["the", "a", "an"]
    /// Heads whose "of" names the actor meant: "attacks against the positions of X".
    /// "a bunch of", "members of": nouns whose "of" does not govern the name after it.
    let partitives: WordSet = ["bunch", "group", "number", "dozens", "hundreds", "thousands", "members", "some",
                                   "many", "most", "all", "several", "couple", "handful", "band", "contingent",
                                   "positions", "position", "bases", "base", "posts", "outposts", "convoys", "convoy",
                                   "headquarters", "offices", "office", "embassy", "consulate", "territory", "interests"]
    /// Nouns for the body that governs a state: "Niger's junta" stands for Niger.
    static let governingBodies: WordSet = ["junta", "government", "regime", "administration", "authorities",
                                               "leadership", "cabinet", "rulers"]
    /// Words of titles that only qualify the title word after them ("Deputy Minister",
    /// "Field Marshal"): not title words of their own.
    static let titleQualifiers: WordSet = ["first", "deputy", "acting", "vice", "special", "general", "chief", "crown", "field"]
    /// Words that may stand inside a title after its first title word ("Deputy Foreign Minister").
    let titleModifiers = CueSets.titleQualifiers.union(["foreign", "prime", "senior", "former", "interim", "caretaker",
                                                         "affairs", "defence", "defense", "interior", "finance", "external",
                                                         "home", "justice", "trade", "economy"])
    let auxiliaries: WordSet = ["was", "were", "is", "are", "been", "being", "be", "got", "get", "gets"]
    let perfectAuxiliaries: WordSet = ["has", "have", "had", "did", "does", "do"]
    /// Adverbs without "-ly" that may stand inside a verb group ("has also met").
    let plainAdverbs: WordSet = ["also", "already", "once", "again", "then", "later", "since", "still", "just", "even", "twice"]
    let armedNouns: WordSet
    let materialSupport: WordSet
    let incumbencyNouns: WordSet
    let nonFactualComplements: WordSet
    let actNouns: WordSet
    let topicVerbs: WordSet

    init(_ cues: Cues, verbForms: [String] = []) {
        self.verbForms = WordSet(verbForms)
        prepositions = WordSet(cues.prepositions)
        fillers = WordSet(cues.nounPhraseFillers)
        clauseBreaks = WordSet(cues.clauseBreaks)
        reportingVerbs = WordSet(cues.reportingVerbs)
        titleWords = WordSet(cues.titles.flatMap { $0.split(separator: " ").map(String.init) }
            .filter { !["of", "the"].contains($0) && !CueSets.titleQualifiers.contains($0) })
            .union(["mayor", "governor", "leader", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "officials", "king", "queen",
                    "counterpart"])
        irrealis = WordSet(cues.negations + cues.modals + cues.irrealis)
        armedNouns = WordSet(cues.armedNouns)
        materialSupport = WordSet(cues.materialSupport)
        incumbencyNouns = WordSet(cues.incumbencyNouns)
        nonFactualComplements = WordSet(cues.nonFactualComplements)
        actNouns = WordSet(cues.actNouns)
        topicVerbs = WordSet(cues.topicVerbs)
    }
}
