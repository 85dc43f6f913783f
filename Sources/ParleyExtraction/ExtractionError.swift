/// Errors that stop extraction: a lexicon that cannot be read or is malformed.
public enum ExtractionError: Error, Equatable, CustomStringConvertible {
    /// A YAML lexicon with a syntax or structure problem, located by line and column.
    case malformedLexicon(path: String, line: Int, column: Int, problem: String)
    /// A bundled resource is missing from the build (a packaging fault, not a user error).
    case missingResource(String)

    public var description: String {
        switch self {
        case let .malformedLexicon(path, line, column, problem):
            return "\(path):\(line):\(column): error: \(problem)"
        case let .missingResource(name):
            return "bundled resource \(name) is missing; rebuild Parley (swift build)"
        }
    }
}
