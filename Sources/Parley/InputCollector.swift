import Foundation
import ParleyModel

/// Expands the paths a user gives into input files: files as given, folders searched
/// recursively for .txt and .md (and .json where events files are accepted), in sorted
/// order so the output never depends on the file system's listing order.
public struct InputCollector: Sendable {
    public static let textExtensions: Set<String> = ["txt", "md"]
    public var acceptsEventsJSON: Bool

    public init(acceptsEventsJSON: Bool = false) {
        self.acceptsEventsJSON = acceptsEventsJSON
    }

    public func collect(_ paths: [String]) -> (files: [InputFile], diagnostics: [Diagnostic]) {
        var files: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, path: path, "no such file or folder"))
                continue
            }
            let url = URL(fileURLWithPath: path)
            if !isDirectory.boolValue {
                if let kind = kind(of: url, explicit: true) {
                    files.append(InputFile(url: url, displayPath: path, kind: kind))
                }
                continue
            }
            let found = walk(url, display: path, diagnostics: &diagnostics)
            if found.isEmpty {
                let what = acceptsEventsJSON ? ".txt, .md or .json" : ".txt or .md"
                diagnostics.append(Diagnostic(.error, path: path, "folder holds no \(what) files"))
            }
            files += found
        }
        var seen = Set<String>()
        files = files.filter { seen.insert($0.url.standardizedFileURL.path).inserted }
        return (files, diagnostics)
    }

    func kind(of url: URL, explicit: Bool) -> InputFile.Kind? {
        let ext = url.pathExtension.lowercased()
        if acceptsEventsJSON && ext == "json" { return .eventsJSON }
        if InputCollector.textExtensions.contains(ext) { return .text }
        return explicit ? .text : nil // a file named on the command line is read whatever its name
    }

    func walk(_ folder: URL, display: String, diagnostics: inout [Diagnostic]) -> [InputFile] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else {
            diagnostics.append(Diagnostic(.error, path: display, "cannot list the folder (permission denied?)"))
            return []
        }
        var out: [InputFile] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let shown = display.hasSuffix("/") ? display + name : display + "/" + name
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                out += walk(url, display: shown, diagnostics: &diagnostics)
            } else if let kind = kind(of: url, explicit: false) {
                out.append(InputFile(url: url, displayPath: shown, kind: kind))
            }
        }
        return out
    }
}
