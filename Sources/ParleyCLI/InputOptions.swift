import ArgumentParser
import Foundation
import Parley

/// Options every extracting command shares.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("actors"), help: ArgumentHelp("A YAML actor lexicon that adds or overrides entries (repeatable).", valueName: "file.yaml"))
    var actorFiles: [String] = []

    @Option(help: "Documents extracted in parallel (default: the number of cores).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// Builds the corpus from `paths`, printing each diagnostic on stderr; exits 1 when nothing is left.
    func corpus(from paths: [String], acceptsEventsJSON: Bool) throws -> CorpusBuilder.Result {
        var lexicons: [Lexicon] = []
        for file in actorFiles {
            do {
                lexicons.append(try LexiconLoader.load(url: URL(fileURLWithPath: file), displayPath: file))
            } catch {
                Terminal.error("\(error)")
                throw ExitCode.failure
            }
        }
        let pipeline: Pipeline
        do { pipeline = try Pipeline(userLexicons: lexicons) } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
        var builder = CorpusBuilder(pipeline: pipeline, acceptsEventsJSON: acceptsEventsJSON)
        if let jobs { builder.jobs = jobs }
        let result = builder.build(paths: paths)
        for d in result.diagnostics { Terminal.error(d.description) }
        if result.documentCount == 0 {
            Terminal.error("error: no readable input; nothing to do")
            throw ExitCode.failure
        }
        return result
    }
}
