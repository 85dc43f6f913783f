/// The member names an object reader looks for, matched against a key's bytes in place
/// (no String is made for a key): among the names of the key's length, by first byte,
/// then byte by byte.
struct JSONKeys: Sendable {
    /// The names' bytes, one after another, and where each starts and ends.
    private let bytes: [UInt8]
    private let bounds: [Range<Int>]
    /// For each length up to `byLength.count - 1`, the names of that length, in order.
    private let byLength: [[Int]]

    init(_ names: [String]) {
        var bytes: [UInt8] = []
        var bounds: [Range<Int>] = []
        for name in names {
            bounds.append(bytes.count..<bytes.count + name.utf8.count)
            bytes += name.utf8
        }
        self.bytes = bytes
        self.bounds = bounds
        var byLength = [[Int]](repeating: [], count: (bounds.map(\.count).max() ?? 0) + 1)
        for (k, range) in bounds.enumerated() { byLength[range.count].append(k) }
        self.byLength = byLength
    }

    /// The position of `key` among the names, or -1.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int {
        guard key.count < byLength.count else { return -1 }
        return bytes.withUnsafeBufferPointer { all in
            for k in byLength[key.count] {
                let start = bounds[k].lowerBound
                var i = 0
                while i < key.count, all[start + i] == key[i] { i += 1 }
                if i == key.count { return k }
            }
            return -1
        }
    }

    func index(of key: [UInt8]) -> Int {
        key.withUnsafeBufferPointer { index(of: $0) }
    }
}

/// An enumeration's raw values as `JSONKeys`, and its cases in the same order: a value is
/// matched in place, without a String made for it.
struct JSONEnum<T: RawRepresentable & CaseIterable & Sendable>: Sendable where T.RawValue == String {
    let names: JSONKeys
    let cases: [T]

    init(_ type: T.Type) {
        cases = Array(T.allCases)
        names = JSONKeys(cases.map(\.rawValue))
    }
}
