import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file's bytes but never more than a bound: the size is checked with stat(2)
/// before anything is read, only regular files are opened (a FIFO or a device would block
/// or never end), the file is opened non-blocking in case it was swapped for a FIFO after
/// the check, and reading stops one byte past the bound in case it grew meanwhile.
public struct BoundedFileReader: Sendable {
    public enum Failure: Error, Equatable, Sendable {
        /// The file is gone (it was listed, then deleted or renamed).
        case vanished
        /// A FIFO, socket, device or folder: named as `ls -l` would.
        case notRegular(kind: String)
        /// Larger than the bound; `size` is what stat said (or what was read, if it grew).
        case tooLarge(size: Int64, limit: Int)
        /// Anything else, with the system's reason.
        case unreadable(String)
    }

    public var maxBytes: Int

    public init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    public func read(_ path: String) -> Result<[UInt8], Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(BoundedFileReader.failure(errno)) }
        if let problem = check(info) { return .failure(problem) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(BoundedFileReader.failure(errno)) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { return .failure(BoundedFileReader.failure(errno)) }
        if let problem = check(info) { return .failure(problem) }
        return readAll(fd, expected: Int(info.st_size))
    }

    /// Why `read` would refuse the file, judged by stat(2) alone; nil when it would read it.
    public func preflight(_ path: String) -> Failure? {
        var info = stat()
        guard stat(path, &info) == 0 else { return BoundedFileReader.failure(errno) }
        return check(info)
    }

    func check(_ info: stat) -> Failure? {
        let kind = BoundedFileReader.kindName(info.st_mode)
        if kind != "file" { return .notRegular(kind: kind) }
        if Int64(info.st_size) > Int64(maxBytes) { return .tooLarge(size: Int64(info.st_size), limit: maxBytes) }
        return nil
    }

    /// Reads to the end into one buffer sized by stat; grows it only if the file grew. The
    /// buffer is read into as it is, not zeroed first (megabytes for a large events.json).
    func readAll(_ fd: Int32, expected: Int) -> Result<[UInt8], Failure> {
        let size = min(expected, maxBytes) + 1
        var filled = 0
        var failure: Int32?
        var buffer = [UInt8](unsafeUninitializedCapacity: size) { raw, count in
            while filled < raw.count {
                let n = SystemCall.read(fd, raw.baseAddress.map { $0 + filled }, raw.count - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                filled += n
            }
            count = filled
        }
        if let failure { return .failure(BoundedFileReader.failure(failure)) }
        if filled < size { return .success(buffer) }
        // The file grew since stat: it fills the buffer; the rest is read into zeroed growth.
        while true {
            if filled == buffer.count {
                guard buffer.count <= maxBytes else { return .failure(.tooLarge(size: Int64(filled), limit: maxBytes)) }
                buffer += [UInt8](repeating: 0, count: min(max(buffer.count, 65_536), maxBytes + 1 - buffer.count))
            }
            let n = buffer.withUnsafeMutableBytes { raw in
                SystemCall.read(fd, raw.baseAddress.map { $0 + filled }, raw.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(BoundedFileReader.failure(errno))
            }
            if n == 0 { break }
            filled += n
        }
        buffer.removeLast(buffer.count - filled)
        return .success(buffer)
    }

    static func failure(_ code: Int32) -> Failure {
        code == ENOENT || code == ENOTDIR ? .vanished : .unreadable(String(cString: strerror(code)))
    }

    /// "file", "folder", "FIFO", "socket", "character device", "block device" or "symbolic link".
    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "file"
        case S_IFDIR: return "folder"
        case S_IFIFO: return "FIFO"
        case S_IFSOCK: return "socket"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        case S_IFLNK: return "symbolic link"
        default: return "special file"
        }
    }
}
