import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files whole or not at all: to a temporary name in the same folder, flushed to
/// disk, then rename(2), which replaces the target atomically. A failure midway leaves the
/// previous file (or none), never a partial one, and no temporary file behind.
/// (FileManager.replaceItemAt on Linux can lose the original when it fails, so it is not used.)
///
/// A symbolic link is written through (its target is replaced, the link kept), the
/// replaced file's permissions are kept, and a target that is a device or a pipe
/// (`-o /dev/stdout`, a FIFO) is written in place: renaming over it would replace the
/// device node itself.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        try stage(data, to: url).commit()
    }

    /// Writes a set of files so that a failure while writing any of them replaces none:
    /// every file is written to its temporary name first, and only when all are on disk
    /// are they renamed into place, one after another.
    public static func write(_ files: [(data: Data, url: URL)]) throws {
        var staged: [Staged] = []
        do {
            for file in files { staged.append(try stage(file.data, to: file.url)) }
        } catch {
            for s in staged { s.discard() }
            throw error
        }
        for (k, s) in staged.enumerated() {
            do { try s.commit() } catch {
                for rest in staged[(k + 1)...] { rest.discard() }
                throw error
            }
        }
    }

    /// A file written to its temporary name, waiting to be renamed over its target
    /// (or, for a device or pipe, data waiting to be written in place).
    public struct Staged {
        enum Step {
            case rename(temp: String, target: String)
            case inPlace(Data, path: String)
        }

        let step: Step
        let shown: String

        /// Puts the file in place.
        public func commit() throws {
            switch step {
            case let .rename(temp, target):
                if rename(temp, target) != 0 {
                    let failure = errno
                    unlink(temp)
                    throw ParleyError.cannotWrite(path: shown, reason: String(cString: strerror(failure)))
                }
            case let .inPlace(data, path):
                try AtomicFile.writeInPlace(data, to: path, shown: shown)
            }
        }

        /// Removes the temporary file; the target is left as it was.
        public func discard() {
            if case let .rename(temp, _) = step { unlink(temp) }
        }
    }

    /// Writes `data` to a temporary file beside `url`, flushed to disk, ready to commit.
    public static func stage(_ data: Data, to url: URL) throws -> Staged {
        switch try destination(of: url) {
        case let .device(path): return Staged(step: .inPlace(data, path: path), shown: url.path)
        case let .file(file):
            return try file.stage { fd in
                writeAll(data, to: fd).map { ParleyError.cannotWrite(path: url.path, reason: String(cString: strerror($0))) }
            }
        }
    }

    /// Writes a file whole or not at all from bytes produced a piece at a time, so a large
    /// output (events.json of a big corpus) is never whole in memory: `produce` is given a
    /// function that appends bytes. If `produce` throws, the target is left as it was and
    /// the error is passed on. While the file is written its temporary name is listed in
    /// `TemporaryFiles`, for an interrupt handler to remove.
    public static func write(to url: URL, producing produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
        let shown = url.path
        func appending(to fd: Int32) -> ([UInt8]) throws -> Void {
            { bytes in
                if let code = bytes.withUnsafeBytes({ writeAll($0, to: fd) }) {
                    throw ParleyError.cannotWrite(path: shown, reason: String(cString: strerror(code)))
                }
            }
        }
        switch try destination(of: url) {
        case let .device(path):
            // Nothing can replace a device or pipe: it is written as the bytes come.
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw ParleyError.cannotWrite(path: shown, reason: String(cString: strerror(errno))) }
            defer { close(fd) }
            try produce(appending(to: fd))
        case let .file(file):
            try file.stage { fd in
                do { try produce(appending(to: fd)) } catch { return error }
                return nil
            }.commit()
        }
    }

    /// Where a write goes: a device or pipe is written in place; anything else is a
    /// regular file written beside its target and renamed over it.
    enum Destination {
        case device(String)
        case file(PlainFile)
    }

    /// A regular file (or one to create) behind `shown`, after symbolic links.
    struct PlainFile {
        let shown: String
        let target: URL
        let mode: mode_t
        let exists: Bool

        /// Writes a temporary file beside the target with `fill` (nil: all written),
        /// flushes it and gives it the target's mode, ready to commit. Any failure removes it.
        func stage(_ fill: (Int32) -> Error?) throws -> Staged {
            let folder = target.deletingLastPathComponent()
            let name = target.lastPathComponent
            let stem = name.utf8.count <= 100 ? name : "parley"
            let temp = folder.appendingPathComponent(".\(stem).\(UUID().uuidString).tmp").path
            TemporaryFiles.register(temp)
            defer { TemporaryFiles.unregister(temp) }
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            guard fd >= 0 else { throw ParleyError.cannotWrite(path: shown, reason: reasonForCreating(errno)) }
            var failure = fill(fd)
            func failed(_ code: Int32) -> Error { ParleyError.cannotWrite(path: shown, reason: String(cString: strerror(code))) }
            if failure == nil, fsync(fd) != 0, errno != EINVAL { failure = failed(errno) }
            if close(fd) != 0, failure == nil { failure = failed(errno) }
            if failure == nil, exists { _ = chmod(temp, mode) } // umask may have narrowed it
            if let failure {
                unlink(temp)
                throw failure
            }
            return Staged(step: .rename(temp: temp, target: target.path), shown: shown)
        }
    }

    static func destination(of url: URL) throws -> Destination {
        let shown = url.path
        var info = stat()
        // /dev/stdout, /dev/fd/N, /proc/self/fd/N and every device or pipe: written in place.
        if shown.hasPrefix("/dev/") || shown.hasPrefix("/proc/")
            || (stat(shown, &info) == 0 && ![S_IFREG, S_IFDIR].contains(info.st_mode & S_IFMT)) {
            return .device(shown)
        }
        let target = url.resolvingSymlinksInPath()
        var mode: mode_t = 0o666
        info = stat()
        if stat(target.path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw ParleyError.cannotWrite(path: shown, reason: "it is a folder")
            case S_IFREG: mode = info.st_mode & 0o7777
            default: return .device(target.path)
            }
        }
        return .file(PlainFile(shown: shown, target: target, mode: mode, exists: info.st_mode & S_IFMT == S_IFREG))
    }

    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// For devices and pipes, which cannot be replaced: open without creating or truncating.
    static func writeInPlace(_ data: Data, to path: String, shown: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ParleyError.cannotWrite(path: shown, reason: String(cString: strerror(errno))) }
        let failure = writeAll(data, to: fd)
        close(fd)
        if let failure { throw ParleyError.cannotWrite(path: shown, reason: String(cString: strerror(failure))) }
    }

    /// Writes every byte, retrying short writes and interruptions; the errno of a failure.
    static func writeAll(_ data: Data, to fd: Int32) -> Int32? {
        data.withUnsafeBytes { writeAll($0, to: fd) }
    }

    static func writeAll(_ raw: UnsafeRawBufferPointer, to fd: Int32) -> Int32? {
        var offset = 0
        while offset < raw.count {
            let n = SystemCall.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }

    static func reasonForCreating(_ code: Int32) -> String {
        code == ENOENT ? "no such folder" : String(cString: strerror(code))
    }
}
