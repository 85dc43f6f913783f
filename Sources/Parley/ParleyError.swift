/// Errors that stop a whole command.
public enum ParleyError: Error, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    case noInput
    case invalidEventsFile(path: String, problem: String)
    case invalidManifest(path: String, line: Int, problem: String)
    /// A temporary file for a large run could not be written (`SpillFile`).
    case cannotSpill(folder: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason): return "\(path): error: cannot write: \(reason)"
        case .noInput: return "error: no readable input; nothing to do"
        case let .invalidEventsFile(path, problem): return "\(path): error: not a parley events file: \(problem)"
        case let .invalidManifest(path, line, problem): return "\(path):\(line): error: \(problem)"
        case let .cannotSpill(folder, reason):
            return "\(folder): error: cannot write temporary files: \(reason) (TMPDIR chooses the folder)"
        }
    }
}
