/// A bit table over a set of words that answers "certainly not in the set" for most other
/// words in a few instructions, so a hot loop hashes a token for a `Set` or `Dictionary`
/// lookup only when the lookup may succeed. Never says no to a member.
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: WordFilter.slots / 64)
    private static let slots = 1 << 16

    init<S: Sequence>(_ words: S) where S.Element == String {
        var hyphen = false
        for w in words {
            let k = WordFilter.slot(w, hyphen: &hyphen)
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
    }

    /// False when `word` is not one of the words; true when it may be.
    @inline(__always) func mayContain(_ word: String) -> Bool {
        var hyphen = false
        return mayContain(slot: WordFilter.slot(word, hyphen: &hyphen))
    }

    @inline(__always) func mayContain(slot k: Int) -> Bool {
        bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Mixes the length and the first, second and last UTF-8 bytes; sets `hyphen` when the
    /// word holds a "-" (the tagger wants both, from one pass over the bytes).
    @inline(__always) static func slot(_ word: String, hyphen: inout Bool) -> Int {
        var word = word
        return word.withUTF8 { u -> Int in
            guard let first = u.first, let last = u.last else { return 0 }
            let second = u.count > 1 ? u[1] : 0
            for b in u where b == 0x2D { hyphen = true }
            var h = UInt32(truncatingIfNeeded: u.count) &* 0x9E37_79B1
            h ^= UInt32(first) &* 0x85EB_CA6B
            h ^= UInt32(second) &* 0xC2B2_AE35
            h ^= UInt32(last) &* 0x27D4_EB2F
            h ^= h >> 15
            return Int(h & UInt32(WordFilter.slots - 1))
        }
    }
}
