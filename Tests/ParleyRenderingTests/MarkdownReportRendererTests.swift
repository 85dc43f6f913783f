import ParleyModel
@testable import ParleyRendering
import Testing

@Suite struct MarkdownReportRendererTests {
    let markdown = MarkdownReportRenderer().render(corpus: NetworkFixtures.corpus)

    @Test func theReportHasEverySectionAndTheMapBesideIt() {
        for heading in ["# Parley report", "## Actor network", "## Timeline", "## Actors", "## Evidence", "## Documents"] {
            #expect(markdown.contains("\n\(heading)\n") || markdown.hasPrefix("\(heading)\n"), "\(heading)")
        }
        #expect(markdown.contains("\n![Actor network](graph.svg)\n"))
        #expect(markdown.contains("2 documents · 6 actors · 8 events · dated events from 2022-12-31 to 2024-02-29"))
    }

    @Test func timelineAndActorRowsLinkToEvidenceAnchors() {
        #expect(markdown.contains("| 2023-11-27 | [Ismail Khan hosted by Tajikistan](#ev-e1) | news/d1.txt #1 |"))
        #expect(markdown.contains("### <a id=\"ev-e1\"></a>2023-11-27 (day) · hosted_by · Ismail Khan → Tajikistan"))
        #expect(markdown.contains("| Ismail Khan | person | Khan | 7 | 3 | [2023-11](#ev-e7) | [2024-02-29](#ev-e5) |"))
        #expect(markdown.contains("| Afghanistan | country |  | – | 0 | – | – |"))
        #expect(markdown.contains("— news/d1.txt #8\n") && markdown.contains("— news/d2.txt #2\n"), "both documents of a shared event")
    }

    @Test func articleTextStaysText() {
        #expect(markdown.contains("> Khan said, \"we will stay\" and \\<b\\>left\\</b\\> \\& gone."))
        #expect(!markdown.contains("<b>"))
        let renderer = MarkdownReportRenderer()
        #expect(renderer.escape("[x](javascript:alert(1)) | *y* `z` #1") == "\\[x\\](javascript:alert(1)) \\| \\*y\\* \\`z\\` #1")
        #expect(renderer.escape("- item") == "\\- item")
        #expect(renderer.escape("# not a heading") == "\\# not a heading")
        #expect(renderer.escape("2023. A year") == "2023\\. A year")
        #expect(renderer.escape("line\none") == "line one")
    }

    @Test func renderingIsDeterministic() {
        var shuffled = NetworkFixtures.corpus
        shuffled.events.reverse()
        shuffled.actors.reverse()
        shuffled.documents.reverse()
        #expect(MarkdownReportRenderer().render(corpus: shuffled) == markdown)
    }
}
