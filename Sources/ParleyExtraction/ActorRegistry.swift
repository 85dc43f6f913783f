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

    mutating func merge(_ other: ActorRegistry) {
        for id in other.actors.keys.sorted() {
            guard let actor = other.actors[id] else { continue }
            if var mine = actors[id] {
                for alias in actor.aliases where !mine.aliases.contains(alias) { mine.aliases.append(alias) }
                actors[id] = mine
            } else {
                actors[id] = actor
            }
            mentionCounts[id, default: 0] += other.mentionCounts[id] ?? 0
        }
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
