import Foundation
import Testing

/// Every input the fuzzer ever found a problem with (fuzz/regressions/) and the seeds it
/// starts from (fuzz/seeds/) go through the fuzz harness again, built plainly: decoding,
/// extraction with its offsets checked, events.json read back, DOT and HTML checked.
@Suite struct FuzzRegressionTests {
    static let fuzz = ParleyProcess.root.appendingPathComponent("fuzz")

    /// Runs the plainly built fuzz binary over fuzz/regressions and fuzz/seeds.
    static func replay(svg: Bool) throws -> (status: Int32, said: String) {
        let binary = ParleyProcess.binary.deletingLastPathComponent().appendingPathComponent("ParleyFuzz")
        #expect(FileManager.default.isExecutableFile(atPath: binary.path), "ParleyFuzz is built with the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = [Self.fuzz.appendingPathComponent("regressions").path, Self.fuzz.appendingPathComponent("seeds").path]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["PARLEY_FUZZ_SVG"] = svg ? "1" : "0"
        process.environment = environment
        let dir = try ParleyProcess.scratch()
        let log = dir.appendingPathComponent("log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: log, encoding: .utf8))
    }

    @Test func theHarnessFindsNothingInTheRegressionsAndSeeds() throws {
        let (status, said) = try Self.replay(svg: false)
        #expect(status == 0, "\(said)")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.fuzz.appendingPathComponent("seeds").path).count
        #expect(said.contains("inputs replayed, no finding"))
        #expect(seeds >= 10)
    }

    /// Found by the SVG check of `scripts/fuzz` on its first input:
    /// fuzz/regressions/svg-control-reference-in-tooltip.txt (fixed: DOTEncoder escapes `&`).
    @Test func everySVGTheHarnessRendersIsWellFormed() throws {
        let (status, said) = try Self.replay(svg: true)
        #expect(status == 0, "\(said)")
    }
}
