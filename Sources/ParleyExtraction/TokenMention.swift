import ParleyModel

/// A mention located by token positions within its sentence, as relation frames need it.
struct TokenMention: Hashable, Sendable {
    var mention: Mention
    /// Token indices within the sentence.
    var tokens: Range<Int>
    var kind: ActorKind
    /// "he", "his", "they": resolved to an earlier actor.
    var isPronoun: Bool = false
    /// A capital standing for its country ("Moscow").
    var isCapital: Bool = false
    /// A lexicon role naming the actor ("Chinese Foreign Minister"): it holds no name, so
    /// none of its words is a surname.
    var isRole: Bool = false
    /// The display name of an actor the text names by description ("opponents of the Taliban").
    var name: String?
    /// A capitalised name no lexicon lists and no cue marks: its kind is unknown, so it may
    /// fill any slot a frame restricts by kind.
    var isWeak: Bool = false
    /// A demonym before a support noun ("Russian support"): support the country gives.
    var isSupport: Bool = false
    /// The relation a stance group states by its name, and towards whom ("opponents of X").
    var stance: RelationType? = nil
    var stanceTarget: String? = nil

    func fits(_ kinds: [ActorKind]) -> Bool { kinds.isEmpty || isWeak || kinds.contains(kind) }

    var actorID: String { mention.actorID }
}
