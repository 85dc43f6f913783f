/// A political actor: a person, organization, government, country, city or group.
///
/// `aliases` holds every surface form the text used for the actor, sorted, so that
/// downstream tools (and the scorer) can resolve the actor by any of its names.
public struct Actor: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    /// ISO 3166-1 alpha-3 code of the actor's country, when known.
    public var country: String?
    /// Whether a lexicon listed the actor (false: discovered from the text).
    public var known: Bool
    /// How many times the documents mention the actor (names, aliases and resolved
    /// pronouns), when the extraction counted them; encoded only when present.
    public var mentions: Int?

    public init(id: String, name: String, kind: ActorKind, aliases: [String] = [],
                country: String? = nil, known: Bool = true, mentions: Int? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.country = country
        self.known = known
        self.mentions = mentions
    }
}
