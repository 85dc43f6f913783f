import ArgumentParser
import Foundation
import Parley

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List every actor the documents mention, to curate a lexicon from.",
        discussion: """
        Each actor with its kind, whether a lexicon knew it, its mention and event counts and \
        every name the text used, most mentioned first. --format yaml writes a lexicon file: \
        edit it and pass it back with --actors.
        """
    )

    static let formats = ["text", "json", "yaml"]

    @Argument(help: "Text files (.txt, .md) or folders, searched recursively.")
    var paths: [String]

    @Option(help: ArgumentHelp("Output format: \(formats.joined(separator: ", ")).", valueName: "format"))
    var format: String = "text"

    @Flag(help: "Only the actors no lexicon lists.")
    var unknown = false

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard Self.formats.contains(format) else {
            throw ValidationError("unknown format \"\(format)\"; valid formats: \(Self.formats.joined(separator: ", "))")
        }
    }

    func run() throws {
        let result = try input.corpus(from: paths, acceptsEventsJSON: false, keepsEveryActor: true)
        let listing = ActorListing(corpus: result.corpus, unknownOnly: unknown)
        let data: Data
        switch format {
        case "json":
            do { data = try listing.json() } catch {
                Terminal.error("error: cannot encode actors: \(error)")
                throw ExitCode.failure
            }
        case "yaml": data = Data(listing.lexiconYAML().utf8)
        default: data = Data(listing.text().utf8)
        }
        try Terminal.emit(data, to: output)
        try Terminal.finish(result)
    }
}
