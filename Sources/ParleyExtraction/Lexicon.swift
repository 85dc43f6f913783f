import Dispatch
import Foundation
import ParleyModel

/// The actors Parley knows by name, merged from the bundled packs and user files.
///
/// Later sources override earlier ones: an entry with an existing id replaces it, and a
/// surface form listed by a later entry moves to that entry. That is how the regional
/// pack gives "Kabul" to the Taliban and how a user file corrects the bundled data.
public struct Lexicon: Sendable {
    public private(set) var entries: [String: LexiconEntry] = [:]
    /// Insertion order of ids: later ids win ties between equal surface forms.
    public private(set) var order: [String] = []

    public init(entries: [LexiconEntry] = []) {
        for entry in entries { add(entry) }
    }

    /// Adds or replaces an entry (same id: the new one wins).
    public mutating func add(_ entry: LexiconEntry) {
        if entries[entry.id] == nil { order.append(entry.id) } else {
            order.removeAll { $0 == entry.id }
            order.append(entry.id)
        }
        entries[entry.id] = entry
    }

    public mutating func merge(_ other: Lexicon) {
        for id in other.order { if let e = other.entries[id] { add(e) } }
    }

    public subscript(id: String) -> LexiconEntry? { entries[id] }

    public var count: Int { entries.count }

    /// The bundled lexicon packs, in override order.
    public static let bundledPacks = ["countries", "organizations", "people", "afghanistan-region"]

    /// Loads the bundled packs shipped as resources.
    ///
    /// The packs are parsed in parallel (parsing is most of a command's startup) and merged
    /// in override order; the first pack that fails, in that order, is the error thrown.
    public static func bundled() throws -> Lexicon {
        let packs = ResultSlots<Result<Lexicon, Error>>(count: bundledPacks.count)
        DispatchQueue.concurrentPerform(iterations: bundledPacks.count) { k in
            packs.set(k, Result { try loadBundled(bundledPacks[k]) })
        }
        var lexicon = Lexicon()
        for pack in packs.values { lexicon.merge(try pack.get()) }
        return lexicon
    }

    static func loadBundled(_ pack: String) throws -> Lexicon {
        guard let url = LexiconResources.url(pack) else {
            throw ExtractionError.missingResource("Lexicons/\(pack).yaml")
        }
        return try LexiconLoader.load(url: url, displayPath: "Lexicons/\(pack).yaml")
    }
}
