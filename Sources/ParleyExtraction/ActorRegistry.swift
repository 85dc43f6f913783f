import ParleyModel

/// The actors one document (or a whole corpus) mentions, with every surface form used.
struct ActorRegistry: Hashable, Sendable {
    private(set) var actors: [String: Actor] = [:]
    private(set) var mentionCounts: [String: Int] = [:]

    init() {}

    /// A registry read back from actors whose `mentions` hold their counts (a shard line).
    init(counted: [Actor]) {
        for var actor in counted {
            mentionCounts[actor.id, default: 0] += actor.mentions ?? 0
            actor.mentions = nil
            if actors[actor.id] == nil { actors[actor.id] = actor }
        }
    }

    /// Records a mention of an actor; `alias` is the surface form (nil for pronouns).
    mutating func record(_ actor: Actor, alias: String?) {
        // One lookup that inserts the actor when new and edits it in place.
        if let alias, !alias.isEmpty {
            actors[actor.id, default: actor].addAlias(alias)
        } else if actors[actor.id] == nil {
            actors[actor.id] = actor
        }
        mentionCounts[actor.id, default: 0] += 1
    }

    func kind(of id: String) -> ActorKind? { actors[id]?.kind }

    /// Joins another registry: its actors are added, the aliases of actors known already
    /// are added to theirs, and the counts are summed. Which actor value is kept depends on
    /// the order registries are merged in, not on the order of their ids.
    mutating func merge(_ other: ActorRegistry) {
        for (id, actor) in other.actors { add(actor, count: other.mentionCounts[id] ?? 0) }
    }

    /// Joins one actor of a shard or spilled document, whose `mentions` holds its count:
    /// `merge(ActorRegistry(counted: actors))` for a list without repeated ids, without
    /// the registry in between.
    mutating func add(counted actor: Actor) {
        var actor = actor
        let count = actor.mentions ?? 0
        actor.mentions = nil
        add(actor, count: count)
    }

    private mutating func add(_ actor: Actor, count: Int) {
        if let i = actors.index(forKey: actor.id) {
            // Edited in place: the alias list is not copied.
            for alias in actor.aliases where !actors.values[i].aliases.contains(alias) {
                actors.values[i].aliases.append(alias)
            }
        } else {
            actors[actor.id] = actor
        }
        mentionCounts[actor.id, default: 0] += count
    }

    /// Actors sorted by id, aliases sorted, for stable output.
    var sortedActors: [Actor] {
        actors.keys.sorted().compactMap { id in
            guard var a = actors[id] else { return nil }
            a.aliases = Array(Set(a.aliases)).filter { $0 != a.name }.sorted()
            return a
        }
    }
}

private extension Actor {
    mutating func addAlias(_ alias: String) {
        if !aliases.contains(alias) { aliases.append(alias) }
    }
}
