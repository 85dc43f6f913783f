import ParleyModel
import ParleyRendering
import Testing

@Suite struct GraphFilterTests {
    let corpus = NetworkFixtures.corpus

    func kept(_ filter: GraphFilter) -> [String] {
        filter.apply(to: corpus).events.map(\.id)
    }

    @Test func anEmptyFilterKeepsTheCorpusAsItIs() {
        #expect(GraphFilter().isEmpty)
        #expect(GraphFilter().apply(to: corpus) == corpus)
    }

    @Test func focusDepthGrowsTheEgoNetworkStepByStep() {
        // massoud's partners: ru; ru's partners: massoud, taliban, tj, khan; then pk via tj.
        #expect(kept(GraphFilter(focus: ["Ahmad Massoud"], depth: 0)) == [])
        #expect(kept(GraphFilter(focus: ["massoud"], depth: 1)) == ["e2", "e6"])
        #expect(kept(GraphFilter(focus: ["MASSOUD"], depth: 2)) == ["e1", "e2", "e3", "e4", "e5", "e6", "e7"])
        #expect(kept(GraphFilter(focus: ["massoud"], depth: 3)) == corpus.events.map(\.id))
        // Depth 0 keeps the edges among several focus actors.
        #expect(kept(GraphFilter(focus: ["khan", "Dushanbe"], depth: 0)) == ["e1", "e7"])
    }

    @Test func excludedActorsLoseTheirEventsBeforeTheEgoNetworkIsGrown() {
        #expect(kept(GraphFilter(exclude: ["Russia"])) == ["e1", "e7", "e8"])
        // Without Russia, massoud is cut off from everyone.
        #expect(kept(GraphFilter(focus: ["massoud"], depth: 5, exclude: ["moscow"])) == [])
    }

    @Test func relationsAndPeriodsFollowTheTimelineRules() {
        #expect(kept(GraphFilter(events: TimelineFilter(relations: [.metWith]))) == ["e4", "e8"])
        let november = GraphFilter(events: TimelineFilter(since: CalendarDate(year: 2023, month: 11, day: 15),
                                                          until: CalendarDate(year: 2023, month: 11)))
        // A month or year overlapping the range is kept; undated events are not.
        #expect(kept(november) == ["e1", "e2", "e3", "e7"])
        #expect(kept(GraphFilter(events: TimelineFilter(since: CalendarDate(year: 2024)))) == ["e5"])
    }

    @Test func minWeightKeepsEdgesThatMergeEnoughEvents() {
        #expect(kept(GraphFilter(minWeight: 2)) == ["e1", "e7"])
        #expect(kept(GraphFilter(minWeight: 3)) == [])
        // Weight counts after the other filters: e1 (2023-11-27) is out of range, e7 (2023-11) is not.
        #expect(kept(GraphFilter(minWeight: 2, events: TimelineFilter(until: CalendarDate(year: 2023, month: 11, day: 20)))) == [])
    }

    @Test func theResultListsOnlyInvolvedActorsAndKeepsEventIDs() {
        let result = GraphFilter(focus: ["khan"], depth: 0, events: TimelineFilter(relations: [.hostedBy])).apply(to: corpus)
        #expect(result.events.map(\.id) == [])
        let hosted = GraphFilter(events: TimelineFilter(relations: [.hostedBy])).apply(to: corpus)
        #expect(hosted.actors.map(\.id) == ["khan", "tj"])
        #expect(hosted.events.map(\.id) == ["e1", "e7"])
        #expect(hosted.documents == corpus.documents)
    }

    @Test func anEventToldByTwoDocumentsCountsOnce() throws {
        let retold = NetworkFixtures.corpusWithRetelling
        #expect(retold.events.count == corpus.events.count + 1 && !retold.events[8].isFirstTelling)
        let network = ActorNetwork(corpus: retold)
        #expect(network.edges == ActorNetwork(corpus: corpus).edges)
        #expect(network.nodes.first { $0.actor.id == "pk" }?.weight == 1)
        // pk-tj merges one event, told twice: not enough for a weight of 2.
        #expect(GraphFilter(minWeight: 2).apply(to: retold).events.map(\.id) == ["e1", "e7"])
        for format in ExportFormat.allCases {
            #expect(try format.export(retold) == format.export(corpus), "\(format)")
        }
    }

    @Test func unmatchedNamesAreReportedInOrder() {
        let filter = GraphFilter(focus: ["Nobody", "khan"], exclude: ["Atlantis"])
        #expect(filter.unmatchedActors(in: corpus) == ["Nobody", "Atlantis"])
        // An event actor the actor list leaves out still matches by id.
        #expect(GraphFilter(focus: ["taliban"]).unmatchedActors(in: corpus).isEmpty)
    }
}
