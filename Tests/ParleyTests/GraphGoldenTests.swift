import Foundation
import Parley
import Testing

/// The seeds' DOT under each kind of filter, compared with recorded golden files: an ego
/// network, relation types, a period, clusters by country. A change in extraction or in
/// the encoder shows up as a readable diff.
@Suite struct GraphGoldenTests {
    static func dot(_ filter: GraphFilter, clustering: DOTEncoder.Clustering = .none) throws -> String {
        let corpus = filter.apply(to: try SeedsGoldenTests.corpus())
        return GraphRenderer(clustering: clustering).dot(for: corpus)
    }

    @Test func focusOnTheTalibanOneStepOut() throws {
        let dot = try Self.dot(GraphFilter(focus: ["Taliban"], depth: 1))
        #expect(dot.contains("\"taliban\" ["))
        try GoldenFile.check(dot, named: "seeds-focus-taliban.dot")
    }

    @Test func supportAndOppositionOnly() throws {
        let dot = try Self.dot(GraphFilter(events: TimelineFilter(relations: [.supports, .opposes])))
        #expect(!dot.contains("label=\"met_with"))
        try GoldenFile.check(dot, named: "seeds-relations-supports-opposes.dot")
    }

    @Test func eventsFromNovember2023On() throws {
        let dot = try Self.dot(GraphFilter(events: TimelineFilter(since: CalendarDate(year: 2023, month: 11))))
        #expect(!dot.contains("undated ·"), "undated events are dropped by a period")
        try GoldenFile.check(dot, named: "seeds-since-2023-11.dot")
    }

    @Test func clustersByCountry() throws {
        let dot = try Self.dot(GraphFilter(), clustering: .country)
        #expect(dot.contains("subgraph \"cluster_country_"))
        try GoldenFile.check(dot, named: "seeds-cluster-country.dot")
    }
}
