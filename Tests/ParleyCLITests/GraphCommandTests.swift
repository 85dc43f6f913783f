import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// End-to-end: `parley graph` filters, formats, clusters and links, run as the built binary
/// over seeds/. Extraction of the seeds changes as it improves, so filtered output is
/// compared with the unfiltered output, not with fixed graphs (the golden files do that).
@Suite(.serialized) struct GraphCommandTests {
    let seeds = ParleyProcess.root.appendingPathComponent("seeds").path

    /// The `(source, target)` id pairs of a DOT's edge statements, and its node ids.
    func graph(_ arguments: [String]) throws -> (nodes: Set<String>, edges: [String]) {
        let r = try ParleyProcess.run(["graph", seeds, "--format", "dot"] + arguments)
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        var nodes: Set<String> = [], edges: [String] = []
        for line in r.stdoutText.split(separator: "\n") {
            let ids = line.matches(of: /^\s+"([^"]+)"(?: -> "([^"]+)")? \[/).first
            guard let ids else { continue }
            if let target = ids.2 { edges.append("\(ids.1)->\(target)") } else { nodes.insert(String(ids.1)) }
        }
        return (nodes, edges)
    }

    @Test func focusKeepsTheEgoNetworkAndDepthGrowsIt() throws {
        let all = try graph([])
        let one = try graph(["--focus", "Taliban"])
        let zero = try graph(["--focus", "taliban", "--depth", "0"])
        let two = try graph(["--focus", "TALIBAN", "--depth", "2"])
        #expect(one.nodes.contains("taliban"))
        #expect(one.edges.allSatisfy { $0.components(separatedBy: "->").allSatisfy(one.nodes.contains) }, "edges among the kept actors")
        #expect(Set(one.edges).isSubset(of: Set(all.edges)) && Set(two.edges).isSuperset(of: Set(one.edges)))
        #expect(zero.edges.isEmpty, "one focus actor alone has no edges")
        // Every actor kept at depth 1 is the Taliban or one of its direct partners.
        let partners = Set(all.edges.flatMap { edge -> [String] in
            let ends = edge.components(separatedBy: "->")
            return ends.contains("taliban") ? ends : []
        })
        #expect(one.nodes == partners)
    }

    @Test func relationsExcludeAndMinWeightCutTheGraph() throws {
        let all = try graph([])
        let support = try ParleyProcess.run(["graph", seeds, "--format", "dot", "--relations", "supports,opposes"])
        #expect(support.status == 0)
        #expect(!support.stdoutText.contains("label=\"met_with") && support.stdoutText.contains("label=\"supports"))
        let without = try graph(["--exclude", "Taliban"])
        #expect(!without.nodes.contains("taliban") && without.edges.count < all.edges.count)
        let heavy = try ParleyProcess.run(["graph", seeds, "--format", "dot", "--min-weight", "50"])
        #expect(heavy.status == 0)
        #expect(!heavy.stdoutText.contains(" -> "), "no edge merges 50 events")
    }

    @Test func periodFiltersDropUndatedEvents() throws {
        let r = try ParleyProcess.run(["graph", seeds, "--format", "dot", "--since", "2023", "--until", "2023-12"])
        #expect(r.status == 0)
        #expect(!r.stdoutText.contains("undated ·"))
    }

    @Test func unknownActorsAreWarnedAboutAndBadFiltersAreUsageErrors() throws {
        let r = try ParleyProcess.run(["graph", seeds, "--format", "dot", "--focus", "Nobody At All"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("parley: warning: no actor matches \"Nobody At All\""))
        for (arguments, message) in [(["--relations", "hugs"], "valid relations:"), (["--since", "2023-13"], "invalid date"),
                                     (["--depth", "-1"], "--depth"), (["--min-weight", "0"], "--min-weight"),
                                     (["--cluster", "city"], "valid modes: none, country"),
                                     (["--since", "2024", "--until", "2023"], "is after")] {
            let bad = try ParleyProcess.run(["graph", seeds] + arguments)
            #expect(bad.status == 64, "\(arguments)")
            #expect(bad.stderr.contains(message), "\(arguments): \(bad.stderr)")
        }
    }

    @Test func jsonGivesNodesWithPositionsAndEdgesWithEvents() throws {
        let r = try ParleyProcess.run(["graph", seeds, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(!nodes.isEmpty)
        #expect(nodes.allSatisfy { $0["x"] is Double && $0["y"] is Double && $0["name"] is String && $0["weight"] is Int })
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.allSatisfy { ($0["events"] as? [String])?.count == $0["count"] as? Int })
        let again = try ParleyProcess.run(["graph", seeds, "--format", "json"])
        #expect(again.stdout == r.stdout, "deterministic")
        let dir = try ParleyProcess.scratch()
        let file = dir.appendingPathComponent("map.json")
        #expect(try ParleyProcess.run(["graph", seeds, "-o", file.path]).status == 0)
        #expect(try Data(contentsOf: file) == r.stdout, "the format follows the extension")
    }

    @Test func clustersLegendAndLinksAreOptions() throws {
        let clustered = try ParleyProcess.run(["graph", seeds, "--cluster", "country"])
        #expect(clustered.status == 0, "\(clustered.stderr)")
        #expect(clustered.stdoutText.contains("class=\"cluster\""))
        let bare = try ParleyProcess.run(["graph", seeds, "--no-legend", "--format", "dot"])
        #expect(!bare.stdoutText.contains("Legend"))
        let linked = try ParleyProcess.run(["graph", seeds, "--links", "report.html?a=1&b=2"])
        #expect(linked.status == 0)
        #expect(XMLParser(data: linked.stdout).parse(), "an & in a link stays well-formed")
        #expect(linked.stdoutText.contains("xlink:href=\"report.html?a=1&amp;b=2#ev-"))
        #expect(linked.stdoutText.contains("xlink:href=\"report.html?a=1&amp;b=2#actor-"))
    }

    @Test func svgIsTheSameBytesEveryRun() throws {
        let a = try ParleyProcess.run(["graph", seeds])
        let b = try ParleyProcess.run(["graph", seeds])
        #expect(a.status == 0 && a.stdout == b.stdout)
        #expect(!a.stdoutText.contains("<!DOCTYPE"))
        #expect(a.stdoutText.contains("viewBox=\""))
    }
}
