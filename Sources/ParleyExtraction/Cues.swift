import ParleyModel

/// Closed word lists (titles, negations, prepositions ...) read from cues.yaml.
public struct Cues: Codable, Sendable {
    public struct Pronouns: Codable, Sendable {
        public var singular: [String]
        public var plural: [String]
        public var neuter: [String]
    }

    public var abbreviations: [String]
    public var titles: [String]
    public var organizationCues: [String]
    public var nameConnectors: [String]
    public var bodyNouns: [String]
    public var supportNouns: [String]
    public var agentNouns: [String]
    public var negations: [String]
    public var modals: [String]
    public var irrealis: [String]
    public var pronouns: Pronouns
    public var prepositions: [String]
    public var nounPhraseFillers: [String]
    public var clauseBreaks: [String]
    public var headerKeys: [String]
    /// "said", "told": a subject is not looked for across them (reported speech has its own).
    public var reportingVerbs: [String]
    /// "a delegation from X", "representatives of X": the group stands for X.
    public var delegationNouns: [String]
    /// "the opponents of X", "anti-X fighters": a specific group named by its stance to X.
    public var groupNouns: [String]
    /// The relation a stance group states by its name ("opponents" -> opposes).
    public var stanceNouns: [String: RelationType]
    /// Capitalised words that are never names by themselves.
    public var commonCapitalized: [String]
    /// "fighters", "militias": a stance group armed against its target, so backing it is
    /// working against that target too.
    public var armedNouns: [String]
    /// "recruited", "armed", "the funding of": backing that arms or pays a group, as
    /// opposed to political backing ("alignment with").
    public var materialSupport: [String]
    /// "reign", "rule", "regime": the incumbency an opposition stands against ("the
    /// opposition Northern Alliance ... during the Taliban's reign").
    public var incumbencyNouns: [String]
    /// "invited X to visit", "agreed to meet", "threatened to attack": verbs whose
    /// to-infinitive states no fact.
    public var nonFactualComplements: [String]
    /// "condemned North Korea's missile launch", "backed Ukraine's bid": what an actor
    /// did or seeks, so judging it is judging the actor.
    public var actNouns: [String]
    /// "dismissed accusations against X", "condemned attacks on Y": verbs whose object
    /// noun is an act they speak of, so the act is not their subject's.
    public var topicVerbs: [String]
    /// Given names that make an unknown name a person ("Barack Obama"), from `names.yaml`.
    public var givenNames: [String] = []

    enum CodingKeys: String, CodingKey {
        case abbreviations, titles, negations, modals, irrealis, pronouns, prepositions
        case organizationCues = "organization_cues"
        case nameConnectors = "name_connectors"
        case bodyNouns = "body_nouns"
        case supportNouns = "support_nouns"
        case agentNouns = "agent_nouns"
        case stanceNouns = "stance_nouns"
        case commonCapitalized = "common_capitalized"
        case nounPhraseFillers = "noun_phrase_fillers"
        case clauseBreaks = "clause_breaks"
        case headerKeys = "header_keys"
        case reportingVerbs = "reporting_verbs"
        case delegationNouns = "delegation_nouns"
        case groupNouns = "group_nouns"
        case armedNouns = "armed_nouns"
        case materialSupport = "material_support"
        case incumbencyNouns = "incumbency_nouns"
        case nonFactualComplements = "non_factual_complements"
        case actNouns = "act_nouns"
        case topicVerbs = "topic_verbs"
    }
}
