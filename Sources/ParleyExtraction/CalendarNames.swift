import Foundation
import Yams

/// Month names of the Solar Hijri and Islamic calendars, read from `Lexicons/calendars.yaml`
/// and matched against the tokenizer's output.
///
/// The names are data because their transliterations vary without end ("Rabi al-Awwal",
/// "Rabi' ul Awwal", "Rabi-ul-Awwal") and adding one should not need a rebuild of the code.
/// Every spelling is tokenized with the same `Tokenizer` the documents go through, so a
/// name matches exactly the tokens the text produces (hyphenated "al-awwal" is one token,
/// the apostrophe of "rabi' al-awwal" a token of its own, "sha'ban" a single word).
public struct CalendarNames: Sendable {
    /// One spelling of a month, as folded tokens.
    struct Name: Sendable {
        var tokens: [String]
        var month: Int
    }

    /// Solar Hijri names by their first token, longest first.
    var solarHijri: [String: [Name]]
    /// Islamic names by their first token, longest first.
    var islamic: [String: [Name]]

    /// The month names that ship with Parley.
    public static func bundled() throws -> CalendarNames {
        let path = "Lexicons/calendars.yaml"
        guard let url = LexiconResources.url("calendars"),
              let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw ExtractionError.missingResource(path)
        }
        return try parse(yaml: text, path: path)
    }

    /// Reads the `solar_hijri:` and `islamic:` lists of twelve months each.
    ///
    /// Built from the YAML node tree rather than `YAMLDecoder` so that every problem (a
    /// missing month, a spelling given to two months) is reported at its line and column.
    static func parse(yaml: String, path: String) throws -> CalendarNames {
        if let document = YAMLSubsetReader.read(yaml) { return try names(document.root, path: path) }
        let root: Node?
        do { root = try Yams.compose(yaml: yaml, Resolver.basic) } catch let error as YamlError { // strings only
            throw LexiconLoader.located(error, path: path)
        }
        return try names(root, path: path)
    }

    static func names<N: LexiconNode>(_ root: N?, path: String) throws -> CalendarNames {
        guard let root, root.isMapping else {
            throw ExtractionError.malformedLexicon(path: path, line: 1, column: 1,
                                                   problem: "expected a mapping with solar_hijri: and islamic: lists")
        }
        func calendar(_ key: String) throws -> [String: [Name]] {
            guard let node = root.value(forKey: key) else {
                throw LexiconLoader.problem(root, path, "missing \"\(key):\", a list of twelve months")
            }
            guard let months = node.items, months.count == 12 else {
                throw LexiconLoader.problem(node, path, "\"\(key)\" must list twelve months, each a list of spellings")
            }
            return try index(months, path: path)
        }
        return CalendarNames(solarHijri: try calendar("solar_hijri"), islamic: try calendar("islamic"))
    }

    /// Tokenizes every spelling and groups them by first token, rejecting a spelling that
    /// names two different months (a lookup could not tell which one the text meant).
    static func index<N: LexiconNode>(_ months: [N], path: String) throws -> [String: [Name]] {
        let tokenizer = Tokenizer()
        var owner: [[String]: Int] = [:]
        var byFirst: [String: [Name]] = [:]
        for (offset, monthNode) in months.enumerated() {
            let month = offset + 1
            guard let spellings = monthNode.items, !spellings.isEmpty else {
                throw LexiconLoader.problem(monthNode, path, "month \(month) must be a list of spellings, e.g. [farvardin, hamal]")
            }
            for node in spellings {
                guard let spelling = node.scalarString else {
                    throw LexiconLoader.problem(node, path, "a month name must be a string")
                }
                let scalars = Array(spelling.unicodeScalars)
                let tokens = tokenizer.tokens(in: scalars, range: 0..<scalars.count).map(\.folded)
                guard let first = tokens.first else {
                    throw LexiconLoader.problem(node, path, "empty month name in month \(month)")
                }
                if let other = owner[tokens] {
                    if other == month { continue } // the same spelling twice: harmless
                    throw LexiconLoader.problem(node, path, "\"\(spelling)\" already names month \(other); remove one of them")
                }
                owner[tokens] = month
                byFirst[first, default: []].append(Name(tokens: tokens, month: month))
            }
        }
        return byFirst.mapValues { $0.sorted { $0.tokens.count > $1.tokens.count } }
    }

    /// The Solar Hijri month named at the start of `words`, and how many tokens its name
    /// spans; the longest name wins. Nil when no month name starts there.
    ///
    /// `words` are the `folded` forms of consecutive tokens (lower case, apostrophes as "'"),
    /// e.g. `["12", "azar", "1402"]` from position 1. Some names are also ordinary words or
    /// personal names ("Tir", "Mehr", "Asad", "Dey", "Hut", "Aban"); this only says what
    /// the tokens could name, so a caller must require a day number or a year next to the
    /// name before reading it as a date.
    public func solarHijriMonth(_ words: [String]) -> (month: Int, length: Int)? {
        Self.longestMatch(words, in: solarHijri)
    }

    /// The Islamic month named at the start of `words` (e.g. `["rabi", "al-awwal", "1445"]`),
    /// and how many tokens its name spans; the longest name wins.
    ///
    /// As with `solarHijriMonth(_:)`, "Safar" and "Rajab" are also common personal names, so
    /// a caller must require a day number or a year next to the name before reading a date.
    public func islamicMonth(_ words: [String]) -> (month: Int, length: Int)? {
        Self.longestMatch(words, in: islamic)
    }

    static func longestMatch(_ words: [String], in index: [String: [Name]]) -> (month: Int, length: Int)? {
        guard let first = words.first, let candidates = index[first] else { return nil }
        for name in candidates where name.tokens.count <= words.count
            && zip(name.tokens, words).allSatisfy({ $0 == $1 }) {
            return (name.month, name.tokens.count)
        }
        return nil
    }
}
