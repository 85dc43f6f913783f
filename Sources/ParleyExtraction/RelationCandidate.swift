import ParleyModel

/// A relation read from one sentence, before dating and merging.
struct RelationCandidate: Hashable, Sendable {
    var relation: RelationType
    var source: String
    var target: String
    var sentence: Int
    /// Token index of the word that signalled the relation, for dating by proximity.
    var trigger: Int
    var location: String?
}
