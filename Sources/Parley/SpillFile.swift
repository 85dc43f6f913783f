import Foundation
import ParleyExtraction
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The spill store of a long run: bytes stay in memory up to `memoryLimit`, then go to a
/// temporary file. The file is made in a private folder (`mkdtemp`, mode 0700) under
/// `folder` (`$TMPDIR`, else /tmp), and file and folder are unlinked as soon as the file
/// is open: the data lives only as long as the open descriptor, so nothing is left behind
/// whether the run succeeds, fails, is interrupted (SIGINT) or killed.
///
/// A full disk (or any failed write) is `ParleyError.cannotSpill`, one line naming the
/// folder; the caller stops the run before any output is written.
public final class SpillFile: SpillStore {
    /// 64 MB: a 10 MB corpus never touches the disk; a 1 GB one spills early.
    public static let defaultMemoryLimit = 64 << 20
    static let chunk = 1 << 20

    public let folder: String
    public let memoryLimit: Int
    private var memory: [UInt8] = []
    private var fd: Int32 = -1
    private var pending: [UInt8] = [] // appended, not yet written to the file
    private var written = 0 // bytes in the file
    /// Bytes appended so far.
    public private(set) var size = 0

    public init(memoryLimit: Int = SpillFile.defaultMemoryLimit, folder: String? = nil) {
        self.memoryLimit = memoryLimit
        let tmp = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        self.folder = folder ?? tmp
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Whether the bytes went to a file (the memory limit was passed).
    public var isOnDisk: Bool { fd >= 0 }

    public func append(_ bytes: [UInt8]) throws -> Int {
        let offset = size
        if fd < 0 {
            if size + bytes.count <= memoryLimit {
                if memory.isEmpty { memory.reserveCapacity(memoryLimit) }
                memory += bytes
                size += bytes.count
                return offset
            }
            try makeFile()
            pending = memory
            memory = [] // its pages go back: past the limit, memory no longer grows with the spill
            try flush()
            pending = []
            pending.reserveCapacity(SpillFile.chunk + bytes.count)
        }
        pending += bytes
        size += bytes.count
        if pending.count >= SpillFile.chunk { try flush() }
        return offset
    }

    public func read(at offset: Int, count: Int) throws -> [UInt8] {
        if fd < 0 { return Array(memory[offset..<(offset + count)]) }
        if offset + count > written { try flush() }
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + done }, count - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw failure(errno) }
            if n == 0 { throw SpilledCorpus.Corrupt() }
            done += n
        }
        return out
    }

    /// Writes what waits in memory, so that reads (which may then come from several
    /// threads) never write.
    public func seal() throws {
        if fd >= 0 { try flush() }
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        if let code = pending.withUnsafeBytes({ AtomicFile.writeAll($0, to: fd) }) { throw failure(code) }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// Makes the private folder and the file in it, then unlinks both.
    private func makeFile() throws {
        var template = Array((folder + "/parley-spill.XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw failure(errno, creating: true)
        }
        let dir = String(cString: made)
        let path = dir + "/events"
        fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        let code = errno
        unlink(path)
        rmdir(dir)
        if fd < 0 { throw failure(code, creating: true) }
    }

    private func failure(_ code: Int32, creating: Bool = false) -> ParleyError {
        ParleyError.cannotSpill(folder: folder, reason: creating ? AtomicFile.reasonForCreating(code) : String(cString: strerror(code)))
    }
}
