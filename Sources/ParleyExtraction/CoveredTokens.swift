/// Which tokens of a sentence mentions already cover: a flag per token, where a
/// `Set<Int>` would hash every position.
struct CoveredTokens {
    private var flags: [Bool]

    init(count: Int, covering mentions: [TokenMention]) {
        flags = Array(repeating: false, count: count)
        for m in mentions { formUnion(m.tokens) }
    }

    @inline(__always) func contains(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] }

    mutating func formUnion(_ range: Range<Int>) {
        for i in range.clamped(to: 0..<flags.count) { flags[i] = true }
    }
}
