import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The hostile corpus, end to end: each input is generated here, given to the built
/// binary alone and beside a good article, and must end within a time bound with the
/// documented exit status (0 all read, 1 nothing could be done, 2 some inputs skipped,
/// 64 bad usage), one stderr line naming it, and the good article still processed.
@Suite(.serialized) struct HostileCommandTests {
    static let good = "Date: 2023-12-06\n\nMoscow hosted Ahmad Massoud on Monday.\n"

    /// An input, the exit status alone and beside the good article, and the stderr line it gives.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var alone: Int32
        var withGood: Int32
        var message: String?

        var testDescription: String { name }
    }

    static let cases: [Case] = {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let sentence = "Moscow hosted Ahmad Massoud on Monday."
        return [
            Case(name: "empty.txt", bytes: [], alone: 0, withGood: 0, message: "warning: empty file; nothing to extract"),
            Case(name: "blank.txt", bytes: Array(" \n\t\r\n".utf8), alone: 0, withGood: 0, message: "warning: no text, only whitespace; nothing to extract"),
            Case(name: "random.txt", bytes: random, alone: 1, withGood: 2, message: "warning: looks binary ("),
            Case(name: "nul.txt", bytes: Array("Moscow\u{0}hosted".utf8), alone: 1, withGood: 2, message: "warning: looks binary ("),
            Case(name: "invalid.txt", bytes: Array("Moscow hosted Ahmad Massoud ".utf8) + [0x81, 0xC3] + Array(" on Monday.".utf8),
                 alone: 0, withGood: 0, message: "warning: invalid UTF-8; undecodable bytes replaced with U+FFFD"),
            Case(name: "cp1252.txt", bytes: Array("Moscow hosted Ahmad Massoud ".utf8) + [0x96] + Array(" caf".utf8) + [0xE9, 0x2E],
                 alone: 0, withGood: 0, message: "warning: invalid UTF-8; decoded as Windows-1252"),
            Case(name: "utf16.txt", bytes: [0xFF, 0xFE] + Array(sentence.data(using: .utf16LittleEndian) ?? Data()), alone: 0, withGood: 0),
            Case(name: "crlf.txt", bytes: Array("Date: 2023-12-06\r\n\r\n\(sentence)\r\n".utf8), alone: 0, withGood: 0),
            Case(name: "cr.txt", bytes: Array("Date: 2023-12-06\r\r\(sentence)\r".utf8), alone: 0, withGood: 0),
            Case(name: "page.html", bytes: Array("<html><script>alert(1)</script><p>\(sentence)</p></html>".utf8), alone: 0, withGood: 0,
                 message: "warning: HTML page: read its text only"),
        ]
    }()

    static func corpus(_ c: Case) throws -> (dir: URL, input: String, good: String) {
        let dir = try ParleyProcess.scratch()
        let input = dir.appendingPathComponent(c.name), good = dir.appendingPathComponent("good.txt")
        try Data(c.bytes).write(to: input)
        try put(HostileCommandTests.good, at: good)
        return (dir, input.path, good.path)
    }

    @Test(arguments: cases) func everyExtractingCommandEndsWithTheDocumentedStatus(_ c: Case) throws {
        let (dir, input, good) = try Self.corpus(c)
        for command in [["extract"], ["graph", "--format", "dot"], ["timeline"], ["dates"], ["report", "-o", dir.appendingPathComponent("out").path]] {
            let alone = try ParleyProcess.run(command + [input], timeout: 120)
            #expect(alone.status == c.alone, "\(command[0]) \(c.name) alone: \(alone.stderr)")
            let both = try ParleyProcess.run(command + [input, good], timeout: 120)
            #expect(both.status == c.withGood, "\(command[0]) \(c.name) + good: \(both.stderr)")
            let lines = both.stderr.split(separator: "\n").filter { !$0.hasPrefix("parley: ") }
            if let message = c.message {
                #expect(lines.count == 1 && lines[0].hasPrefix("\(input): \(message)"), "\(command[0]): \(both.stderr)")
            } else {
                #expect(lines.isEmpty, "\(command[0]): \(both.stderr)")
            }
        }
        // The good article is still processed, and so is the input when it is text.
        let extract = try ParleyProcess.run(["extract", input, good], timeout: 120)
        let json = try #require(try JSONSerialization.jsonObject(with: extract.stdout) as? [String: Any])
        let documents = (json["documents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(documents.contains("good"))
        #expect(documents.count == (c.withGood == 2 ? 1 : 2))
        if c.name.hasPrefix("cr") || c.name == "utf16.txt" || c.name == "page.html" {
            let events = json["events"] as? [[String: Any]] ?? []
            #expect(events.filter { $0["relation"] as? String == "hosted_by" }.count == 2, "\(c.name) reads like the good article")
        }
    }

    // MARK: Files that are not files

    @Test func aFIFOAmongTheInputsNeitherBlocksNorStopsTheRest() throws {
        let dir = try ParleyProcess.scratch()
        let fifo = dir.appendingPathComponent("pipe.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        try put(Self.good, at: dir.appendingPathComponent("good.txt"))
        let both = try ParleyProcess.run(["extract", dir.path], timeout: 60)
        #expect(both.status == 2)
        #expect(both.stderr == "\(dir.path)/pipe.txt: error: not a regular file (a FIFO); skipped\n")
        let alone = try ParleyProcess.run(["extract", fifo.path], timeout: 60)
        #expect(alone.status == 1)
        #expect(alone.stderr == "\(fifo.path): error: not a regular file (a FIFO); skipped\nerror: no readable input; nothing to do\n")
        // Devices are never opened: /dev/zero would never end.
        for device in ["/dev/zero", "/dev/null"] {
            let r = try ParleyProcess.run(["extract", device, dir.appendingPathComponent("good.txt").path], timeout: 60)
            #expect(r.status == 2, "\(device): \(r.stderr)")
            #expect(r.stderr.hasPrefix("\(device): error: not a regular file (a "), "\(r.stderr)")
        }
        // A lexicon or manifest that is a FIFO is refused before the loader could block on it.
        let lexicon = try ParleyProcess.run(["extract", dir.appendingPathComponent("good.txt").path, "--actors", fifo.path], timeout: 60)
        #expect(lexicon.status == 1)
        #expect(lexicon.stderr == "\(fifo.path): error: not a regular file (a FIFO)\n")
    }

    @Test func aFolderThatContainsItselfIsReadOnce() throws {
        let dir = try ParleyProcess.scratch()
        try put(Self.good, at: dir.appendingPathComponent("good.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        let r = try ParleyProcess.run(["extract", dir.path], timeout: 60)
        #expect(r.status == 0)
        #expect(r.stderr == "\(dir.path)/loop: warning: symbolic link loop (the folder contains itself); not followed\n")
    }

    @Test func aFileNameWithALineBreakStillGivesOneLine() throws {
        let r = try ParleyProcess.run(["extract", "no\nsuch\u{1B}[31m.txt"], timeout: 60)
        #expect(r.status == 1)
        #expect(r.stderr == "no\\nsuch\\u{1b}[31m.txt: error: no such file or folder\nerror: no readable input; nothing to do\n")
    }

    // MARK: Size

    @Test func anInputOverTheBoundIsRefusedUnreadAndTheBoundIsAnOption() throws {
        let dir = try ParleyProcess.scratch()
        let huge = dir.appendingPathComponent("huge.txt"), good = dir.appendingPathComponent("good.txt")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        #expect(truncate(huge.path, 1 << 30) == 0) // 1 GB, sparse
        try put(Self.good, at: good)
        let started = Date()
        let r = try ParleyProcess.run(["extract", huge.path, good.path], timeout: 60)
        #expect(Date().timeIntervalSince(started) < 30, "a 1 GB input is refused, not read")
        #expect(r.status == 2)
        #expect(r.stderr == "\(huge.path): error: 1073741824 bytes exceeds --max-document-bytes 50000000; skipped\n")
        let small = try ParleyProcess.run(["extract", good.path, "--max-document-bytes", "10"], timeout: 60)
        #expect(small.status == 1)
        #expect(small.stderr.hasPrefix("\(good.path): error: \(Self.good.utf8.count) bytes exceeds --max-document-bytes 10; skipped\n"))
        #expect(try ParleyProcess.run(["dates", good.path, "--max-document-bytes", "10"], timeout: 60).status == 1)
        for bad in ["0", "-5", "lots"] {
            #expect(try ParleyProcess.run(["extract", good.path, "--max-document-bytes", bad], timeout: 60).status == 64, "\(bad)")
        }
    }

    // MARK: Lexicons and events files

    @Test func aLexiconWithASyntaxErrorIsLocatedAndStopsTheRun() throws {
        let dir = try ParleyProcess.scratch()
        let yaml = dir.appendingPathComponent("actors.yaml"), good = dir.appendingPathComponent("good.txt")
        try put("- id: x\n  name: \"X\n  kind: person\n- id: [\n", at: yaml)
        try put(Self.good, at: good)
        let r = try ParleyProcess.run(["extract", good.path, "--actors", yaml.path], timeout: 60)
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.range(of: #"^\#(NSRegularExpression.escapedPattern(for: yaml.path)):\d+:\d+: error: "#, options: .regularExpression) != nil, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func aTruncatedEventsFileIsOneErrorAndTheRestIsDrawn() throws {
        let dir = try ParleyProcess.scratch()
        let good = dir.appendingPathComponent("good.txt"), events = dir.appendingPathComponent("events.json")
        try put(Self.good, at: good)
        let full = try ParleyProcess.run(["extract", good.path], timeout: 60).stdout
        try full.prefix(full.count / 2).write(to: events)
        let alone = try ParleyProcess.run(["graph", events.path, "--format", "dot"], timeout: 60)
        #expect(alone.status == 1)
        #expect(alone.stderr.hasPrefix("\(events.path): error: not a parley events file: "))
        #expect(alone.stderr.split(separator: "\n").count == 2)
        let both = try ParleyProcess.run(["graph", events.path, good.path, "--format", "dot"], timeout: 60)
        #expect(both.status == 2)
        #expect(both.stdoutText.contains("\"russia\""))
        let timeline = try ParleyProcess.run(["timeline", events.path, good.path], timeout: 60)
        #expect(timeline.status == 2)
    }

    // MARK: Injection, in a real browser

    static let checkReport = ParleyProcess.root.appendingPathComponent("scripts/check-report")
    static var hasBrowser: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return FileManager.default.isExecutableFile(atPath: checkReport.path)
            && path.split(separator: ":").contains { dir in
                ["chromium", "chromium-browser"].contains { FileManager.default.isExecutableFile(atPath: "\(dir)/\($0)") }
            }
    }

    @Test(.enabled(if: hasBrowser, "needs scripts/check-report and Chromium"))
    func payloadsInArticlesAndNamesRunNoScriptInTheBrowser() throws {
        let dir = try ParleyProcess.scratch()
        let yaml = dir.appendingPathComponent("evil.yaml"), doc = dir.appendingPathComponent("news.txt")
        try put(#"""
        - id: "evil-\"quote"
          name: "\"><img src=x onerror=alert(1)>"
          kind: person
          aliases: [Zorgon Vell]
        - id: "evil\\back"
          name: "<script>alert(1)</script> ]]> {x}"
          kind: group
          aliases: [Blargh Front]
        """#, at: yaml)
        try put("""
        Date: 2023-12-06

        Moscow hosted Ahmad Massoud <script>alert(1)</script> on Monday.
        Zorgon Vell met Blargh Front "><img src=x onerror=alert(1)> ]]> on Tuesday.
        """, at: doc)
        let out = dir.appendingPathComponent("out")
        let report = try ParleyProcess.run(["report", doc.path, "--actors", yaml.path, "-o", out.path], timeout: 120)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let check = Process()
        check.executableURL = Self.checkReport
        check.arguments = ["--require", "--out", dir.appendingPathComponent("check").path, out.appendingPathComponent("report.html").path]
        let log = dir.appendingPathComponent("check.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        check.standardOutput = handle
        check.standardError = handle
        try check.run()
        check.waitUntilExit()
        try handle.close()
        let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(check.terminationStatus == 0, "\(said)")
        #expect(said.contains("check-report: ok"), "\(said)")
    }

    // MARK: Outputs

    @Test func aFullDiskOnStandardOutputIsAnErrorNotACrash() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { return }
        let good = try ParleyProcess.scratch().appendingPathComponent("good.txt")
        try put(Self.good, at: good)
        let r = try ParleyProcess.run(["extract", good.path], timeout: 60, stdout: full)
        #expect(r.status == 1)
        #expect(r.stderr == "parley: error: cannot write to standard output: No space left on device\n")
    }

    @Test func outputsThroughLinksAndIntoPipesKeepWhatTheyAre() throws {
        let dir = try ParleyProcess.scratch()
        let good = dir.appendingPathComponent("good.txt"), real = dir.appendingPathComponent("real.json")
        let link = dir.appendingPathComponent("link.json"), fifo = dir.appendingPathComponent("out.fifo")
        try put(Self.good, at: good)
        try Data("old".utf8).write(to: real)
        #expect(chmod(real.path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: real.path)
        #expect(try ParleyProcess.run(["extract", good.path, "-o", link.path], timeout: 60).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path, "the link is kept")
        #expect(try Data(contentsOf: real).starts(with: Data("{".utf8)), "its target is replaced")
        #expect((try FileManager.default.attributesOfItem(atPath: real.path)[.posixPermissions] as? Int) == 0o600)
        // A FIFO as the output is written into, not replaced by a regular file.
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let reader = Thread {
            let fd = open(fifo.path, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while read(fd, &buffer, buffer.count) > 0 {}
            close(fd)
        }
        reader.start()
        #expect(try ParleyProcess.run(["graph", good.path, "--format", "dot", "-o", fifo.path], timeout: 60).status == 0)
        var info = stat()
        #expect(stat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
        // -o /dev/stdout writes to standard output and leaves /dev alone.
        let stdout = try ParleyProcess.run(["graph", good.path, "--format", "dot", "-o", "/dev/stdout"], timeout: 60)
        #expect(stdout.status == 0)
        #expect(stdout.stdoutText.hasPrefix("digraph"))
        #if os(Linux)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: "/dev/stdout")) == "/proc/self/fd/1")
        #endif
    }
}

/// Writes `text` as UTF-8.
func put(_ text: String, at url: URL) throws {
    try Data(text.utf8).write(to: url)
}

extension ParleyProcess {
    /// Runs the binary and fails the test if it has not ended after `timeout` seconds
    /// (then kills it, so a hang costs the bound, not the whole suite).
    static func run(_ arguments: [String], timeout: TimeInterval, stdout: FileHandle? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        process.standardOutput = stdout ?? out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        while process.isRunning, Date().timeIntervalSince(started) < timeout { usleep(20_000) }
        if process.isRunning {
            // SIGKILL: the child inherits the test thread's blocked signals, SIGTERM among them.
            kill(process.processIdentifier, SIGKILL)
            Issue.record("parley \(arguments.joined(separator: " ")) did not end within \(Int(timeout)) s")
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                       stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
