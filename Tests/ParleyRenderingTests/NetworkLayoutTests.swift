import Foundation
import ParleyModel
import ParleyRendering
import Testing

@Suite struct NetworkLayoutTests {
    /// Graphviz 2.43's json0 for two nodes in a cluster, trimmed.
    static let graphviz = """
        {"name": "parley", "directed": true, "bb": "0,0,200,100", "_subgraph_cnt": 1,
         "objects": [
           {"_gvid": 0, "name": "cluster_country_AFG", "bb": "8,8,120,92", "nodes": [1, 2]},
           {"_gvid": 1, "name": "khan", "pos": "50,75", "width": "1.25", "height": "0.5"},
           {"_gvid": 2, "name": "tj", "pos": "150.456,25", "width": "0.75", "height": "0.5"}
         ]}
        """

    @Test func positionsAreReadInPointsFromTheTopLeft() throws {
        let layout = try NetworkLayout(graphvizJSON: Data(Self.graphviz.utf8))
        #expect(layout.width == 200 && layout.height == 100)
        #expect(layout.nodes.count == 2, "the cluster is not a node")
        let khan = try #require(layout.nodes["khan"])
        #expect(khan.x == 50 && khan.y == 25 && khan.width == 90 && khan.height == 36)
        #expect(layout.nodes["tj"]?.x == 150.46)
        #expect(layout.nodes["tj"]?.y == 75)
    }

    @Test func badLayoutsAreErrors() {
        #expect(throws: NetworkLayout.Failure.notJSON) { try NetworkLayout(graphvizJSON: Data("<svg/>".utf8)) }
        #expect(throws: NetworkLayout.Failure.missing("bounding box")) { try NetworkLayout(graphvizJSON: Data("{}".utf8)) }
    }

    @Test func jsonListsNodesWithPositionsAndEdgesWithEvents() throws {
        let corpus = Corpus(actors: [Actor(id: "khan", name: "Ismail Khan", kind: .person, mentions: 3),
                                     Actor(id: "tj", name: "Tajikistan", kind: .country, country: "TJK")],
                            events: [NetworkFixtures.event("e1", "khan", .hostedBy, "tj", "2023-11"),
                                     NetworkFixtures.event("e2", "tj", .metWith, "khan", nil)])
        let network = ActorNetwork(corpus: corpus)
        let layout = try NetworkLayout(graphvizJSON: Data(Self.graphviz.utf8))
        let data = try NetworkJSONEncoder().encode(network, layout: layout, layoutName: "dot")
        #expect(data == (try NetworkJSONEncoder().encode(network, layout: layout, layoutName: "dot")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["layout"] as? String == "dot")
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["khan", "tj"])
        #expect(nodes[0]["mentions"] as? Int == 3 && nodes[0]["country"] == nil)
        #expect(nodes[1]["x"] as? Double == 150.46 && nodes[1]["weight"] as? Int == 2 && nodes[1]["kind"] as? String == "country")
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.count == 2)
        let meeting = try #require(edges.first { $0["relation"] as? String == "met_with" })
        #expect(meeting["source"] as? String == "khan", "met_with is keyed in id order")
        #expect(meeting["directed"] as? Bool == false)
        #expect(meeting["events"] as? [String] == ["e2"] && meeting["count"] as? Int == 1)
    }
}
