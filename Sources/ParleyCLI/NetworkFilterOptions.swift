import ArgumentParser
import Foundation
import Parley

/// The filters `graph` and `export` share: an ego network, relation types, a period,
/// a minimum edge weight and actors to leave out.
struct NetworkFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Draw the network around this actor (id, name or alias; repeatable).", valueName: "actor"))
    var focus: [String] = []

    @Option(help: ArgumentHelp("With --focus: how many steps from the focus actors to keep (0: only them).", valueName: "n"))
    var depth: Int = 1

    @Option(help: ArgumentHelp("Keep only these relation types, comma-separated or repeated: \(RelationType.validNames).", valueName: "names"))
    var relations: [String] = []

    @Option(help: ArgumentHelp("Keep events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); a period that overlaps counts. Drops undated events.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Keep events on or before this date, by the same rule as --since.", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Keep edges that merge at least this many events.", valueName: "n"))
    var minWeight: Int = 1

    @Option(help: ArgumentHelp("Leave out this actor and its events (repeatable).", valueName: "actor"))
    var exclude: [String] = []

    func validate() throws {
        _ = try filter()
    }

    func filter() throws -> GraphFilter {
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more") }
        guard minWeight >= 1 else { throw ValidationError("--min-weight must be at least 1") }
        let since = try since.map { try TimelineCommand.date($0, option: "since") }
        let until = try until.map { try TimelineCommand.date($0, option: "until") }
        var types: Set<RelationType> = []
        for name in relations.flatMap({ $0.split(separator: ",") }) {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            guard let type = RelationType(rawValue: key) else {
                throw ValidationError("unknown relation \"\(name)\"; valid relations: \(RelationType.validNames)")
            }
            types.insert(type)
        }
        let events = TimelineFilter(since: since, until: until, relations: types)
        if events.hasEmptyPeriod, let since, let until {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
        return GraphFilter(focus: focus, depth: depth, exclude: exclude, minWeight: minWeight, events: events)
    }

    /// The corpus cut down by the filters; names that match no actor are warned about.
    func apply(to corpus: Corpus) throws -> Corpus {
        let filter = try filter()
        for name in filter.unmatchedActors(in: corpus) {
            Terminal.error("parley: warning: no actor matches \"\(name)\"")
        }
        return filter.apply(to: corpus)
    }
}
