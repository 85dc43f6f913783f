import ParleyModel

/// Keeps document ids unique within a run. Two files named `report.txt` in different
/// folders would otherwise share the id `report`, and their events could not be told
/// apart. The first in path order keeps the name; the others get `-2`, `-3`... with a
/// warning, so the ids depend only on the set of files, not on the order given.
struct DocumentIDs {
    private var used: Set<String> = []
    private var next: [String: Int] = [:]

    /// Gives the document an id no earlier document has; says so when it had to change it.
    mutating func claim(_ document: inout Document) -> Diagnostic? {
        if used.insert(document.id).inserted { return nil }
        let base = document.id
        var n = next[base] ?? 2
        while !used.insert("\(base)-\(n)").inserted { n += 1 }
        next[base] = n + 1
        document.id = "\(base)-\(n)"
        return Diagnostic(.warning, path: document.path,
                          "another input is also named \"\(base)\"; this document's id is \"\(document.id)\"")
    }
}
