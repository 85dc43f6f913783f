import Foundation
import ParleyModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths a user gives into input files: files as given, folders searched
/// recursively for .txt and .md (and .json where events files are accepted). The result
/// is sorted by path, and a file reached twice is listed once, so the output never
/// depends on the file system's listing order or on the order the paths were given.
///
/// Nothing is opened here, only stat(2)ed: a FIFO, socket or device is reported and left
/// out (reading one would block or never end), a folder reached again through a symbolic
/// link is not walked twice (a link loop would never end), and a broken link is reported.
public struct InputCollector: Sendable {
    public static let textExtensions: Set<String> = ["txt", "md"]
    public var acceptsEventsJSON: Bool
    /// What a folder is searched for (besides .json where events files are accepted).
    public var textExtensions: Set<String>

    public init(acceptsEventsJSON: Bool = false, textExtensions: Set<String> = InputCollector.textExtensions) {
        self.acceptsEventsJSON = acceptsEventsJSON
        self.textExtensions = textExtensions
    }

    /// A folder's identity, so a loop through symbolic links is noticed.
    struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    public func collect(_ paths: [String]) -> (files: [InputFile], diagnostics: [Diagnostic]) {
        var files: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        var visited = Set<FolderID>()
        // Sorted, so which of two routes to the same file is taken never depends on the order given.
        for path in Set(paths).sorted() {
            var info = stat()
            guard stat(path, &info) == 0 else {
                let code = errno
                if code == ENOENT || code == ENOTDIR {
                    let dangling = lstat(path, &info) == 0
                    diagnostics.append(Diagnostic(.error, path: path, dangling ? "broken symbolic link" : "no such file or folder"))
                } else {
                    diagnostics.append(Diagnostic(.error, path: path, "cannot access (\(String(cString: strerror(code))))"))
                }
                continue
            }
            let url = URL(fileURLWithPath: path)
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if visited.contains(FolderID(info)) { continue } // given twice, or inside a folder already given
                let before = diagnostics.count
                var ancestors = Set<FolderID>()
                let found = walk(url, display: path, diagnostics: &diagnostics, visited: &visited, ancestors: &ancestors)
                if found.isEmpty, diagnostics.count == before {
                    diagnostics.append(Diagnostic(.error, path: path, "folder holds no \(searchedFor) files"))
                }
                files += found
            case S_IFREG:
                if let kind = kind(of: url, explicit: true) {
                    files.append(InputFile(url: url, displayPath: path, kind: kind))
                }
            default:
                diagnostics.append(Diagnostic(.error, path: path, "not a regular file (a \(BoundedFileReader.kindName(info.st_mode))); skipped"))
            }
        }
        var said = Set<String>() // a file reached by two routes is reported once
        return (InputCollector.canonical(files), diagnostics.filter { said.insert($0.description).inserted })
    }

    /// One entry per file (the one with the smallest displayed path), sorted by displayed
    /// path. A file is known by its device and inode, so one reached through a link, a
    /// hard link or `..` is still read once.
    static func canonical(_ files: [InputFile]) -> [InputFile] {
        var byIdentity: [String: InputFile] = [:]
        for file in files {
            var info = stat()
            let key = stat(file.url.path, &info) == 0 ? "\(info.st_dev):\(info.st_ino)" : file.url.standardizedFileURL.path
            if let kept = byIdentity[key], kept.displayPath <= file.displayPath { continue }
            byIdentity[key] = file
        }
        // Displayed paths are nearly always distinct; a URL's path is worked out only on a
        // tie (building it is costly, and a sort asks n log n times).
        return byIdentity.values.sorted {
            $0.displayPath != $1.displayPath ? $0.displayPath < $1.displayPath : $0.url.path < $1.url.path
        }
    }

    func kind(of url: URL, explicit: Bool) -> InputFile.Kind? {
        let ext = url.pathExtension.lowercased()
        if acceptsEventsJSON && ext == "json" { return .eventsJSON }
        if textExtensions.contains(ext) { return .text }
        return explicit ? .text : nil // a file named on the command line is read whatever its name
    }

    /// ".txt, .md or .json": what a folder is searched for.
    var searchedFor: String {
        var names = textExtensions == InputCollector.textExtensions ? [".txt", ".md"] : textExtensions.sorted().map { "." + $0 }
        if acceptsEventsJSON { names.append(".json") }
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    /// Walks a folder not walked before; a folder that contains itself (through a link) is reported.
    func walk(_ folder: URL, display: String, diagnostics: inout [Diagnostic],
              visited: inout Set<FolderID>, ancestors: inout Set<FolderID>) -> [InputFile] {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { return [] }
        let id = FolderID(info)
        if ancestors.contains(id) {
            diagnostics.append(Diagnostic(.warning, path: display, "symbolic link loop (the folder contains itself); not followed"))
            return []
        }
        guard visited.insert(id).inserted else { return [] } // reached before by another route
        ancestors.insert(id)
        defer { ancestors.remove(id) }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            diagnostics.append(Diagnostic(.error, path: display, "cannot list the folder (\(InputCollector.reason(error)))"))
            return []
        }
        var out: [InputFile] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let shown = display.hasSuffix("/") ? display + name : display + "/" + name
            guard stat(url.path, &info) == 0 else {
                // Gone since the listing, or a broken link: an error only if it would have been read.
                if kind(of: url, explicit: false) != nil {
                    let dangling = lstat(url.path, &info) == 0
                    diagnostics.append(Diagnostic(.error, path: shown, dangling ? "broken symbolic link; skipped" : "vanished while the folder was read; skipped"))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                out += walk(url, display: shown, diagnostics: &diagnostics, visited: &visited, ancestors: &ancestors)
            case S_IFREG:
                if let kind = kind(of: url, explicit: false) { out.append(InputFile(url: url, displayPath: shown, kind: kind)) }
            default:
                if kind(of: url, explicit: false) != nil {
                    diagnostics.append(Diagnostic(.error, path: shown, "not a regular file (a \(BoundedFileReader.kindName(info.st_mode))); skipped"))
                }
            }
        }
        return out
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.code == NSFileReadNoPermissionError ? "permission denied" : ns.localizedDescription
    }
}
