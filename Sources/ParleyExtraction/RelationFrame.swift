import ParleyModel

/// How a verb signals a relation: where its subject and object stand (relations.yaml).
public struct VerbFrame: Codable, Hashable, Sendable {
    public var relation: RelationType
    /// Surface forms, lower case; several words for phrases ("held talks").
    public var forms: [String]
    /// What may stand before the object: "direct" or prepositions.
    public var object: [String]
    /// Words allowed between the form and the object's preposition.
    public var gap: Int
    /// The object is the source ("A hosted B" = B hosted_by A).
    public var swap: Bool
    /// Participles read as "SUBJECT was <participle> by AGENT".
    public var passive: [String]
    /// Restricts the object to these kinds; empty allows any.
    public var objectKinds: [ActorKind]
    /// Restricts the subject to these kinds; empty allows any.
    public var subjectKinds: [ActorKind]
    /// Allows the participle clause before its subject ("Based in Dushanbe, X ...").
    public var fronted: Bool
    /// One of these words must stand between the form and the object's preposition
    /// ("pledged aid to X", but not "sent a delegation to X").
    public var requires: [String]
    /// The object is support a country gives ("sought Russian support"): a demonym before
    /// a support noun.
    public var objectSupport: Bool
    /// One of these words must follow the object closely ("using X as a base").
    public var follows: [String]

    enum CodingKeys: String, CodingKey {
        case relation, forms, object, gap, swap, passive, fronted
        case objectKinds = "object_kinds"
        case subjectKinds = "subject_kinds"
        case requires
        case objectSupport = "object_support"
        case follows
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        relation = try c.decode(RelationType.self, forKey: .relation)
        forms = try c.decode([String].self, forKey: .forms)
        object = try c.decodeIfPresent([String].self, forKey: .object) ?? ["direct"]
        gap = try c.decodeIfPresent(Int.self, forKey: .gap) ?? 0
        swap = try c.decodeIfPresent(Bool.self, forKey: .swap) ?? false
        passive = try c.decodeIfPresent([String].self, forKey: .passive) ?? []
        objectKinds = try c.decodeIfPresent([ActorKind].self, forKey: .objectKinds) ?? []
        subjectKinds = try c.decodeIfPresent([ActorKind].self, forKey: .subjectKinds) ?? []
        fronted = try c.decodeIfPresent(Bool.self, forKey: .fronted) ?? false
        requires = try c.decodeIfPresent([String].self, forKey: .requires) ?? []
        objectSupport = try c.decodeIfPresent(Bool.self, forKey: .objectSupport) ?? false
        follows = try c.decodeIfPresent([String].self, forKey: .follows) ?? []
    }
}

/// How an event noun signals a relation ("Massoud's visit to Russia", "talks with X").
public struct NounFrame: Codable, Hashable, Sendable {
    public var relation: RelationType
    public var forms: [String]
    /// Where the source may stand: "possessor", "subject", "between" or a preposition.
    public var source: [String]
    /// Where the target may stand, likewise.
    public var target: [String]
    public var targetKinds: [ActorKind]
    /// Words allowed between the noun and a prepositional slot ("request for help ... from X").
    public var gap: Int

    enum CodingKeys: String, CodingKey {
        case relation, forms, source, target, gap
        case targetKinds = "target_kinds"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        relation = try c.decode(RelationType.self, forKey: .relation)
        forms = try c.decode([String].self, forKey: .forms)
        source = try c.decode([String].self, forKey: .source)
        target = try c.decode([String].self, forKey: .target)
        targetKinds = try c.decodeIfPresent([ActorKind].self, forKey: .targetKinds) ?? []
        gap = try c.decodeIfPresent(Int.self, forKey: .gap) ?? 2
    }
}

/// The relation frames of relations.yaml.
public struct RelationFrames: Codable, Sendable {
    public var verbs: [VerbFrame]
    public var nouns: [NounFrame]
    /// Damning predicates that make reported speech criticism: "X argued that Y lacks ...".
    public var reportedCriticism: [String]?

    enum CodingKeys: String, CodingKey {
        case verbs, nouns
        case reportedCriticism = "reported_criticism"
    }
}
