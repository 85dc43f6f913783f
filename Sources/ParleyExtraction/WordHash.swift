/// FNV-1a over a folded word's UTF-8 bytes. The tokenizer computes it once per token, in
/// the pass that lower-cases the bytes, so word lists (`WordSet`, `WordMap`) answer from
/// this integer instead of hashing the String again at every lookup.
enum WordHash {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always) static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func of(_ word: String) -> UInt64 {
        var h = seed
        for b in word.utf8 { h = step(h, b) }
        return h
    }
}
