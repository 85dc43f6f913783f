import ArgumentParser
import Foundation
import Parley

/// Options every extracting command shares.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("actors"), help: ArgumentHelp("A YAML actor lexicon that adds or overrides entries (repeatable).", valueName: "file.yaml"))
    var actorFiles: [String] = []

    @Option(help: "Documents extracted in parallel (default: the number of cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) of every document the manifest does not list; overrides headers.", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("CSV of path,published[,title[,url]] that overrides what documents say of themselves.", valueName: "file.csv"))
    var manifest: String?

    @Option(help: ArgumentHelp("Skip, unread, any input larger than this many bytes (50 MB by default).", valueName: "n"))
    var maxDocumentBytes: Int = DocumentReader.defaultMaxBytes

    @Flag(help: "No progress line (shown on a terminal when a run takes more than a few seconds); warnings and errors still print.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be at least 1") }
        if let published, CalendarDate(iso: published)?.precision != .day {
            throw ValidationError("--published \"\(published)\" is not a date; use YYYY-MM-DD")
        }
    }

    /// The pipeline over the bundled and user lexicons; exits 1 on a malformed lexicon.
    /// It lives until the process exits.
    func pipeline() throws -> Pipeline {
        let lexicons = try userLexicons()
        do { return KeptUntilExit.shared.keep(try Pipeline(userLexicons: lexicons)) } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
    }

    /// The pipeline to be made when a text document needs it (see `PipelineLoader`). The
    /// user lexicons are read now, so a malformed one stops the command (exit 1, its file,
    /// line and column) whatever the inputs, as it always did; the bundled ones, which are
    /// most of the startup, wait. The pipeline lives until the process exits.
    func pipelineLoader() throws -> PipelineLoader {
        let lexicons = try userLexicons()
        return KeptUntilExit.shared.keep(PipelineLoader { try Pipeline(userLexicons: lexicons) })
    }

    /// The `--actors` files, parsed; exits 1 on one that is unreadable or malformed.
    func userLexicons() throws -> [Lexicon] {
        var lexicons: [Lexicon] = []
        for file in actorFiles {
            try checkReadable(file)
            do {
                lexicons.append(try LexiconLoader.load(url: URL(fileURLWithPath: file), displayPath: file))
            } catch {
                Terminal.error("\(error)")
                throw ExitCode.failure
            }
        }
        return lexicons
    }

    /// --manifest and --published; exits 1 on a malformed manifest.
    func overrides() throws -> PublicationOverrides {
        var overrides = PublicationOverrides(published: published)
        if let manifest {
            try checkReadable(manifest)
            do { overrides.manifest = try Manifest.load(path: manifest) } catch {
                Terminal.error("\(error)")
                throw ExitCode.failure
            }
        }
        return overrides
    }

    /// Builds the corpus from `paths`, printing each diagnostic on stderr; exits 1 when nothing is left.
    func corpus(from paths: [String], acceptsEventsJSON: Bool, format: CorpusBuilder.InputFormat = .text,
                keepsEveryActor: Bool = false) throws -> CorpusBuilder.Result {
        var builder = try self.builder(acceptsEventsJSON: acceptsEventsJSON, format: format)
        builder.keepsEveryActor = keepsEveryActor
        let result = ProgressDisplay.around(builder.progress, quiet: quiet) { builder.build(paths: paths) }
        try report(result.diagnostics, documents: result.documentCount)
        return result
    }

    /// Prints each diagnostic on stderr; exits 1 when no document was read.
    func report(_ diagnostics: [Diagnostic], documents: Int) throws {
        for d in diagnostics { Terminal.error(d.description) }
        if documents == 0 {
            Terminal.error("error: no readable input; nothing to do")
            throw ExitCode.failure
        }
    }

    /// Builds the corpus as `corpus(from:...)` does, its events set aside in a spill file
    /// (`CorpusBuilder.spill`) for events.json to be written in one pass; exits 1 when the
    /// spill file cannot be written or nothing is left.
    func spilledCorpus(from paths: [String], format: CorpusBuilder.InputFormat) throws -> CorpusBuilder.Spilled {
        let builder = try self.builder(acceptsEventsJSON: false, format: format)
        let spilled: CorpusBuilder.Spilled
        do {
            spilled = try ProgressDisplay.around(builder.progress, quiet: quiet) {
                try builder.spill(paths: paths, into: SpillFile.forCommand())
            }
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
        try report(spilled.diagnostics, documents: spilled.documentCount)
        return spilled
    }

    /// Extracts without assembling (the map step), printing diagnostics; exits 1 when
    /// nothing could be read. Inputs read whole that hold no document (an empty split of a
    /// corpus) give no shard lines, which is not an error.
    func extraction(from paths: [String], format: CorpusBuilder.InputFormat) throws -> CorpusBuilder.Extraction {
        let builder = try self.builder(acceptsEventsJSON: false, format: format)
        let extraction = ProgressDisplay.around(builder.progress, quiet: quiet) { builder.extract(paths: paths) }
        for d in extraction.diagnostics { Terminal.error(d.description) }
        if extraction.documents.isEmpty && extraction.failures > 0 {
            Terminal.error("error: no readable input; nothing to do")
            throw ExitCode.failure
        }
        return extraction
    }

    func builder(acceptsEventsJSON: Bool, format: CorpusBuilder.InputFormat) throws -> CorpusBuilder {
        var builder = CorpusBuilder(loading: try pipelineLoader(), acceptsEventsJSON: acceptsEventsJSON)
        if let jobs { builder.jobs = jobs }
        builder.inputFormat = format
        builder.overrides = try overrides()
        builder.maxDocumentBytes = maxDocumentBytes
        builder.progress = ProgressMeter()
        return builder
    }

    /// The `dates` command's reader, with the same lexicons, overrides and size bound.
    func dateFinder() throws -> DateFinder {
        var finder = DateFinder(pipeline: try pipeline(), overrides: try overrides(), maxDocumentBytes: maxDocumentBytes)
        finder.progress = ProgressMeter()
        return finder
    }

    /// A lexicon or manifest must be a regular file within the size bound before it is
    /// parsed: a FIFO would block the loader, a huge file would be read whole. Exits 1.
    func checkReadable(_ path: String) throws {
        guard let problem = BoundedFileReader(maxBytes: maxDocumentBytes).preflight(path), problem != .vanished else { return }
        Terminal.error(DocumentReader.diagnostic(problem, path: path).description.replacingOccurrences(of: "; skipped", with: ""))
        throw ExitCode.failure
    }
}
