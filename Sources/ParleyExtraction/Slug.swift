import Foundation

/// Stable actor ids from names: "Ahmad Massoud" -> "ahmad-massoud", "Émomalî" -> "emomali".
enum Slug {
    static func make(_ name: String) -> String {
        asciiSlug(name) ?? foldedSlug(name)
    }

    /// The slug of any name, through Foundation's case and diacritic folding.
    static func foldedSlug(_ name: String) -> String {
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

    /// The same slug for an ASCII name, without Foundation's folding (which costs more
    /// than the rest of finding the name): lower case, letters and digits, one dash for
    /// each run of anything else, apostrophes dropped. Nil for any other name.
    static func asciiSlug(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingDash = false
        for b in name.utf8 {
            if b >= 0x80 { return nil }
            let lower = b &- 0x41 < 26 ? b | 0x20 : b
            if lower &- 0x61 < 26 || b &- 0x30 < 10 {
                if pendingDash, !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                bytes.append(lower)
                pendingDash = false
            } else if b != UInt8(ascii: "'") {
                pendingDash = true
            }
        }
        return bytes.isEmpty ? "actor" : String(decoding: bytes, as: UTF8.self)
    }
}
