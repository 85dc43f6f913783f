import Foundation
import Parley
import Testing

/// The seeds' timeline in Markdown, JSON and month-grouped text, compared with recorded
/// golden files (the plain text form is in SeedsGoldenTests). Paths are absolute in these
/// tests; the golden files keep them relative to the package.
@Suite struct TimelineGoldenTests {
    static func render(_ format: TimelineRenderer.Format, grouping: TimelineGrouping = .none) throws -> String {
        let timeline = Timeline(corpus: try SeedsGoldenTests.corpus())
        let output = try TimelineRenderer(grouping: grouping).render(timeline, format: format)
        return output.replacingOccurrences(of: TestSupport.root.path + "/", with: "")
    }

    @Test func seedsTimelineMarkdown() throws {
        try GoldenFile.check(try Self.render(.markdown), named: "seeds-timeline.md")
    }

    @Test func seedsTimelineJSON() throws {
        try GoldenFile.check(try Self.render(.json), named: "seeds-timeline.json")
    }

    @Test func seedsTimelineTextByMonth() throws {
        try GoldenFile.check(try Self.render(.text, grouping: .month), named: "seeds-timeline-by-month.txt")
    }
}
