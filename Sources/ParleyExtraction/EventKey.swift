import ParleyModel

/// What makes two events the same relation: the relation and its actors, in either order
/// for a symmetric relation. Hashed field by field, so no key string is built per event.
struct EventKey: Hashable, Sendable {
    let relation: RelationType
    let first: String
    let second: String

    init(relation: RelationType, source: String, target: String) {
        self.relation = relation
        if relation.isSymmetric, target < source {
            (first, second) = (target, source)
        } else {
            (first, second) = (source, target)
        }
    }

    init(_ event: Event) {
        self.init(relation: event.relation, source: event.source, target: event.target)
    }
}
