import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The progress line: on a terminal, for a run of more than a few seconds, redrawn in
/// place and erased at the end; never in a file or pipe; never with `--quiet`, which
/// silences nothing else.
@Suite(.serialized) struct ProgressCommandTests {
    let seeds = ParleyProcess.root.appendingPathComponent("seeds").path

    /// Runs the binary with stderr on a pseudo-terminal; what the terminal received.
    static func runOnATerminal(_ arguments: [String], timeout: TimeInterval = 300) throws -> (status: Int32, terminal: String, seconds: Double) {
        let pty = try #require(PseudoTerminal.functions())
        let master = pty.open(O_RDWR | O_NOCTTY)
        try #require(master >= 0 && pty.grant(master) == 0 && pty.unlock(master) == 0)
        defer { close(master) }
        let name = try #require(pty.name(master).map { String(cString: $0) })
        let slave = open(name, O_RDWR | O_NOCTTY)
        try #require(slave >= 0)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        let process = Process()
        process.executableURL = ParleyProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = ParleyProcess.root
        var environment = ProcessInfo.processInfo.environment
        environment["PARLEY_PROGRESS_DELAY"] = "0.3" // the line shows early, so a fast machine still sees it
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.standardError = terminal
        var received: [UInt8] = []
        func drain() {
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, 4096) }
                if n <= 0 { return }
                received += chunk[0..<n]
            }
        }
        let started = Date()
        try process.run()
        try terminal.close() // the child has its own copy
        while process.isRunning, Date().timeIntervalSince(started) < timeout {
            drain()
            usleep(50_000)
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("parley \(arguments.joined(separator: " ")) did not end within \(Int(timeout)) s")
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        drain()
        return (process.terminationStatus, String(decoding: received, as: UTF8.self), seconds)
    }

    @Test func aLongRunShowsProgressOnATerminalAndQuietSilencesIt() throws {
        let dir = try ParleyProcess.scratch()
        let corpus = dir.appendingPathComponent("corpus.jsonl")
        #expect(try ParleyProcess.run(["generate", "--documents", "600", "--seed", "2", "-o", corpus.path]).status == 0)
        let command = ["extract", "--input-format", "jsonl", corpus.path, "--jobs", "1", "-o", dir.appendingPathComponent("e.json").path]
        let shown = try Self.runOnATerminal(command)
        #expect(shown.status == 0)
        // The line first shows after 0.3 s here (PARLEY_PROGRESS_DELAY; 2 s by default).
        try #require(shown.seconds > 1, "the run must outlast the delay for this test to mean anything")
        #expect(shown.terminal.hasPrefix("\r"), "drawn from the start of the line: \(shown.terminal.debugDescription)")
        #expect(shown.terminal.contains(" documents, ") && shown.terminal.contains(" MB/s"))
        let tenths = (try Data(contentsOf: corpus).count + 50_000) / 100_000
        #expect(shown.terminal.contains("/\(tenths / 10).\(tenths % 10) MB, "), "the input's size is known")
        #expect(shown.terminal.hasSuffix("\r\u{1B}[K"), "erased at the end")
        #expect(!shown.terminal.contains("\n"), "never a new line")

        let quiet = try Self.runOnATerminal(command + ["--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.terminal == "")
    }

    @Test func noProgressInAFileAndQuietKeepsWarnings() throws {
        let dir = try ParleyProcess.scratch()
        let junk = dir.appendingPathComponent("junk.txt")
        try Data([0, 1, 2, 0]).write(to: junk)
        for command in [["extract"], ["graph", "--format", "dot"], ["timeline"], ["export", "--format", "csv"], ["dates"],
                        ["report", "-o", dir.appendingPathComponent("out").path]] {
            let loud = try ParleyProcess.run(command + [seeds, junk.path])
            let quiet = try ParleyProcess.run(command + [seeds, junk.path, "--quiet"])
            #expect(loud.status == 2 && quiet.status == 2, "\(command): \(quiet.stderr)")
            #expect(quiet.stderr.contains("\(junk.path): warning: looks binary"), "\(command): warnings still print")
            #expect(quiet.stderr == loud.stderr && quiet.stdout == loud.stdout, "\(command): --quiet changes nothing off a terminal")
            #expect(!loud.stderr.contains("\r"), "\(command): no progress line in a file")
        }
    }
}

/// posix_openpt(3) and friends, which the Glibc module does not export (they need
/// _XOPEN_SOURCE), looked up in the C library at run time.
enum PseudoTerminal {
    typealias Call = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static func functions() -> (open: Call, grant: Call, unlock: Call, name: Name)? {
        let libc = dlopen(nil, RTLD_NOW)
        guard let o = dlsym(libc, "posix_openpt"), let g = dlsym(libc, "grantpt"),
              let u = dlsym(libc, "unlockpt"), let n = dlsym(libc, "ptsname") else { return nil }
        return (unsafeBitCast(o, to: Call.self), unsafeBitCast(g, to: Call.self),
                unsafeBitCast(u, to: Call.self), unsafeBitCast(n, to: Name.self))
    }
}
