import Foundation
import Testing

/// `extract` and `merge` keep events in a spill file past a memory limit and write
/// events.json in one pass. `PARLEY_SPILL_LIMIT=0` spills from the first byte, so these
/// small runs take the path a gigabyte corpus takes.
@Suite(.serialized) struct SpillCommandTests {
    let seeds = ParleyProcess.root.appendingPathComponent("seeds").path

    /// The inherited environment with these additions.
    static func environment(_ extra: [String: String]) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
    }

    @Test func spillingToDiskChangesNoByte() throws {
        let dir = try ParleyProcess.scratch()
        let inMemory = try ParleyProcess.run(["extract", seeds])
        #expect(inMemory.status == 0)
        let env = Self.environment(["PARLEY_SPILL_LIMIT": "0", "TMPDIR": dir.path])
        let spilled = try ParleyProcess.run(["extract", seeds], environment: env)
        #expect(spilled.status == 0)
        #expect(spilled.stdout == inMemory.stdout)
        let file = dir.appendingPathComponent("events.json")
        #expect(try ParleyProcess.run(["extract", seeds, "-o", file.path], environment: env).status == 0)
        #expect(try Data(contentsOf: file) == inMemory.stdout)

        let corpus = try MapReduceCommandTests.generated(40, seed: 9, in: dir)
        let shard = dir.appendingPathComponent("corpus.shard")
        #expect(try ParleyProcess.run(["extract", "--input-format", "jsonl", corpus.path, "--output-format", "jsonl", "-o", shard.path]).status == 0)
        let whole = try ParleyProcess.run(["extract", "--input-format", "jsonl", corpus.path], environment: env)
        let merged = try ParleyProcess.run(["merge", shard.path], environment: env)
        #expect(merged.status == 0 && whole.status == 0)
        #expect(merged.stdout == whole.stdout)
        // Nothing is left in the temporary folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["corpus-9.jsonl", "corpus.shard", "events.json"])
    }

    /// Runs parley under /bin/sh with a file size limit, SIGXFSZ ignored: every write past
    /// the limit fails with EFBIG, as on a full disk.
    static func runWithFileLimit(_ arguments: [String], blocks: Int, environment: [String: String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(blocks) && exec \"$0\" \"$@\"", ParleyProcess.binary.path] + arguments
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let said = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: said, as: UTF8.self))
    }

    @Test func aFullDiskWhileSpillingIsOneLineAndNoOutput() throws {
        let tmp = try ParleyProcess.scratch(), out = try ParleyProcess.scratch()
        let target = out.appendingPathComponent("events.json")
        let env = Self.environment(["PARLEY_SPILL_LIMIT": "0", "TMPDIR": tmp.path])
        let r = try Self.runWithFileLimit(["extract", seeds, "-o", target.path], blocks: 1, environment: env)
        #expect(r.status == 1)
        #expect(r.stderr == "\(tmp.path): error: cannot write temporary files: File too large (TMPDIR chooses the folder)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "no output, not even a partial one")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty, "no spill file left")
    }

    @Test func aFullDiskWhileWritingKeepsTheOldOutput() throws {
        let out = try ParleyProcess.scratch()
        let target = out.appendingPathComponent("events.json")
        try Data("old\n".utf8).write(to: target)
        let r = try Self.runWithFileLimit(["extract", seeds, "-o", target.path], blocks: 8, environment: Self.environment([:]))
        #expect(r.status == 1)
        #expect(r.stderr == "\(target.path): error: cannot write: File too large\n")
        #expect(try Data(contentsOf: target) == Data("old\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["events.json"])
    }

    @Test func anInterruptedRunLeavesNoFileBehind() throws {
        let tmp = try ParleyProcess.scratch(), out = try ParleyProcess.scratch()
        let corpus = try MapReduceCommandTests.generated(20, seed: 3, in: out)
        let process = Process()
        process.executableURL = ParleyProcess.binary
        process.arguments = ["extract", "--input-format", "jsonl", "-o", out.appendingPathComponent("events.json").path]
        process.environment = Self.environment(["PARLEY_SPILL_LIMIT": "0", "TMPDIR": tmp.path])
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Documents go in and are spilled; standard input stays open, so the run waits.
        try input.fileHandleForWriting.write(contentsOf: Data(contentsOf: corpus))
        Thread.sleep(forTimeInterval: 2)
        process.interrupt()
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [corpus.lastPathComponent])
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty)
    }
}
