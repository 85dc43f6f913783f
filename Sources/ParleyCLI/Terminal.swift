import ArgumentParser
import Foundation
import Parley

/// Standard error and the exit status that says whether some inputs were skipped.
enum Terminal {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Writes to `path` atomically, or to stdout when there is no path.
    static func emit(_ data: Data, to path: String?) throws {
        guard let path else { return write(data) }
        do { try AtomicFile.write(data, to: URL(fileURLWithPath: path)) } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
    }

    /// Exit 2 when some inputs were skipped (the job was done with what remained).
    static func finish(_ result: CorpusBuilder.Result) throws {
        if result.failures > 0 { throw ExitCode(2) }
    }
}
