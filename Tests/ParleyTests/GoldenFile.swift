import Foundation
import Testing

/// Compares text with a golden file in Golden/. With PARLEY_RECORD_GOLDEN=1 the file is
/// rewritten and the check still fails, so a new baseline never passes silently.
enum GoldenFile {
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = TestSupport.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PARLEY_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); run again without PARLEY_RECORD_GOLDEN to check it", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(name) is missing; record it with PARLEY_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("""
                \(name) differs at line \(line + 1):
                  expected: \(line < e.count ? String(e[line]) : "<end>")
                  actual:   \(line < a.count ? String(a[line]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}
