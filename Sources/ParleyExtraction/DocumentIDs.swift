import ParleyModel

/// Keeps document ids unique within a run. Two files named `report.txt` in different
/// folders would otherwise share the id `report`, and their events could not be told
/// apart. The first to claim a name keeps it; the others get `-2`, `-3`... with a
/// warning. `CorpusAssembler` claims in path order, so the ids depend only on the set of
/// documents, not on the order they were given or extracted in.
public struct DocumentIDs: Sendable {
    private var used: Set<String> = []
    private var next: [String: Int] = [:]

    public init() {}

    /// Gives the document an id no earlier document has; says so when it had to change it.
    public mutating func claim(_ document: inout Document) -> Diagnostic? {
        guard let (id, warning) = claim(document.id, path: document.path) else { return nil }
        document.id = id
        return warning
    }

    /// The same for an extracted document: its events follow the new id.
    mutating func claim(_ extracted: inout ExtractedDocument) -> Diagnostic? {
        guard let (id, warning) = claim(extracted.document.id, path: extracted.document.path) else { return nil }
        extracted.rename(to: id)
        return warning
    }

    /// nil when `base` was free; else the new id and the warning that names it.
    mutating func claim(_ base: String, path: String) -> (String, Diagnostic)? {
        if used.insert(base).inserted { return nil }
        var n = next[base] ?? 2
        while !used.insert("\(base)-\(n)").inserted { n += 1 }
        next[base] = n + 1
        let id = "\(base)-\(n)"
        return (id, Diagnostic(.warning, path: path, "another input is also named \"\(base)\"; this document's id is \"\(id)\""))
    }
}
