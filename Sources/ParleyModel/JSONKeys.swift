/// The member names an object reader looks for, matched against a key's bytes in place
/// (no String is made for a key).
struct JSONKeys: Sendable {
    private let names: [[UInt8]]

    init(_ names: [String]) {
        self.names = names.map { Array($0.utf8) }
    }

    /// The position of `key` among the names, or -1.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int {
        for (k, name) in names.enumerated() where name.count == key.count {
            if name.withUnsafeBufferPointer({ $0.elementsEqual(key) }) { return k }
        }
        return -1
    }

    func index(of key: [UInt8]) -> Int {
        key.withUnsafeBufferPointer { index(of: $0) }
    }
}
