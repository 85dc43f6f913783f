import ParleyModel

/// One actor as a lexicon lists it: its names, the forms that stand for it, its roles.
public struct LexiconEntry: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var country: String?
    /// Other names: spellings, transliterations, acronyms, metonyms ("the Kremlin").
    public var aliases: [String]
    /// Adjectival forms ("Pakistani"): an actor only before a body noun ("a Pakistani delegation").
    public var demonyms: [String]
    /// The capital, used as a metonym for the government ("Moscow hosted ...").
    public var capital: String?
    /// Other cities of a country: where its people travel and meet ("flew to Istanbul" is a
    /// trip to Turkey), not metonyms for its government.
    public var cities: [String]
    /// Descriptors that name the actor ("the NRF leader", "Taliban foreign minister").
    public var roles: [String]
    /// A government that took over a country: mentions of the country used as an actor
    /// mean this entry in documents of its era (see `Governance`).
    public var governs: Governance?
    /// Names that stand for this actor only in documents about its setting ("the Resistance").
    public var contextual: [ContextualAliases]
    /// Ids of a person's father and mother, so "Massoud's father" and "X, the son of Y"
    /// resolve (and a son named like his father is told apart from him).
    public var father: String?
    public var mother: String?

    public init(id: String, name: String, kind: ActorKind, country: String? = nil,
                aliases: [String] = [], demonyms: [String] = [], capital: String? = nil, cities: [String] = [],
                roles: [String] = [], governs: Governance? = nil, contextual: [ContextualAliases] = [],
                father: String? = nil, mother: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.aliases = aliases
        self.demonyms = demonyms
        self.capital = capital
        self.cities = cities
        self.roles = roles
        self.governs = governs
        self.contextual = contextual
        self.father = father
        self.mother = mother
    }
}

/// A de facto government's hold on a country: from `since`, or in undated documents that
/// use one of `cues`, the country named as an actor means the government.
public struct Governance: Hashable, Sendable {
    public var country: String
    public var since: CalendarDate
    public var cues: [String]

    public init(country: String, since: CalendarDate, cues: [String]) {
        self.country = country
        self.since = since
        self.cues = cues
    }
}
