/// Which mention covers each token of a sentence: the first listed that holds it. Read
/// like the dictionary it replaces (`cover[i]` is nil for a token no mention holds and for
/// an index outside the sentence), but answered from an array: clause analysis asks it at
/// nearly every step.
struct MentionCover: Sendable {
    private var slots: [Int32]

    init(count: Int, mentions: [TokenMention]) {
        let end = mentions.reduce(count) { max($0, $1.tokens.upperBound) }
        slots = Array(repeating: -1, count: end)
        for (k, m) in mentions.enumerated() {
            for i in m.tokens where i >= 0 && slots[i] < 0 { slots[i] = Int32(k) }
        }
    }

    @inline(__always) subscript(_ i: Int) -> Int? {
        guard i >= 0, i < slots.count else { return nil }
        let k = slots[i]
        return k < 0 ? nil : Int(k)
    }
}
