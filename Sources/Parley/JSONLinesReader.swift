import Foundation
import ParleyModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of JSON Lines inputs, one at a time: the files named (read whatever their
/// name; folders searched for `.jsonl` and `.ndjson`), sorted by path as `InputCollector`
/// sorts them, then standard input if a path is `-`. Blank lines are passed over. A file
/// that cannot be opened, or a line over the bound, is reported in the stream, in order.
final class JSONLinesReader {
    enum Item {
        case line(path: String, number: Int, bytes: [UInt8])
        /// A finding; `skipped` when input was lost to it (exit status 2).
        case problem(Diagnostic, skipped: Bool)
    }

    static let extensions: Set<String> = ["jsonl", "ndjson"]
    static let standardInput = "-"
    /// How standard input is named in diagnostics.
    static let standardInputName = "<stdin>"

    let maxLineBytes: Int
    /// How the bound is named when a line exceeds it (`--max-document-bytes`).
    let limitName: String
    let progress: ProgressMeter?
    /// Bytes in the files to read; nil when standard input is among them.
    let totalBytes: Int64?

    private var pending: [Item] = []
    private var sources: [(path: String, url: URL?)] // url nil: standard input
    private var current: (path: String, fd: Int32, reader: LineReader)?

    init(paths: [String], maxLineBytes: Int, limitName: String, progress: ProgressMeter? = nil) {
        self.maxLineBytes = maxLineBytes
        self.limitName = limitName
        self.progress = progress
        let files = paths.filter { $0 != JSONLinesReader.standardInput }
        let (found, diagnostics) = InputCollector(acceptsEventsJSON: false, textExtensions: JSONLinesReader.extensions).collect(files)
        pending = diagnostics.map { .problem($0, skipped: $0.severity == .error) }
        sources = found.map { ($0.displayPath, $0.url) }
        let readsStandardInput = paths.contains(JSONLinesReader.standardInput)
        if readsStandardInput { sources.append((JSONLinesReader.standardInputName, nil)) }
        totalBytes = readsStandardInput ? nil : found.reduce(0) { $0 + JSONLinesReader.size(of: $1.url.path) }
    }

    deinit { closeCurrent() }

    func next() -> Item? {
        while true {
            if !pending.isEmpty { return pending.removeFirst() }
            guard var file = current else {
                guard !sources.isEmpty else { return nil }
                open(sources.removeFirst())
                continue
            }
            let line = file.reader.next()
            current = file
            switch line {
            case nil:
                closeCurrent()
            case let .text(bytes):
                progress?.read(bytes: bytes.count + 1)
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return .line(path: file.path, number: file.reader.number, bytes: bytes)
            case let .tooLong(length):
                progress?.read(bytes: length + 1)
                return .problem(Diagnostic(.warning, path: "\(file.path):\(file.reader.number)",
                                           "\(length) bytes exceeds \(limitName) \(maxLineBytes); skipped"), skipped: true)
            case let .failed(reason):
                closeCurrent()
                return .problem(Diagnostic(.error, path: file.path, "cannot read the file (\(reason)); the rest of it skipped"), skipped: true)
            }
        }
    }

    /// Passes over what is left of the current file.
    func skipRestOfFile() { closeCurrent() }

    private func open(_ source: (path: String, url: URL?)) {
        guard let url = source.url else {
            current = (source.path, STDIN_FILENO, LineReader(fd: STDIN_FILENO, maxBytes: maxLineBytes))
            return
        }
        // Listed as a regular file a moment ago; non-blocking in case it was swapped for a FIFO.
        let fd = openForReading(url.path)
        guard fd >= 0 else {
            let failure = errno == ENOENT ? "cannot read the file (it no longer exists); skipped"
                                          : "cannot read the file (\(String(cString: strerror(errno)))); skipped"
            pending.append(.problem(Diagnostic(.error, path: source.path, failure), skipped: true))
            return
        }
        current = (source.path, fd, LineReader(fd: fd, maxBytes: maxLineBytes))
    }

    private func closeCurrent() {
        if let fd = current?.fd, fd != STDIN_FILENO { close(fd) }
        current = nil
    }

    static func size(of path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }
}

/// open(2) for reading, named apart from `JSONLinesReader.open`.
private func openForReading(_ path: String) -> Int32 {
    #if canImport(Glibc)
    return Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    #else
    return Darwin.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    #endif
}
