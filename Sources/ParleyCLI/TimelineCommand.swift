import ArgumentParser
import Foundation
import Parley

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List events in date order (undated last), each naming its document and sentence."
    )

    @Argument(help: "Text files or folders, or events.json files written by `parley extract`.")
    var paths: [String]

    @Option(help: ArgumentHelp("Output format: \(TimelineRenderer.Format.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: String = "text"

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @Option(name: .customLong("actor"), help: ArgumentHelp("Keep events whose source or target is this actor: id, name or alias, case and accents ignored (repeatable).", valueName: "name"))
    var actors: [String] = []

    @Option(help: ArgumentHelp("Keep events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); a month or year that overlaps counts. Drops undated events.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Keep events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD); a month or year that overlaps counts. Drops undated events.", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Keep only these relation types, comma-separated or repeated: \(RelationType.validNames).", valueName: "names"))
    var relations: [String] = []

    @Option(help: ArgumentHelp("Group events under a heading per period: \(TimelineGrouping.validNames).", valueName: "period"))
    var group: String = "none"

    @Option(name: .customLong("color"), help: ArgumentHelp("Colour text output: auto (on a terminal, unless NO_COLOR is set), always, never.", valueName: "when"))
    var colorMode: String = "auto"

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard TimelineRenderer.Format(rawValue: format) != nil else {
            throw ValidationError("unknown format \"\(format)\"; valid formats: \(TimelineRenderer.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        _ = try filter()
        _ = try grouping()
        _ = try colour()
    }

    func filter() throws -> TimelineFilter {
        let since = try since.map { try Self.date($0, option: "since") }
        let until = try until.map { try Self.date($0, option: "until") }
        var relationTypes: Set<RelationType> = []
        for name in relations.flatMap({ $0.split(separator: ",") }) {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            guard let type = RelationType(rawValue: key) else {
                throw ValidationError("unknown relation \"\(name)\"; valid relations: \(RelationType.validNames)")
            }
            relationTypes.insert(type)
        }
        let filter = TimelineFilter(actors: actors, since: since, until: until, relations: relationTypes)
        if filter.hasEmptyPeriod, let since, let until {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
        return filter
    }

    static func date(_ value: String, option: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: value) else {
            throw ValidationError("invalid date \"\(value)\" for --\(option); use YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return date
    }

    func grouping() throws -> TimelineGrouping {
        guard let grouping = TimelineGrouping(rawValue: group) else {
            throw ValidationError("unknown grouping \"\(group)\"; valid groupings: \(TimelineGrouping.validNames)")
        }
        return grouping
    }

    func colour() throws -> Bool {
        guard let mode = TerminalColour.Mode(rawValue: colorMode) else {
            throw ValidationError("unknown colour mode \"\(colorMode)\"; valid modes: \(TerminalColour.Mode.validNames)")
        }
        return TerminalColour.shouldUse(mode: mode, isTerminal: output == nil && isatty(STDOUT_FILENO) != 0,
                                        environment: ProcessInfo.processInfo.environment)
    }

    func run() throws {
        let result = try input.corpus(from: paths, acceptsEventsJSON: true)
        let filter = try filter()
        for name in filter.unmatchedActors(in: result.corpus) {
            Terminal.error("parley: warning: no actor matches \"\(name)\"")
        }
        let timeline = filter.apply(to: Timeline(corpus: result.corpus), corpus: result.corpus)
        let renderer = TimelineRenderer(grouping: try grouping(), colour: try colour())
        let text: String
        do {
            text = try renderer.render(timeline, format: TimelineRenderer.Format(rawValue: format) ?? .text)
        } catch {
            Terminal.error("error: cannot render the timeline: \(error)")
            throw ExitCode.failure
        }
        try Terminal.emit(Data(text.utf8), to: output)
        try Terminal.finish(result)
    }
}
