import Foundation
import Yams

/// The temporal tagger's vocabulary (dates.yaml): month and weekday names, number
/// words, units, seasons, parts of day, modifiers and reference words.
struct DateWords: Decodable, Sendable {
    var months: [[String]]
    var weekdays: [String]
    var numbers: [String: Double]
    var vagueQuantities: [String]
    var units: [String: String]
    var seasons: [String: String]
    var dayParts: [String: String]
    var periodModifiers: [String: String]
    var approximators: [String]
    var presentRefs: [String]
    var pastRefs: [String]
    var futureRefs: [String]
    var futureCues: [String]
    var forwardPrepositions: [String]
    var bareDurationBefore: [String]
    var bareDurationAfter: [String]

    enum CodingKeys: String, CodingKey {
        case months, weekdays, numbers, units, seasons, approximators
        case vagueQuantities = "vague_quantities"
        case dayParts = "day_parts"
        case periodModifiers = "period_modifiers"
        case presentRefs = "present_refs"
        case pastRefs = "past_refs"
        case futureRefs = "future_refs"
        case futureCues = "future_cues"
        case forwardPrepositions = "forward_prepositions"
        case bareDurationBefore = "bare_duration_before"
        case bareDurationAfter = "bare_duration_after"
    }

    static func bundled() throws -> DateWords {
        try Grammar.decodeResource("dates", as: DateWords.self)
    }

    /// Month number (1-12) of a folded word.
    func month(_ word: String) -> Int? { monthIndex[word] }

    var monthIndex: [String: Int] {
        var out: [String: Int] = [:]
        for (k, names) in months.enumerated() { for n in names { out[n] = k + 1 } }
        return out
    }
}
