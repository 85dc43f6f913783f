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
        var s = text.replacingOccurrences(of: "\u{2019}", with: "'").lowercased()
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

    init(lexicon: Lexicon) {
        for id in lexicon.order {
            guard let entry = lexicon[id] else { continue }
            for context in entry.contextual {
                for alias in context.aliases {
                    targets[ContextualAliases.key(alias), default: []].append(Target(id: id, when: Set(context.when)))
                }
            }
        }
    }

    /// Renames the discovered mentions that a contextual alias names, where its context
    /// holds: an actor of `when` is among the document's mentions. The later lexicon entry
    /// wins when two could apply.
    func apply(to sentences: inout [[TokenMention]], lexicon: Lexicon) {
        guard !targets.isEmpty else { return }
        let present = Set(sentences.joined().filter { $0.mention.source == .lexicon }.map(\.actorID))
        for s in sentences.indices {
            for k in sentences[s].indices {
                let m = sentences[s][k]
                guard m.mention.source == .discovered, !m.isPronoun, m.stance == nil,
                      let target = targets[ContextualAliases.key(m.mention.text)]?.last(where: { !$0.when.isDisjoint(with: present) }),
                      let entry = lexicon[target.id] else { continue }
                sentences[s][k].mention.actorID = entry.id
                sentences[s][k].kind = entry.kind
                sentences[s][k].isWeak = false
                sentences[s][k].name = nil
            }
        }
    }
}
