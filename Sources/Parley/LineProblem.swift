/// What is wrong with one line of a JSON Lines input, in a few words ("missing \"id\"");
/// the reader adds the file and line number and skips the line.
public struct LineProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}
