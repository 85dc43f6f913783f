/// What sort of political actor a name refers to.
public enum ActorKind: String, Codable, CaseIterable, Sendable {
    case person, organization, government, country, city, group
}
