/// Closed word lists (titles, negations, prepositions ...) read from cues.yaml.
public struct Cues: Codable, Sendable {
    public struct Pronouns: Codable, Sendable {
        public var singular: [String]
        public var plural: [String]
    }

    public var abbreviations: [String]
    public var titles: [String]
    public var organizationCues: [String]
    public var nameConnectors: [String]
    public var bodyNouns: [String]
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

    enum CodingKeys: String, CodingKey {
        case abbreviations, titles, negations, modals, irrealis, pronouns, prepositions
        case organizationCues = "organization_cues"
        case nameConnectors = "name_connectors"
        case bodyNouns = "body_nouns"
        case nounPhraseFillers = "noun_phrase_fillers"
        case clauseBreaks = "clause_breaks"
        case headerKeys = "header_keys"
        case reportingVerbs = "reporting_verbs"
        case delegationNouns = "delegation_nouns"
        case groupNouns = "group_nouns"
    }
}
