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

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be at least 1") }
        if let published, CalendarDate(iso: published)?.precision != .day {
            throw ValidationError("--published \"\(published)\" is not a date; use YYYY-MM-DD")
        }
    }

    /// The pipeline over the bundled and user lexicons; exits 1 on a malformed lexicon.
    func pipeline() throws -> Pipeline {
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
        do { return try Pipeline(userLexicons: lexicons) } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
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
    func corpus(from paths: [String], acceptsEventsJSON: Bool) throws -> CorpusBuilder.Result {
        var builder = CorpusBuilder(pipeline: try pipeline(), acceptsEventsJSON: acceptsEventsJSON)
        if let jobs { builder.jobs = jobs }
        builder.overrides = try overrides()
        builder.maxDocumentBytes = maxDocumentBytes
        let result = builder.build(paths: paths)
        for d in result.diagnostics { Terminal.error(d.description) }
        if result.documentCount == 0 {
            Terminal.error("error: no readable input; nothing to do")
            throw ExitCode.failure
        }
        return result
    }

    /// The `dates` command's reader, with the same lexicons, overrides and size bound.
    func dateFinder() throws -> DateFinder {
        DateFinder(pipeline: try pipeline(), overrides: try overrides(), maxDocumentBytes: maxDocumentBytes)
    }

    /// A lexicon or manifest must be a regular file within the size bound before it is
    /// parsed: a FIFO would block the loader, a huge file would be read whole. Exits 1.
    func checkReadable(_ path: String) throws {
        guard let problem = BoundedFileReader(maxBytes: maxDocumentBytes).preflight(path), problem != .vanished else { return }
        Terminal.error(DocumentReader.diagnostic(problem, path: path).description.replacingOccurrences(of: "; skipped", with: ""))
        throw ExitCode.failure
    }
}
