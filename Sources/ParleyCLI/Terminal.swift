import ArgumentParser
import Foundation
import Parley

/// Standard error and the exit status that says whether some inputs were skipped.
enum Terminal {
    /// One line on stderr. Control characters (a newline in a file name, an escape
    /// sequence in a message quoting a document) are shown escaped, so a message is always
    /// one line and never drives the terminal.
    static func error(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data((oneLine(line) + "\n").utf8))
    }

    /// Bytes on stderr as they are (the progress line's control sequences).
    static func raw(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    static func oneLine(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: isControl) else { return line }
        var out = ""
        for scalar in line.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Writes to stdout; a full disk or a closed pipe is an error (exit 1), not a crash.
    static func write(_ data: Data) throws {
        do { try FileHandle.standardOutput.write(contentsOf: data) } catch {
            let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code
            let reason = code.map { String(cString: strerror(Int32($0))) } ?? (error as NSError).localizedDescription
            Terminal.error("parley: error: cannot write to standard output: \(reason)")
            throw ExitCode.failure
        }
    }

    /// Writes to `path` atomically, or to standard output when there is none or it is "-".
    static func emit(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else { return try write(data) }
        do { try AtomicFile.write(data, to: URL(fileURLWithPath: path)) } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
    }

    /// Writes bytes produced a piece at a time (`produce` appends them) to `path`
    /// atomically, or to standard output when there is none or it is "-". Any error, from
    /// writing or from `produce`, is one line on stderr and exit 1; a file is then left as
    /// it was.
    static func emit(to path: String?, _ produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
        do {
            if let path, path != "-" {
                try AtomicFile.write(to: URL(fileURLWithPath: path), producing: produce)
            } else {
                try produce { try write(Data($0)) }
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
    }

    /// Exit 2 when some inputs were skipped (the job was done with what remained).
    static func finish(_ result: CorpusBuilder.Result) throws {
        if result.failures > 0 { throw ExitCode(2) }
    }
}
