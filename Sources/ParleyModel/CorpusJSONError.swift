/// Why an events.json could not be read: the problem, the value it is in
/// (`events[3].date.precision`) and where (line and column, 1-based; columns count
/// Unicode scalars).
public struct CorpusJSONError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One step of the path from the top-level object to the value.
    public enum Step: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var problem: String
    public var line: Int
    public var column: Int
    /// Outermost first; empty for the top level.
    public var path: [Step] = []

    public init(problem: String, line: Int, column: Int, path: [Step] = []) {
        self.problem = problem
        self.line = line
        self.column = column
        self.path = path
    }

    /// "events[3].date", or "top level".
    public var place: String {
        var out = ""
        for step in path {
            switch step {
            case let .key(name): out += out.isEmpty ? name : "." + name
            case let .index(k): out += "[\(k)]"
            }
        }
        return out.isEmpty ? "top level" : out
    }

    /// `unknown relation "meets" (valid: ...) at events[3].relation (line 40, column 20)`
    public var description: String { "\(problem) at \(place) (line \(line), column \(column))" }

    /// The same error, seen from the value that holds the one it is in.
    func inside(_ step: Step) -> CorpusJSONError {
        var outer = self
        outer.path.insert(step, at: 0)
        return outer
    }
}
