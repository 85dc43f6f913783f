import ArgumentParser

@main
struct ParleyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Turn news articles into the diplomacy they describe: actors, dated events, networks and timelines.",
        discussion: """
        Exit status: 0 all inputs read; 2 done, but some inputs were skipped; 1 nothing could be done; 64 bad usage.
        """,
        subcommands: [ExtractCommand.self, MergeCommand.self, ActorsCommand.self, GraphCommand.self, TimelineCommand.self, ReportCommand.self, ExportCommand.self, DatesCommand.self, GenerateCommand.self]
    )
}
