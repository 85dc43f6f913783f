/// Folded words to values, looked up by a token's precomputed `WordHash`: an open-addressing
/// table that compares the 64-bit hashes first, so a miss (most lookups) never touches a
/// String and a hit compares the word once. Insert-only: word lists are built, not edited.
struct WordMap<Value> {
    private var hashes: [UInt64]
    private var words: [String]
    private var values: [Value?]
    private var shift: UInt64
    private(set) var count = 0

    init() {
        hashes = Array(repeating: 0, count: 8)
        words = Array(repeating: "", count: 8)
        values = Array(repeating: nil, count: 8)
        shift = 61
    }

    /// The pairs of a dictionary.
    init(_ dictionary: [String: Value]) {
        self.init()
        reserve(dictionary.count)
        for (word, value) in dictionary { set(word, value) }
    }

    var isEmpty: Bool { count == 0 }

    /// Hash 0 marks an empty slot, so a word hashing to 0 is stored under 1.
    @inline(__always) private static func stored(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    @inline(__always) private func slot(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always) func value(_ word: String, hash: UInt64) -> Value? {
        let h = WordMap.stored(hash)
        let mask = hashes.count - 1
        var i = slot(h)
        while true {
            let held = hashes[i]
            if held == 0 { return nil }
            if held == h, words[i] == word { return values[i] }
            i = (i + 1) & mask
        }
    }

    @inline(__always) subscript(_ token: Token) -> Value? { value(token.folded, hash: token.wordHash) }
    @inline(__always) subscript(_ word: String) -> Value? { value(word, hash: WordHash.of(word)) }

    /// Adds the word or replaces its value.
    mutating func set(_ word: String, _ value: Value) { set(word, hash: WordHash.of(word), value) }

    mutating func set(_ word: String, hash: UInt64, _ value: Value) {
        if (count + 1) * 2 > hashes.count { reserve(count + 1) }
        let h = WordMap.stored(hash)
        let mask = hashes.count - 1
        var i = slot(h)
        while hashes[i] != 0 {
            if hashes[i] == h, words[i] == word { values[i] = value; return }
            i = (i + 1) & mask
        }
        hashes[i] = h
        words[i] = word
        values[i] = value
        count += 1
    }

    /// The words held, in no particular order.
    var keys: [String] { hashes.indices.filter { hashes[$0] != 0 }.map { words[$0] } }

    /// Room for `n` words at a load of one half at most.
    mutating func reserve(_ n: Int) {
        var size = hashes.count
        while n * 2 > size { size *= 2 }
        guard size > hashes.count else { return }
        let old = (hashes, words, values)
        hashes = Array(repeating: 0, count: size)
        words = Array(repeating: "", count: size)
        values = Array(repeating: nil, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        count = 0
        for k in old.0.indices where old.0[k] != 0 {
            let mask = size - 1
            var i = slot(old.0[k])
            while hashes[i] != 0 { i = (i + 1) & mask }
            hashes[i] = old.0[k]
            words[i] = old.1[k]
            values[i] = old.2[k]
            count += 1
        }
    }
}

extension WordMap: Sendable where Value: Sendable {}

extension WordSet: ExpressibleByArrayLiteral {
    init(arrayLiteral words: String...) { self.init(words) }
}

/// A set of folded words with `WordMap`'s lookup by precomputed hash.
struct WordSet: Sendable {
    private var map = WordMap<Bool>()

    init() {}

    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { map.set(w, true) }
    }

    var isEmpty: Bool { map.isEmpty }
    var count: Int { map.count }
    /// The words, in no particular order.
    var words: [String] { map.keys }

    /// These words and `words`.
    func union<S: Sequence>(_ words: S) -> WordSet where S.Element == String {
        var set = self
        for w in words { set.insert(w) }
        return set
    }

    @inline(__always) func contains(_ token: Token) -> Bool { map.value(token.folded, hash: token.wordHash) != nil }
    @inline(__always) func contains(_ word: String) -> Bool { map[word] != nil }

    mutating func insert(_ token: Token) { map.set(token.folded, hash: token.wordHash, true) }
    mutating func insert(_ word: String) { map.set(word, true) }
}
