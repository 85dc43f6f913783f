/// A non-fatal finding about one input: a skipped file, a decoding repair, an unreadable path.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case warning, error
    }

    public var severity: Severity
    /// The file or path the finding is about.
    public var path: String
    public var message: String

    public init(_ severity: Severity, path: String, _ message: String) {
        self.severity = severity
        self.path = path
        self.message = message
    }

    /// One line, `path: error: message`, as compilers print it.
    public var description: String { "\(path): \(severity.rawValue): \(message)" }
}
