import Foundation
import Testing
@testable import GraphvizRendering

@Suite("SVG rendering")
struct SVGRenderingTests {
    let renderer = GraphvizRenderer()

    @Test func smallGraphIsSVGWithATitlePerNode() throws {
        let svg = try renderer.render(dot: Fixtures.triangle)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("<svg"))
        let titles = try Fixtures.titles(in: svg)
        for node in ["a", "b", "c"] {
            #expect(titles.contains(node), "missing <title>\(node)</title>")
        }
        #expect(titles.contains("a->b"))
    }

    @Test func emptyGraphRenders() throws {
        let svg = try renderer.render(dot: "digraph {}")
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        try Fixtures.parseXML(svg)
    }

    @Test func ampersandInURLStillYieldsWellFormedXML() throws {
        let dot = #"digraph { a [URL="http://x/?a=1&b=2"]; a -> b [href="/p?q=1&r=2"]; }"#
        let svg = try renderer.render(dot: dot)
        let hrefs = try Fixtures.parseXML(svg).hrefs
        #expect(hrefs.contains("http://x/?a=1&b=2"))
        #expect(hrefs.contains("/p?q=1&r=2"))
    }

    @Test func quotedIdsWithQuotesBackslashesAndUnicodeBecomeTitles() throws {
        let dot = #"""
            digraph {
              "3M" -> "Ahmad \"Massoud\"";
              "Émomalî" -> "back\\slash";
              "Émomalî" -> "3M";
            }
            """#
        let titles = try Fixtures.titles(in: renderer.render(dot: dot))
        #expect(titles.contains("3M"))
        #expect(titles.contains("Ahmad \"Massoud\""))
        #expect(titles.contains("Émomalî"))
        // DOT unescapes only \" in ids, so "back\\slash" keeps both backslashes.
        #expect(titles.contains(#"back\\slash"#))
    }

    @Test func repeatedRendersAreByteIdentical() throws {
        let first = try renderer.render(dot: Fixtures.fourNodes, layout: .neato)
        for _ in 0..<5 {
            #expect(try renderer.render(dot: Fixtures.fourNodes, layout: .neato) == first)
        }
        let dotFirst = try renderer.render(dot: Fixtures.triangle)
        #expect(try renderer.render(dot: Fixtures.triangle) == dotFirst)
    }

    @Test func anonymousGraphsRenderIdenticallyAndMatchTheCLIName() throws {
        let dot = "digraph { a -> b }"
        let first = try renderer.render(dot: dot)
        _ = try renderer.render(dot: "graph { x }")  // advances cgraph's anonymous-id counter
        let second = try renderer.render(dot: dot)
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("<!-- Title: %3 Pages: 1 -->"))
        #expect(try Fixtures.titles(in: first).first == "%3")
    }

    @Test func namedGraphKeepsItsName() throws {
        let titles = try Fixtures.titles(in: renderer.render(dot: "digraph Crisis { a }"))
        #expect(titles.first == "Crisis")
    }

    @Test func versionLooksLikeAVersionNumber() {
        let version = GraphvizRenderer.version
        #expect(version.split(separator: ".").count >= 2, "got \(version)")
        #expect(version.first?.isNumber == true)
    }
}
