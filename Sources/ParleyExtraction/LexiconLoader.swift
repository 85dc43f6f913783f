import Foundation
import ParleyModel
import Yams

/// Reads a YAML lexicon (a list of actor entries); every problem is located by line and column.
public enum LexiconLoader {
    public static func load(url: URL, displayPath: String? = nil) throws -> Lexicon {
        let path = displayPath ?? url.path
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ExtractionError.malformedLexicon(path: path, line: 1, column: 1,
                                                   problem: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ExtractionError.malformedLexicon(path: path, line: 1, column: 1,
                                                   problem: "the file is not UTF-8 text")
        }
        return try parse(yaml: text, path: path)
    }

    public static func parse(yaml: String, path: String) throws -> Lexicon {
        // A text in the subset the bundled packs are written in is read without Yams,
        // several times faster; any other text (and every syntax error) goes to Yams.
        if let document = YAMLSubsetReader.read(yaml) {
            return try lexicon(document.root, path: path)
        }
        let root: Node?
        // No implicit typing: every value is read as the string it is (`scalar.string`), so
        // the default resolver's regular expressions (run per scalar, most of the startup
        // time) would only be thrown away.
        do { root = try Yams.compose(yaml: yaml, Resolver.basic) } catch let error as YamlError {
            throw located(error, path: path)
        }
        return try lexicon(root, path: path)
    }

    static func lexicon<N: LexiconNode>(_ root: N?, path: String) throws -> Lexicon {
        guard let root else { return Lexicon() }
        guard let list = root.items else {
            throw problem(root, path, "a lexicon is a list of actor entries (- id: ..., name: ...)")
        }
        var lexicon = Lexicon()
        for node in list { lexicon.add(try entry(node, path: path)) }
        return lexicon
    }

    /// The keys an entry may have.
    static let keys = ["id", "name", "kind", "country", "aliases", "demonyms", "capital", "cities", "roles", "governs", "in_context", "father", "mother"]
    static let knownKeys = Set(keys)

    static func entry<N: LexiconNode>(_ node: N, path: String) throws -> LexiconEntry {
        guard let mapping = node.pairs else { throw problem(node, path, "an entry must be a mapping with id, name and kind") }
        // The values by key, as `mapping[key]` finds them (the last string key of that
        // text wins), in `keys` order: found by a few string comparisons, not by hashing
        // or by comparing nodes one by one.
        var values = [N?](repeating: nil, count: keys.count)
        for (key, value) in mapping {
            guard let k = key.keyString, let slot = keys.firstIndex(of: k) else {
                throw problem(key, path, "unknown key \"\(key.keyString ?? "?")\"; known keys: \(knownKeys.sorted().joined(separator: ", "))")
            }
            if key.isStringScalar { values[slot] = value }
        }
        func value(_ key: String) -> N? { keys.firstIndex(of: key).flatMap { values[$0] } }
        func string(_ key: String, required: Bool) throws -> String? {
            guard let value = value(key) else {
                if required { throw problem(node, path, "entry lacks \"\(key)\"") }
                return nil
            }
            guard let s = value.scalarString, startsVisibly(s) || !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw problem(value, path, "\"\(key)\" must be a non-empty string")
            }
            return s
        }
        func strings(_ key: String) throws -> [String] {
            guard let value = value(key) else { return [] }
            if value.scalarString == "" || value.isNullScalar { return [] }
            guard let seq = value.items else { throw problem(value, path, "\"\(key)\" must be a list of strings") }
            return try seq.map { item in
                guard let s = item.scalarString, !s.isEmpty else { throw problem(item, path, "\"\(key)\" items must be strings") }
                return s
            }
        }
        let id = try string("id", required: true) ?? ""
        let kindName = try string("kind", required: true) ?? ""
        guard let kind = ActorKind(rawValue: kindName) else {
            throw problem(value("kind") ?? node, path, "unknown kind \"\(kindName)\"; valid kinds: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return LexiconEntry(id: id, name: try string("name", required: true) ?? id, kind: kind,
                            country: try string("country", required: false),
                            aliases: try strings("aliases"), demonyms: try strings("demonyms"),
                            capital: try string("capital", required: false), cities: try strings("cities"),
                            roles: try strings("roles"),
                            governs: try governance(value("governs"), path: path),
                            contextual: try contextual(value("in_context"), path: path),
                            father: try string("father", required: false), mother: try string("mother", required: false))
    }

    /// Whether the string starts with a visible ASCII character (then trimming whitespace
    /// cannot empty it, and the costly trim is skipped).
    static func startsVisibly(_ s: String) -> Bool {
        guard let first = s.utf8.first else { return false }
        return first > 0x20 && first < 0x7F
    }

    /// `governs: {country: ID, since: YYYY-MM-DD, cues: [...]}`.
    static func governance<N: LexiconNode>(_ node: N?, path: String) throws -> Governance? {
        guard let node else { return nil }
        guard node.isMapping, let country = node.value(forKey: "country")?.scalarString,
              let sinceText = node.value(forKey: "since")?.scalarString else {
            throw problem(node, path, "\"governs\" needs country and since (YYYY-MM-DD)")
        }
        guard let since = CalendarDate(iso: sinceText), since.day != nil else {
            throw problem(node.value(forKey: "since") ?? node, path, "\"since\" must be a date, YYYY-MM-DD")
        }
        let cues = node.value(forKey: "cues")?.items?.compactMap { $0.scalarString } ?? []
        return Governance(country: country, since: since, cues: cues)
    }

    /// `in_context: [{when: [ID, ...], aliases: [NAME, ...]}, ...]`.
    static func contextual<N: LexiconNode>(_ node: N?, path: String) throws -> [ContextualAliases] {
        guard let node else { return [] }
        guard let list = node.items else {
            throw problem(node, path, "\"in_context\" must be a list of {when: [ids], aliases: [names]}")
        }
        return try list.map { item in
            func names(_ key: String) throws -> [String] {
                guard let value = item.value(forKey: key), let seq = value.items, !seq.isEmpty else {
                    throw problem(item, path, "\"in_context\" items need \"\(key)\": a non-empty list of strings")
                }
                return try seq.map { n in
                    guard let s = n.scalarString, !s.isEmpty else { throw problem(n, path, "\"\(key)\" items must be strings") }
                    return s
                }
            }
            return ContextualAliases(when: try names("when"), aliases: try names("aliases"))
        }
    }

    static func problem<N: LexiconNode>(_ node: N, _ path: String, _ message: String) -> ExtractionError {
        .malformedLexicon(path: path, line: node.line, column: node.column, problem: message)
    }

    static func located(_ error: YamlError, path: String) -> ExtractionError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .malformedLexicon(path: path, line: mark.line, column: mark.column, problem: problem)
        case let .reader(problem, _, _, _):
            return .malformedLexicon(path: path, line: 1, column: 1, problem: problem)
        default:
            return .malformedLexicon(path: path, line: 1, column: 1, problem: "\(error)")
        }
    }
}
