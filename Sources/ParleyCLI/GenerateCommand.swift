import ArgumentParser
import Foundation
import Parley

/// A development aid, left out of the help: synthetic JSON Lines documents for tests,
/// benchmarks and scripts/spark-local.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic news as JSON Lines documents (the same seed, the same bytes).",
        shouldDisplay: false
    )

    @Option(help: "How many documents.")
    var documents: Int = 100

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 1

    @Flag(help: "Let about one document in eight reuse an earlier document's id.")
    var duplicateIDs = false

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    func validate() throws {
        if documents < 0 { throw ValidationError("--documents must be at least 0") }
    }

    func run() throws {
        let lexicon: Lexicon
        do { lexicon = try Lexicon.bundled() } catch {
            Terminal.error("error: \(error)")
            throw ExitCode.failure
        }
        var generator = CorpusGenerator(seed: seed, lexicon: lexicon)
        generator.duplicateIDs = duplicateIDs
        var data = Data()
        do { for k in 0..<documents { data += try generator.document(k).jsonLine() } } catch {
            Terminal.error("error: cannot encode a document: \(error)")
            throw ExitCode.failure
        }
        try Terminal.emit(data, to: output)
    }
}
