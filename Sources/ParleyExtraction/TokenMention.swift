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
    /// The display name of an actor the text names by description ("opponents of the Taliban").
    var name: String?

    var actorID: String { mention.actorID }
}
