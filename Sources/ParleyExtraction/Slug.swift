import Foundation

/// Stable actor ids from names: "Ahmad Massoud" -> "ahmad-massoud", "Émomalî" -> "emomali".
enum Slug {
    static func make(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                pendingDash = false
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingDash = true
            }
        }
        return out.isEmpty ? "actor" : out
    }
}
