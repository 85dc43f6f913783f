/// The member names an object reader looks for, matched against a key's bytes in place
/// (no String is made for a key): by length first, then byte by byte.
struct JSONKeys: Sendable {
    /// The names' bytes, one after another, and where each starts and ends.
    private let bytes: [UInt8]
    private let bounds: [Range<Int>]

    init(_ names: [String]) {
        var bytes: [UInt8] = []
        var bounds: [Range<Int>] = []
        for name in names {
            bounds.append(bytes.count..<bytes.count + name.utf8.count)
            bytes += name.utf8
        }
        self.bytes = bytes
        self.bounds = bounds
    }

    /// The position of `key` among the names, or -1.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { all in
            for (k, range) in bounds.enumerated() where range.count == key.count {
                var i = 0
                while i < key.count, all[range.lowerBound + i] == key[i] { i += 1 }
                if i == key.count { return k }
            }
            return -1
        }
    }

    func index(of key: [UInt8]) -> Int {
        key.withUnsafeBufferPointer { index(of: $0) }
    }
}
