import Foundation
import Parley

/// The `extract --profile` table: CPU seconds per pipeline stage (all threads), then the
/// wall-clock phases of the command around them.
struct ProfileReport {
    let profile: StageProfile
    /// Wall seconds: reading, extracting and assembling the corpus; encoding; writing.
    let build: Double
    let encode: Double
    /// nil when events.json is written as it is encoded (a streamed run): `encode` covers both.
    let write: Double?

    var lines: [String] {
        let stages = StageProfile.Stage.allCases.map { ($0.name, profile.seconds(in: $0)) }
        let total = stages.reduce(0) { $0 + $1.1 }
        var out = ["profile: \(profile.documents) documents, \(profile.bytes) bytes of text"]
        out.append(row("stage (CPU, all threads)", "seconds", "share"))
        for (name, s) in stages { out.append(row(name, fixed(s), fixed(100 * s / max(total, 1e-9), 1) + "%")) }
        out.append(row("extraction total (CPU)", fixed(total), total > 0 ? fixed(Double(profile.bytes) / total / 1e6, 2) + " MB/s" : ""))
        out.append(row("read + extract + assemble (wall)", fixed(build), ""))
        if let write {
            out.append(row("encode events.json (wall)", fixed(encode), ""))
            out.append(row("write (wall)", fixed(write), ""))
        } else {
            out.append(row("encode + write events.json (wall)", fixed(encode), ""))
        }
        return out
    }

    func row(_ a: String, _ b: String, _ c: String) -> String {
        "profile: " + a.padding(toLength: 34, withPad: " ", startingAt: 0) + String(repeating: " ", count: max(0, 9 - b.count)) + b + "  " + c
    }

    func fixed(_ v: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", v) }
}
