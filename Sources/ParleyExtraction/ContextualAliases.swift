/// Names that stand for an actor only in documents about its setting: "the Resistance"
/// is the National Resistance Front where the Taliban are named, and nobody in particular
/// elsewhere. A lexicon entry lists them under `in_context`:
///
///     in_context:
///       - when: [taliban, islamic-republic-of-afghanistan]
///         aliases: [the Resistance, Resistance]
///
/// A name the text uses that no lexicon lists (a capitalised "Resistance") becomes the
/// entry when any actor of `when` is mentioned in the same document.
public struct ContextualAliases: Hashable, Sendable {
    public var when: [String]
    public var aliases: [String]

    public init(when: [String], aliases: [String]) {
        self.when = when
        self.aliases = aliases
    }

    /// The form a mention's text is compared in: folded case, typographic apostrophes
    /// folded, a leading "the" dropped.
    static func key(_ text: String) -> String {
        // Foundation's search only for a text that holds the typographic apostrophe.
        var s = (text.unicodeScalars.contains("\u{2019}") ? text.replacingOccurrences(of: "\u{2019}", with: "'") : text).lowercased()
        if s.hasPrefix("the ") { s.removeFirst(4) }
        return s
    }
}

/// The contextual aliases of a lexicon, by key, for the recognizer.
struct ContextualAliasIndex: Sendable {
    struct Target: Sendable {
        var id: String
        var when: Set<String>
    }

    private var targets: [String: [Target]] = [:]
    /// The keys as folded words, for finding them in lower case.
    private var keyWords: [[String]] = []

    init(lexicon: Lexicon) {
        for id in lexicon.order {
            guard let entry = lexicon[id] else { continue }
            for context in entry.contextual {
                for alias in context.aliases {
                    targets[ContextualAliases.key(alias), default: []].append(Target(id: id, when: Set(context.when)))
                }
            }
        }
        keyWords = targets.keys.sorted().map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
    }

    /// Renames the discovered mentions that a contextual alias names, where its context
    /// holds: an actor of `when` is among the document's mentions. The later lexicon entry
    /// wins when two could apply.
    func apply(to sentences: inout [[TokenMention]], in text: [Sentence], lexicon: Lexicon) {
        guard !targets.isEmpty else { return }
        // The entry each alias names in this document: its context holds (an actor of `when`
        // is among the document's lexicon mentions), the later entry winning.
        let present = Set(sentences.joined().filter { $0.mention.source == .lexicon }.map(\.actorID))
        var live: [String: LexiconEntry] = [:]
        for (key, candidates) in targets {
            if let target = candidates.last(where: { !$0.when.isDisjoint(with: present) }), let entry = lexicon[target.id] {
                live[key] = entry
            }
        }
        guard !live.isEmpty else { return }
        for s in text.indices where s < sentences.count {
            let found = lowercaseMentions(in: text[s], covered: sentences[s], live: live)
            if !found.isEmpty { sentences[s] = (sentences[s] + found).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        }
        for s in sentences.indices {
            for k in sentences[s].indices {
                let m = sentences[s][k]
                guard m.mention.source == .discovered, !m.isPronoun, m.stance == nil,
                      let entry = live[ContextualAliases.key(m.mention.text)] else { continue }
                sentences[s][k].mention.actorID = entry.id
                sentences[s][k].kind = entry.kind
                sentences[s][k].isWeak = false
                sentences[s][k].name = nil
            }
        }
    }

    /// The same names in lower case, where they act: "the resistance claims", "resistance
    /// fighting the Taliban", but not "formal resistance to X" or "as resistance grew".
    func lowercaseMentions(in s: Sentence, covered: [TokenMention], live: [String: LexiconEntry]) -> [TokenMention] {
        let t = s.tokens
        var taken = CoveredTokens(count: t.count, covering: covered)
        var out: [TokenMention] = []
        for i in t.indices where !taken.contains(i) && t[i].kind == .word && !t[i].isCapitalized {
            guard let words = keyWords.first(where: { w in
                i + w.count <= t.count && w.indices.allSatisfy { t[i + $0].folded == w[$0] && !taken.contains(i + $0) }
            }) else { continue }
            let end = i + words.count
            let definite = i > 0 && t[i - 1].folded == "the"
            let acting = end < t.count && t[end].kind == .word && !t[end].isCapitalized && t[end].folded.hasSuffix("ing")
            guard definite || acting, let entry = live[words.joined(separator: " ")] else { continue }
            out.append(ActorRecognizer.make(s, i..<end, id: entry.id, kind: entry.kind, source: .lexicon))
            taken.formUnion(i..<end)
        }
        return out
    }
}
