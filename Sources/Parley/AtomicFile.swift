import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files whole or not at all: to a temporary name in the same folder, then
/// rename(2), which replaces the target atomically. A failure midway leaves the previous
/// file (or none), never a partial one. (FileManager.replaceItemAt on Linux can lose the
/// original when it fails, so it is not used.)
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temp)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw ParleyError.cannotWrite(path: url.path, reason: reason(error))
        }
        if rename(temp.path, url.path) != 0 {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw ParleyError.cannotWrite(path: url.path, reason: message)
        }
    }

    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileNoSuchFileError || ns.code == NSFileWriteNoPermissionError {
            return ns.code == NSFileNoSuchFileError ? "no such folder" : "permission denied"
        }
        return ns.localizedDescription
    }
}
