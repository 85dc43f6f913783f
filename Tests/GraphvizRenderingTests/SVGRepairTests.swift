import Foundation
import Testing
@testable import GraphvizRendering

@Suite("SVG ampersand repair")
struct SVGRepairTests {
    @Test(arguments: [
        ("a=1&b=2", "a=1&amp;b=2"),
        ("&amp; &lt; &gt; &quot; &apos;", "&amp; &lt; &gt; &quot; &apos;"),
        ("&#123; &#x1F; &#x1f;", "&#123; &#x1F; &#x1f;"),
        ("&#X1F; &#-1;", "&amp;#X1F; &amp;#-1;"),
        ("&", "&amp;"),
        ("x&", "x&amp;"),
        ("&&amp;", "&amp;&amp;"),
        ("&#; &#x; &#12a; &nbsp; &AMP;", "&amp;#; &amp;#x; &amp;#12a; &amp;nbsp; &amp;AMP;"),
        ("&amp", "&amp;amp"),
        ("Émomalî & co", "Émomalî &amp; co"),
        ("no ampersands", "no ampersands"),
        // The `;` is looked for within the 12 bytes after the `&`.
        ("&#1234567890; &#12345678901;", "&#1234567890; &amp;#12345678901;"),
        ("a&#45;b&c&#x2F;", "a&#45;b&amp;c&#x2F;"),
    ])
    func escapesOnlyStrayAmpersands(input: String, expected: String) {
        #expect(SVGRepair.escapeStrayAmpersands(in: input) == expected)
    }

    @Test func repairIsIdempotent() {
        let once = SVGRepair.escapeStrayAmpersands(in: "<a href=\"?a=1&b=2&amp;c\">&#45;&</a>")
        #expect(SVGRepair.escapeStrayAmpersands(in: once) == once)
        #expect(once == "<a href=\"?a=1&amp;b=2&amp;c\">&#45;&amp;</a>")
    }

    @Test func anonymousRootTitleIsRenamedOnlyInItsTwoPlaces() {
        let svg = "<!-- Title: %11 Pages: 1 -->\n<g><title>%11</title></g><g><title>%11</title></g>"
        let fixed = SVGRepair.stabiliseAnonymousGraphName(in: Data(svg.utf8), graphName: "%11")
        #expect(String(decoding: fixed, as: UTF8.self)
            == "<!-- Title: %3 Pages: 1 -->\n<g><title>%3</title></g><g><title>%11</title></g>")
    }

    @Test(arguments: ["G", "%", "%1a", "%3", "50%"])
    func otherGraphNamesAreLeftAlone(name: String) {
        let svg = Data("<!-- Title: \(name) Pages: 1 -->\n<title>\(name)</title>".utf8)
        #expect(SVGRepair.stabiliseAnonymousGraphName(in: svg, graphName: name) == svg)
    }

    @Test func repairedSVGParsesWhereTheRawOneDoesNot() throws {
        let raw = Data(#"<svg xmlns="http://www.w3.org/2000/svg"><a href="?a=1&b=2"/></svg>"#.utf8)
        #expect(throws: (any Error).self) { try Fixtures.parseXML(raw) }
        try Fixtures.parseXML(SVGRepair.escapeStrayAmpersands(in: raw))
    }
}
