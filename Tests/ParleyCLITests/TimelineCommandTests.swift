import Foundation
import Testing

/// End-to-end: `parley timeline` filters, grouping, usage errors and colour, run as a
/// built binary over seeds/. Extraction of the seeds changes as it improves, so these
/// tests compare filtered output with the unfiltered output rather than with fixed lines.
@Suite(.serialized) struct TimelineCommandTests {
    let seeds = ParleyProcess.root.appendingPathComponent("seeds").path

    /// The text lines, with the date column's padding collapsed to one space: the column
    /// is as wide as the widest date kept, so it narrows when a filter drops the widest.
    func lines(_ arguments: [String], environment: [String: String]? = nil) throws -> [String] {
        let r = try ParleyProcess.run(["timeline", seeds] + arguments, environment: environment)
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        return r.stdoutText.split(separator: "\n").map { line in
            let indent = line.prefix { $0 == " " }, rest = line.dropFirst(indent.count)
            guard let space = rest.firstIndex(of: " ") else { return String(line) }
            return indent + rest[..<space] + " " + rest[space...].drop { $0 == " " }
        }
    }

    /// The date column of a text line: "2023-12-02", "2023-11", "2023" or "undated".
    func date(_ line: String) -> String {
        String(line.drop { $0 == " " }.prefix { $0 != " " })
    }

    @Test func sinceAndUntilKeepOverlappingPeriodsAndDropUndated() throws {
        let all = try lines([])
        let kept = try lines(["--since", "2023-11-15", "--until", "2023-12"])
        #expect(kept.allSatisfy(all.contains))
        #expect(!kept.contains { date($0) == "undated" })
        // Every dated line whose period reaches 2023-11-15 .. 2023-12-31 is kept, and no other.
        let inRange = all.filter { line in
            let d = date(line)
            return ["2023", "2023-11"].contains(d) || (d.hasPrefix("2023-11-") && d >= "2023-11-15") || d.hasPrefix("2023-12")
        }
        #expect(kept == inRange)
        #expect(try lines(["--since", "2023-11-15"]).allSatisfy { date($0) != "undated" })
    }

    @Test func relationsKeepOnlyTheNamedTypes() throws {
        let all = try lines([])
        let kept = try lines(["--relations", "supports,opposes"])
        #expect(!kept.isEmpty)
        #expect(kept == all.filter { $0.contains(" supports ") || $0.contains(" opposes ") })
        #expect(try lines(["--relations", "supports", "--relations", "opposes"]) == kept)
        let json = try ParleyProcess.run(["timeline", seeds, "--relations", "supports", "--format", "json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]])
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { $0["relation"] as? String == "supports" })
    }

    @Test func actorKeepsItsEventsAndUnknownActorsAreWarnedAbout() throws {
        let all = try lines([])
        let taliban = try lines(["--actor", "taliban"])
        #expect(!taliban.isEmpty)
        // The Taliban as source (first word after the date) or target (right before the citation),
        // but not a group named after it ("opposition of Taliban").
        #expect(taliban == all.filter {
            ($0.contains(" Taliban  [") && !$0.contains(" of Taliban  [")) || $0.split(separator: " ").dropFirst().first == "Taliban"
        })
        let r = try ParleyProcess.run(["timeline", seeds, "--actor", "TALIBAN", "--actor", "Nobody"])
        #expect(r.status == 0)
        #expect(r.stdoutText == (try ParleyProcess.run(["timeline", seeds, "--actor", "taliban"])).stdoutText, "names are case-insensitive")
        #expect(r.stderr.split(separator: "\n").contains("parley: warning: no actor matches \"Nobody\""))
        let none = try ParleyProcess.run(["timeline", seeds, "--actor", "Nobody"])
        #expect(none.stdoutText == "No events.\n")
    }

    @Test func groupByMonthPrintsHeadingsWithIndentedEvents() throws {
        let all = try lines([])
        let grouped = try lines(["--group", "month"])
        let headings = grouped.filter { !$0.hasPrefix(" ") }
        #expect(!headings.isEmpty)
        #expect(headings.allSatisfy { $0 == "undated" || $0.range(of: #"^\d{4}(-\d{2})?$"#, options: .regularExpression) != nil })
        #expect(Set(headings).count == headings.count, "each group appears once")
        #expect(grouped.filter { $0.hasPrefix("  ") }.map { String($0.dropFirst(2)) } == all)
        if all.contains(where: { date($0) == "undated" }) { #expect(headings.last == "undated") }
        let md = try ParleyProcess.run(["timeline", seeds, "--group", "year", "--format", "markdown"])
        #expect(md.stdoutText.hasPrefix("### "))
    }

    @Test func badValuesAreUsageErrorsNamingTheValue() throws {
        let since = try ParleyProcess.run(["timeline", seeds, "--since", "2023-13"])
        #expect(since.status == 64)
        #expect(since.stderr.contains("invalid date \"2023-13\" for --since; use YYYY, YYYY-MM or YYYY-MM-DD"))
        let until = try ParleyProcess.run(["timeline", seeds, "--until", "23-11"])
        #expect(until.status == 64)
        #expect(until.stderr.contains("\"23-11\""))
        let order = try ParleyProcess.run(["timeline", seeds, "--since", "2024", "--until", "2023-12"])
        #expect(order.status == 64)
        let relation = try ParleyProcess.run(["timeline", seeds, "--relations", "supports,hugs"])
        #expect(relation.status == 64)
        #expect(relation.stderr.contains("unknown relation \"hugs\"; valid relations: met_with, visited, hosted_by"))
        for (option, value) in [("--group", "week"), ("--color", "sometimes")] {
            let r = try ParleyProcess.run(["timeline", seeds, option, value])
            #expect(r.status == 64, "\(option) \(value)")
            #expect(r.stderr.contains("\"\(value)\""))
        }
    }

    @Test func colourAlwaysPrintsEscapesThatStripToThePlainText() throws {
        let plain = try ParleyProcess.run(["timeline", seeds, "--group", "month"])
        let always = try ParleyProcess.run(["timeline", seeds, "--group", "month", "--color", "always"],
                                           environment: Self.environment(noColor: "1"))
        #expect(always.status == 0)
        #expect(always.stdoutText.contains("\u{1B}["))
        let stripped = always.stdoutText.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain.stdoutText)
        #expect(!plain.stdoutText.contains("\u{1B}"), "auto: standard output is a file here")
    }

    @Test(.enabled(if: TerminalRun.isAvailable, "needs a pseudo-terminal"))
    func colourAutoOnATerminalUnlessNO_COLOR() throws {
        let on = try TerminalRun.run(["timeline", seeds], environment: Self.environment(noColor: nil))
        #expect(on.contains("\u{1B}["), "a terminal gets colour")
        let noColor = try TerminalRun.run(["timeline", seeds, "--color", "auto"], environment: Self.environment(noColor: "1"))
        #expect(!noColor.isEmpty)
        #expect(!noColor.contains("\u{1B}"))
        let empty = try TerminalRun.run(["timeline", seeds], environment: Self.environment(noColor: ""))
        #expect(empty.contains("\u{1B}["), "an empty NO_COLOR does not count")
        #expect(!(try TerminalRun.run(["timeline", seeds, "--color", "never"], environment: Self.environment(noColor: nil))).contains("\u{1B}"))
        let file = try ParleyProcess.scratch().appendingPathComponent("t.txt")
        _ = try TerminalRun.run(["timeline", seeds, "-o", file.path], environment: Self.environment(noColor: nil))
        #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("\u{1B}"), "no colour into a file")
    }

    static func environment(noColor: String?) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        env["NO_COLOR"] = noColor
        return env
    }
}

/// Runs the binary with standard output on a pseudo-terminal, so that `isatty` is true.
enum TerminalRun {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Whether this system can open a pseudo-terminal (containers may have no devpts).
    static let isAvailable: Bool = {
        guard let (master, slave) = try? open() else { return false }
        close(master)
        close(slave)
        return true
    }()

    /// The master and slave descriptors of a new pseudo-terminal, both close-on-exec.
    static func open() throws -> (master: CInt, slave: CInt) {
        let master = PTY.openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw Failure(description: "no pseudo-terminal") }
        var name = [CChar](repeating: 0, count: 128)
        guard PTY.grant(master) == 0, PTY.unlock(master) == 0, PTY.name(master, &name, name.count) == 0 else {
            close(master)
            throw Failure(description: "cannot set up the pseudo-terminal")
        }
        let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let slave = Foundation.open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            close(master)
            throw Failure(description: "cannot open \(path)")
        }
        return (master, slave)
    }

    /// What the binary wrote on the terminal (with the terminal's "\r\n" line ends).
    static func run(_ arguments: [String], environment: [String: String]) throws -> String {
        let (master, slave) = try open()
        defer { close(master) }
        let process = Process()
        process.executableURL = ParleyProcess.binary
        process.arguments = arguments
        process.currentDirectoryURL = ParleyProcess.root
        process.environment = environment
        process.standardOutput = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            close(slave)
            throw error
        }
        close(slave)
        // Read until every copy of the slave side is closed (read fails with EIO), with a time limit.
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, 1000)
            if ready < 0, errno == EINTR { continue }
            if ready == 0 { if process.isRunning { continue } else { break } }
            let n = read(master, &buffer, buffer.count)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            output += buffer[0..<n]
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }
}

/// posix_openpt, grantpt, unlockpt and ptsname_r. Glibc declares them only under
/// _XOPEN_SOURCE, which Swift's Glibc module does not define, so on Linux they are
/// looked up in the C library at run time.
enum PTY {
    #if os(Linux)
    static let openpt: @convention(c) (CInt) -> CInt = symbol("posix_openpt") ?? { _ in -1 }
    static let grant: @convention(c) (CInt) -> CInt = symbol("grantpt") ?? { _ in -1 }
    static let unlock: @convention(c) (CInt) -> CInt = symbol("unlockpt") ?? { _ in -1 }
    static let name: @convention(c) (CInt, UnsafeMutablePointer<CChar>, Int) -> CInt = symbol("ptsname_r") ?? { _, _, _ in -1 }

    static func symbol<T>(_ name: String) -> T? {
        // A null handle is RTLD_DEFAULT: every object loaded, libc among them.
        dlsym(nil, name).map { unsafeBitCast($0, to: T.self) }
    }
    #else
    static func openpt(_ flags: CInt) -> CInt { posix_openpt(flags) }
    static func grant(_ fd: CInt) -> CInt { grantpt(fd) }
    static func unlock(_ fd: CInt) -> CInt { unlockpt(fd) }
    static func name(_ fd: CInt, _ buffer: UnsafeMutablePointer<CChar>, _ count: Int) -> CInt {
        guard let name = ptsname(fd) else { return -1 }
        strlcpy(buffer, name, count)
        return 0
    }
    #endif
}
