/// Where `SpillingAssembler` sets documents aside: bytes appended once and read back by
/// offset. `SpillFile` (module Parley) keeps them in a temporary file past a memory limit;
/// `MemorySpillStore` keeps them in memory. Calls come one at a time (the assembler locks)
/// until `seal()`; after it, only reads come, from several threads at once.
public protocol SpillStore: AnyObject {
    /// Appends `bytes` and returns the offset to read them back from.
    func append(_ bytes: [UInt8]) throws -> Int
    /// The `count` bytes at `offset`, as appended.
    func read(at offset: Int, count: Int) throws -> [UInt8]
    /// Ends the appending: everything appended can now be read concurrently.
    func seal() throws
}

extension SpillStore {
    public func seal() throws {}
}

/// A spill store in memory: for small runs and tests.
public final class MemorySpillStore: SpillStore {
    private var bytes: [UInt8] = []

    public init() {}

    public func append(_ bytes: [UInt8]) throws -> Int {
        defer { self.bytes += bytes }
        return self.bytes.count
    }

    public func read(at offset: Int, count: Int) throws -> [UInt8] {
        Array(bytes[offset..<(offset + count)])
    }
}
