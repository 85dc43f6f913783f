import Foundation
import ParleyModel

/// Publication metadata for documents, from a CSV file: `path,published[,title[,url]]`,
/// with an optional header row. Rows are matched to inputs by the path as given, by the
/// absolute path, or by the document id (the file name without its extension).
public struct Manifest: Sendable {
    public struct Entry: Hashable, Sendable {
        public var path: String
        public var published: String?
        public var title: String?
        public var url: String?
    }

    public private(set) var entries: [Entry] = []
    private var byKey: [String: Int] = [:]

    public init(entries: [Entry] = []) {
        for e in entries { add(e) }
    }

    mutating func add(_ e: Entry) {
        let k = entries.count
        entries.append(e)
        for key in Manifest.keys(for: e.path) where byKey[key] == nil { byKey[key] = k }
    }

    static func keys(for path: String) -> [String] {
        let url = URL(fileURLWithPath: path)
        return [path, url.standardizedFileURL.path, "id:" + url.deletingPathExtension().lastPathComponent]
    }

    /// The entry for an input file, if the manifest lists it.
    public func entry(for file: InputFile) -> Entry? {
        for key in [file.displayPath, file.url.standardizedFileURL.path, "id:" + file.documentID] {
            if let k = byKey[key] { return entries[k] }
        }
        return nil
    }

    /// The entry for a document known by its id alone (a JSON Lines document).
    public func entry(forID id: String) -> Entry? {
        byKey["id:" + id].map { entries[$0] }
    }

    /// Reads a manifest; a malformed one is an error naming the file and line.
    public static func load(path: String) throws -> Manifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParleyError.invalidManifest(path: path, line: 1, problem: "cannot read the file")
        }
        let rows: [CSVReader.Row]
        do { rows = try CSVReader.rows(String(decoding: data, as: UTF8.self)) } catch {
            switch error {
            case let .unterminatedQuote(line): throw ParleyError.invalidManifest(path: path, line: line, problem: "a quoted field is never closed")
            case let .junkAfterQuote(line): throw ParleyError.invalidManifest(path: path, line: line, problem: "text after a closing quote")
            }
        }
        var manifest = Manifest()
        for (k, row) in rows.enumerated() {
            let f = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            if k == 0, f.first?.lowercased() == "path" { continue }
            guard f.count >= 2, !f[0].isEmpty else {
                throw ParleyError.invalidManifest(path: path, line: row.line, problem: "expected path,published[,title[,url]]")
            }
            let published = f[1].isEmpty ? nil : f[1]
            if let published, CalendarDate(iso: published) == nil {
                throw ParleyError.invalidManifest(path: path, line: row.line, problem: "\"\(published)\" is not a date (YYYY-MM-DD)")
            }
            manifest.add(Entry(path: f[0], published: published,
                               title: f.count > 2 && !f[2].isEmpty ? f[2] : nil, url: f.count > 3 && !f[3].isEmpty ? f[3] : nil))
        }
        return manifest
    }
}
