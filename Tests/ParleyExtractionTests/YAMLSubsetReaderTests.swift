import Foundation
@testable import ParleyExtraction
import ParleyModel
import Testing
import Yams

/// `YAMLSubsetReader` reads exactly what Yams reads, or nothing: the bundled files give the
/// same trees, lexicons and grammar values either way, texts outside the subset go to
/// Yams, and errors keep their messages and places.
@Suite struct YAMLSubsetReaderTests {
    static func bundledText(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Lexicons"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Every YAML file of the bundled Lexicons folder.
    static var bundledNames: [String] {
        guard let cues = Bundle.module.url(forResource: "cues", withExtension: "yaml", subdirectory: "Lexicons"),
              let files = try? FileManager.default.contentsOfDirectory(atPath: cues.deletingLastPathComponent().path) else { return [] }
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The first difference between the two trees, nil when they are the same (strings,
    /// structure, plain or quoted, marks).
    static func difference(_ a: YAMLSubsetNode, _ b: Node, at path: String = "") -> String? {
        guard a.line == b.mark?.line, a.column == b.mark?.column else {
            return "\(path): mark \(a.line):\(a.column) vs \(b.mark.map { "\($0.line):\($0.column)" } ?? "none")"
        }
        switch (a.content, b) {
        case let (.scalar(s, plain), .scalar(t)):
            guard s == t.string, plain == (t.style == .plain), b.tag.description == Tag.Name.str.rawValue else {
                return "\(path): \(s) (plain \(plain)) vs \(t.string) (\(t.style), \(b.tag))"
            }
            return nil
        case let (.sequence(items), .sequence(seq)):
            guard items.count == seq.count else { return "\(path): \(items.count) vs \(seq.count) items" }
            for (k, (x, y)) in zip(items, seq).enumerated() {
                if let d = difference(x, y, at: "\(path)[\(k)]") { return d }
            }
            return nil
        case let (.mapping(pairs), .mapping(map)):
            guard pairs.count == map.count else { return "\(path): \(pairs.count) vs \(map.count) pairs" }
            for (x, y) in zip(pairs, map) {
                let at = "\(path).\(x.key.string ?? "?")"
                if let d = difference(x.key, y.key, at: at) ?? difference(x.value, y.value, at: at) { return d }
            }
            return nil
        default:
            return "\(path): \(a.content) vs \(b)"
        }
    }

    /// Nil when the reader declines `text` or reads the tree Yams composes; otherwise what differs.
    static func disagreement(_ text: String) -> String? {
        guard let document = YAMLSubsetReader.read(text) else { return nil }
        let composed: Node?
        do { composed = try Yams.compose(yaml: text, Resolver.basic) } catch {
            return "read text Yams rejects (\(error))"
        }
        switch (document.root, composed) {
        case (nil, nil): return nil
        case let (a?, b?): return difference(a, b)
        default: return "root \(String(describing: document.root)) vs \(String(describing: composed))"
        }
    }

    @Test func everyBundledFileIsInTheSubsetAndReadAsYamsReadsIt() throws {
        #expect(Self.bundledNames.count >= 9)
        for name in Self.bundledNames {
            let text = try Self.bundledText(name)
            #expect(YAMLSubsetReader.read(text)?.root != nil, "\(name).yaml left the subset")
            #expect(Self.disagreement(text) == nil, "\(name).yaml: \(Self.disagreement(text) ?? "")")
        }
    }

    @Test func bundledPacksGiveTheSameLexiconEitherWay() throws {
        for pack in Lexicon.bundledPacks {
            let text = try Self.bundledText(pack)
            let root = try #require(YAMLSubsetReader.read(text)?.root)
            let fast = try LexiconLoader.lexicon(root, path: pack)
            let slow = try LexiconLoader.lexicon(try Yams.compose(yaml: text, Resolver.basic), path: pack)
            #expect(fast.order == slow.order, "\(pack)")
            #expect(fast.entries == slow.entries, "\(pack)")
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func bundledGrammarDecodesTheSameEitherWay() throws {
        let cuesText = try Self.bundledText("cues"), relationsText = try Self.bundledText("relations")
        let cues = try #require(YAMLSubsetDecoder.decode(Cues.self, from: cuesText))
        #expect(try Self.json(cues) == Self.json(try YAMLDecoder().decode(Cues.self, from: cuesText)))
        let frames = try #require(YAMLSubsetDecoder.decode(RelationFrames.self, from: relationsText))
        #expect(try Self.json(frames) == Self.json(try YAMLDecoder().decode(RelationFrames.self, from: relationsText)))

        let namesText = try Self.bundledText("names")
        let names = try #require(YAMLSubsetDecoder.decode(Grammar.Names.self, from: namesText))
        #expect(names.givenNames == (try YAMLDecoder().decode(Grammar.Names.self, from: namesText)).givenNames)

        let datesText = try Self.bundledText("dates")
        let a = try #require(YAMLSubsetDecoder.decode(DateWords.self, from: datesText))
        let b = try YAMLDecoder().decode(DateWords.self, from: datesText)
        #expect(a.months == b.months && a.weekdays == b.weekdays && a.numbers == b.numbers)
        #expect(a.vagueQuantities == b.vagueQuantities && a.units == b.units && a.seasons == b.seasons)
        #expect(a.dayParts == b.dayParts && a.periodModifiers == b.periodModifiers && a.approximators == b.approximators)
        #expect(a.presentRefs == b.presentRefs && a.pastRefs == b.pastRefs && a.futureRefs == b.futureRefs)
        #expect(a.futureCues == b.futureCues && a.forwardPrepositions == b.forwardPrepositions)
        #expect(a.bareDurationBefore == b.bareDurationBefore && a.bareDurationAfter == b.bareDurationAfter)
    }

    @Test func bundledCalendarNamesAreTheSameEitherWay() throws {
        let text = try Self.bundledText("calendars")
        let fast = try CalendarNames.names(try #require(YAMLSubsetReader.read(text)?.root), path: "c")
        let slow = try CalendarNames.names(try Yams.compose(yaml: text, Resolver.basic), path: "c")
        func flat(_ index: [String: [CalendarNames.Name]]) -> [String: [String]] {
            index.mapValues { $0.map { "\($0.month) \($0.tokens)" } }
        }
        #expect(flat(fast.solarHijri) == flat(slow.solarHijri))
        #expect(flat(fast.islamic) == flat(slow.islamic))
    }

    @Test func textsOutsideTheSubsetAreLeftToYams() {
        let outside = [
            "- id: a\n\tname: A\n", // tab
            "- &x id: a\n", "- id: *x\n", "- id: !!str a\n", // anchor, alias, tag
            "- id: |\n    a\n", "- id: >\n    a\n", // block scalars
            "- id: a\n  name: A\n    B\n", // plain scalar continued
            "- id: a\n  name:\n", "- id:\n  name: A\n", // empty values
            "- id: a\n  id: b\n", "{a: 1, a: 2}\n", "k: {a: 1, a: 2}\n", // duplicate keys
            "- id: \"a\\nb\"\n", "- id: \"a\nb\"\n", "- id: 'a\n  b'\n", // escapes, quoted across lines
            "---\n- id: a\n", "- id: a\n...\n", "%YAML 1.1\n---\n- a\n", // markers, directives
            "- \"id\": a\n", "k: [a, b,]\n", "k: [a: b]\n", "k: [a\n  b]\n", // quoted key, trailing comma, pair, continued
            "k: [what?]\n", "k: [a:b]\n", "k: [a#b]\n", // flow scalars the subset leaves out
            "k:\n- a\n", "- - a\n", "-\n  a\n", "- a\n  - b\n", // indentless, nested, entry below
            "k: a: b\n", "k: a\n  : b\n", "k: -a\n", "k: ?a\n", "k: @a\n", // nested key, indicators
            "k: a\r\n", "k: \u{85}a\n", "\u{FEFF}k: a\n", "k: a\u{2028}\n", // breaks, BOM
            "a\n", "[a, b]\n", "'a'\n", "k: [a, b] c\n", "k: [a]#c\n", // top-level scalars, trailing text
        ]
        for text in outside {
            #expect(YAMLSubsetReader.read(text) == nil, "\(text.debugDescription)")
        }
    }

    @Test func textsInsideTheSubsetAreReadAsYamsReadsThem() {
        let inside = [
            "", "# only a comment\n\n", "- a\n- 'b' # c\n- \"c \\\"d\\\" \\\\\"\n",
            "- id: a\n  name: It's  A  \n  aliases: [x, 'y''s', \"z, w\", lenín]\n",
            "k: {country: x, since: 2021-08-15,\n     cues: [a b, c]}\n",
            "given: [\n  # names\n  a, b,\n  c\n]\n",
            "  - k: v\n    l: [[a, b], [c]]\n  - m: {}\n  - n: []\n",
            "a:\n  b:\n    - c: d\n      e: f\n\n    - g: h\n  i: j\n",
            "k: http://x.y/z:w\n", "k: a#b\n", "k: AT&T [x] {y}, z\n", "ü: ä ö\n",
            "k: [a,\nb]\n", "- k: [a,\n b]\n  l: c\n",
        ]
        for text in inside {
            #expect(YAMLSubsetReader.read(text) != nil, "\(text.debugDescription) left the subset")
            #expect(Self.disagreement(text) == nil, "\(text.debugDescription): \(Self.disagreement(text) ?? "")")
        }
    }

    /// Texts near the subset's edge, made by inserting and deleting characters that matter
    /// to YAML: the reader declines each or reads it as Yams does.
    @Test func mutatedTextsAreDeclinedOrReadAsYamsReadsThem() throws {
        let seeds = [
            "# c\n- id: a\n  name: A b\n  aliases: [x y, 'z''s', \"w, v\"]\n  governs: {country: c, since: 2021-08-15,\n            cues: [p, q]}\n  in_context:\n    - when: [t]\n      aliases: [R]\n\n- id: b\n  kind: person\n",
            "k: [a, b,\n  c]\nm:\n  - [x, y]\n  - [\"z\"]\nn: {one: 1, half: 0.5, \"anti-\": x, 'b': y}\n",
        ]
        let pieces = [" ", "\n", ":", ": ", "-", "- ", "#", " #", ",", "[", "]", "{", "}", "\"", "'", "\\", "&", "*", "!", "|", ">", "?", "%", "@", "`", "---", "  ", "é", "\u{A0}"]
        var generator = SplitMix64(7)
        var checked = 0, read = 0
        for seed in seeds {
            let chars = Array(seed)
            for _ in 0..<3000 {
                var text = chars
                for _ in 0..<(1 + Int(generator.next() % 3)) {
                    let at = Int(generator.next() % UInt64(text.count + 1))
                    if generator.next() % 3 == 0, at < text.count {
                        text.remove(at: at)
                    } else {
                        text.insert(contentsOf: pieces[Int(generator.next() % UInt64(pieces.count))], at: at)
                    }
                }
                let mutated = String(text)
                if let d = Self.disagreement(mutated) {
                    Issue.record("\(mutated.debugDescription): \(d)")
                }
                if YAMLSubsetReader.read(mutated) != nil { read += 1 }
                checked += 1
            }
        }
        #expect(checked == 6000)
        #expect(read > 1000, "\(read) read") // the test must reach the reader's edge from both sides
    }

    /// Lexicons in the subset with errors of content: the same error, at the same place,
    /// as through Yams.
    @Test func lexiconErrorsAreTheSameEitherWay() throws {
        let bad = [
            "- id: a\n  name: A\n  kind: planet\n", "- id: a\n  kind: person\n", "- id: a\n  name: A\n  colour: red\n",
            "- id: a\n  name: A\n  kind: person\n  aliases: x\n", "- id: a\n  name: A\n  kind: person\n  aliases: [[x]]\n",
            "- id: a\n  name: A\n  kind: person\n  aliases: ['']\n", "- id: ' '\n  name: A\n  kind: person\n",
            "- id: a\n  name: A\n  kind: government\n  governs: {country: c}\n",
            "- id: a\n  name: A\n  kind: government\n  governs: {country: c, since: 2021}\n",
            "- id: a\n  name: A\n  kind: government\n  governs: [c]\n",
            "- id: a\n  name: A\n  kind: group\n  in_context: {when: [b]}\n",
            "- id: a\n  name: A\n  kind: group\n  in_context:\n    - when: [b]\n",
            "- id: a\n  name: A\n  kind: group\n  in_context:\n    - when: [b]\n      aliases: [{x: y}]\n",
            "- [a]\n", "id: a\n", "- id: [a]\n  name: A\n  kind: person\n",
        ]
        for text in bad {
            #expect(YAMLSubsetReader.read(text) != nil, "\(text.debugDescription) left the subset")
            let viaYams = Result { try LexiconLoader.lexicon(try Yams.compose(yaml: text, Resolver.basic), path: "u.yaml") }
            let viaParse = Result { try LexiconLoader.parse(yaml: text, path: "u.yaml") }
            switch (viaYams, viaParse) {
            case let (.failure(a), .failure(b)): #expect("\(a)" == "\(b)")
            default: Issue.record("\(text.debugDescription): expected an error both ways")
            }
        }
    }

    @Test func decoderLeavesOtherSpellingsToYams() {
        struct Frame: Decodable { var gap: Int?; var swap: Bool?; var share: Double?; var name: String? }
        #expect(YAMLSubsetDecoder.decode(Frame.self, from: "gap: 4\nswap: true\nshare: 0.5\nname: no\n").map {
            "\($0.gap!) \($0.swap!) \($0.share!) \($0.name!)"
        } == "4 true 0.5 no")
        #expect(YAMLSubsetDecoder.decode(Frame.self, from: "gap: ~\n").map { $0.gap == nil } == true)
        struct Outer: Decodable { var f: Frame }
        #expect(YAMLSubsetDecoder.decode(Outer.self, from: "f: {'gap': 1}\n")?.f.gap == 1)
        #expect(YAMLSubsetDecoder.decode(Outer.self, from: "f: {\"true\": 1}\n") == nil) // Yams would not find it by "true"
        for text in ["gap: 007\n", "gap: 0x10\n", "gap: -0\n", "gap: '4'\n", "gap: 1_000\n", "swap: yes\n",
                     "swap: 'true'\n", "share: .5\n", "share: 1e3\n", "gap: [4]\n", "name: [a]\n", "<<: {gap: 1}\n"] {
            #expect(YAMLSubsetDecoder.decode(Frame.self, from: text) == nil, "\(text.debugDescription)")
        }
    }
}
