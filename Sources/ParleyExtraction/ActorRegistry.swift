import ParleyModel

/// The actors one document (or a whole corpus) mentions, with every surface form used and
/// how many times each is mentioned (`Actor.mentions`, always set here).
struct ActorRegistry: Hashable, Sendable {
    private(set) var actors: [String: Actor] = [:]

    init() {}

    /// A registry read back from actors whose `mentions` hold their counts (a shard line):
    /// of repeated ids the first actor is kept, and the counts are summed.
    init(counted: [Actor]) {
        for actor in counted {
            let count = actor.mentions ?? 0
            if let i = actors.index(forKey: actor.id) {
                actors.values[i].mentions! += count
            } else {
                var actor = actor
                actor.mentions = count
                actors[actor.id] = actor
            }
        }
    }

    /// Records a mention of the actor `id`, known to the registry; `alias` is the surface
    /// form (nil for pronouns). False, and nothing recorded, for an actor not known yet:
    /// `record(_:alias:)` it then. One lookup; the actor is edited in place.
    mutating func record(_ id: String, alias: String?) -> Bool {
        guard let i = actors.index(forKey: id) else { return false }
        actors.values[i].mentions! += 1
        if let alias, !alias.isEmpty, !actors.values[i].aliases.contains(alias) { actors.values[i].aliases.append(alias) }
        return true
    }

    /// Records a mention of an actor; `alias` is the surface form (nil for pronouns).
    mutating func record(_ actor: Actor, alias: String?) {
        guard !record(actor.id, alias: alias) else { return }
        var actor = actor
        actor.mentions = 1
        if let alias, !alias.isEmpty { actor.aliases.append(alias) }
        actors[actor.id] = actor
    }

    func kind(of id: String) -> ActorKind? { actors[id]?.kind }

    /// The number of mentions of the actor `id`.
    func mentions(of id: String) -> Int { actors[id]?.mentions ?? 0 }

    /// Joins another registry: its actors are added, the aliases of actors known already
    /// are added to theirs, and the counts are summed. Which actor value is kept depends on
    /// the order registries are merged in, not on the order of their ids.
    mutating func merge(_ other: ActorRegistry) {
        for actor in other.actors.values { add(counted: actor) }
    }

    /// Joins one actor of a shard or spilled document, whose `mentions` holds its count:
    /// `merge(ActorRegistry(counted: actors))` for a list without repeated ids, without
    /// the registry in between.
    mutating func add(counted actor: Actor) {
        let count = actor.mentions ?? 0
        if let i = actors.index(forKey: actor.id) {
            actors.values[i].mentions! += count
            // Edited in place: the alias list is not copied.
            for alias in actor.aliases where !actors.values[i].aliases.contains(alias) {
                actors.values[i].aliases.append(alias)
            }
        } else {
            var actor = actor
            actor.mentions = count
            actors[actor.id] = actor
        }
    }

    /// Actors sorted by id, aliases sorted, with their counts, for stable output.
    var sortedActors: [Actor] {
        actors.keys.sorted().compactMap { id in
            guard var a = actors[id] else { return nil }
            a.aliases = Array(Set(a.aliases)).filter { $0 != a.name }.sorted()
            return a
        }
    }
}
