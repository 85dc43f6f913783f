import Foundation
import ParleyModel
import Testing

/// `CorpusJSONReader` reads events.json into the values `JSONDecoder` gives through the
/// Codable conformances (`Corpus(decodingJSON:)`), on what Parley writes and on what a
/// person or another tool might write instead.
@Suite struct CorpusJSONReaderTests {
    /// Both readings of `bytes`, which must agree; returns the reader's.
    func read(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> Corpus {
        let fast = try Corpus(jsonBytes: bytes)
        let foundation = try Corpus(decodingJSON: Data(bytes))
        #expect(fast == foundation, sourceLocation: sourceLocation)
        return fast
    }

    func read(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Corpus {
        try read(Array(text.utf8), sourceLocation: sourceLocation)
    }

    @Test func readsBackWhatParleyAndJSONEncoderWrite() throws {
        let texts = ["plain", "", CorpusJSONWriterTests.awkward, "\\\"quoted\\\"", "tab\there\nline\r\u{0}\u{1F}\u{7F}",
                     "\u{10FFFF}\u{E000}\u{FFFF}", String(repeating: "é😀", count: 300)]
        for text in texts {
            let corpus = CorpusJSONWriterTests().corpus(text)
            #expect(try read(Array(corpus.jsonData())) == corpus, "text: \(text.debugDescription)")
            #expect(try read(Array(corpus.encodedJSONData())) == corpus, "text: \(text.debugDescription)")
        }
        #expect(try read(Array(Corpus().jsonData())) == Corpus())
    }

    @Test func readsBackGeneratedCorpora() throws {
        var random = SplitMix64(6)
        for round in 0..<40 {
            let corpus = RandomCorpus.make(&random, events: round % 7 == 0 ? 0 : random.below(30))
            let json = try corpus.jsonData()
            #expect(try read(Array(json)) == corpus, "round \(round)")
            // Minified, keys in another order: what JSONSerialization writes. It drops a
            // U+FEFF that ends a string, so the two readings are compared with each other only.
            let object = try JSONSerialization.jsonObject(with: json)
            let compact = try JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])
            #expect(try read(Array(compact)).events.count == corpus.events.count, "round \(round), compact")
        }
    }

    /// An event written with every optional key left out, and one with them all null.
    @Test func absentAndNullOptionalKeysTakeTheDecoderDefaults() throws {
        let sparse = try read("""
        {"schema": "parley/1",
         "documents": [{"id": "d", "path": "d.txt"}],
         "actors": [{"id": "a", "name": "A", "kind": "city", "aliases": [], "known": false}],
         "events": [{"id": "e1", "relation": "invited", "source": "a", "target": "a", "document": "d",
                     "evidence": {"sentence": "S.", "start": 0, "end": 2}},
                    {"id": "e2", "relation": "visited", "source": "a", "target": "a", "document": "d",
                     "date": {"value": "2023-11"},
                     "evidence": {"sentence": "S.", "start": 3, "end": 5}}]}
        """)
        let e1 = sparse.events[0], e2 = sparse.events[1]
        #expect(e1.date == .undated && e1.cameo == "039" && e1.evidence.sentenceNumber == 0 && e1.sources.isEmpty)
        #expect(e2.date == EventDate(value: "2023-11", precision: .unknown, basis: .text), "a value without a basis is from the text")
        #expect(sparse.documents[0] == DocumentRecord(id: "d", path: "d.txt"))
        #expect(sparse.actors[0].country == nil && sparse.actors[0].mentions == nil)
        let nulls = try read("""
        {"schema": "parley/1",
         "documents": [{"id": "d", "path": "d.txt", "title": null, "published": null, "url": null}],
         "actors": [{"id": "a", "name": "A", "kind": "group", "aliases": [], "country": null, "known": true, "mentions": null}],
         "events": [{"id": "e1", "relation": "criticizes", "source": "a", "target": "a", "document": "d", "location": null,
                     "cameo": null, "sources": null,
                     "date": {"value": null, "precision": null, "text": null, "basis": null, "alternatives": null},
                     "evidence": {"sentence": "S.", "start": 0, "end": 2, "sentence_number": null}}]}
        """)
        #expect(nulls.events[0].date == .undated && nulls.events[0].cameo == "111" && nulls.events[0].location == nil)
        let undated = try read(#"{"schema": "x", "documents": [], "actors": [], "events": [{"id": "e", "relation": "opposes", "source": "a", "target": "b", "document": "d", "date": null, "evidence": {"sentence": "", "start": 0, "end": 0}}]}"#)
        #expect(undated.schema == "x" && undated.events[0].date == .undated)
    }

    /// Dates at every precision and basis, with alternatives, and a told-twice event.
    @Test func readsAlternativeDatesAndSources() throws {
        let corpus = try read("""
        {"events": [{"evidence": {"end": 9, "sentence_number": 4, "start": 1, "sentence": "x"},
                     "sources": [{"document": "d", "evidence": {"sentence": "x", "start": 1, "end": 9, "sentence_number": 4}},
                                 {"evidence": {"sentence": "y", "start": 7, "end": 8}, "document": "f"}],
                     "date": {"basis": "publication", "alternatives": [{"reading": "Solar Hijri", "value": "2023-11-23"},
                                                                       {"value": "2023", "reading": "previous month"}],
                              "precision": "year", "text": "this year", "value": "2023"},
                     "document": "d", "target": "b", "source": "a", "relation": "seeks_support_from", "id": "e9",
                     "cameo": "999", "location": "Dushanbe"}],
         "actors": [], "documents": [], "schema": "parley/1"}
        """)
        let e = try #require(corpus.events.first)
        #expect(e.date.basis == .publication && e.date.precision == .year && e.date.text == "this year")
        #expect(e.date.alternatives == [AlternativeDate(value: "2023-11-23", reading: "Solar Hijri"),
                                        AlternativeDate(value: "2023", reading: "previous month")])
        #expect(e.sources.map(\.document) == ["d", "f"] && e.sources[1].evidence.sentenceNumber == 0)
        #expect(e.cameo == "999" && e.location == "Dushanbe" && e.relation == .seeksSupportFrom)
    }

    /// Escapes, escaped keys, unknown keys with nested values, repeated keys (the first
    /// wins), integers written as 5.0 or 1e1, trailing commas: JSON that Parley does not
    /// write but JSONDecoder accepts.
    @Test func readsWhatJSONDecoderAccepts() throws {
        let corpus = try read(#"""
        {"schema": "parley\/1", "extra": {"nested": [1, -2.5e3, true, false, null, {"a": [[]]}, "\ud800"], "n": 1-2},
         "documents": [{"id": "d", "path": "\u0064.txt", "title": "\"Tab\"\tand\u00e9 \ud83d\ude00 \u2028 \u0000 \/ \\", "id": "ignored",}],
         "actors": [{"\u0069d": "a", "name": "Ḥaqqānī 中文 עברית", "kind": "person", "aliases": ["x", "y",], "known": true,
                     "mentions": 5.0}],
         "events": [{"id": "e1", "relation": "met_with", "source": "a", "target": "b", "document": "d",
                     "evidence": {"sentence": "S", "start": 1e1, "end": -0, "sentence_number": 100e-2, "start": "ignored"}},],
         "events": "ignored"}
        """#)
        #expect(corpus.schema == "parley/1")
        #expect(corpus.documents[0].path == "d.txt" && corpus.documents[0].id == "d")
        #expect(corpus.documents[0].title == "\"Tab\"\tand\u{E9} 😀 \u{2028} \u{0} / \\")
        #expect(corpus.actors[0].id == "a" && corpus.actors[0].aliases == ["x", "y"] && corpus.actors[0].mentions == 5)
        #expect(corpus.events[0].evidence.start == 10 && corpus.events[0].evidence.end == 0 && corpus.events[0].evidence.sentenceNumber == 1)
    }

    @Test func readsUTF8WithAByteOrderMarkAndUTF16AndUTF32() throws {
        let corpus = CorpusJSONWriterTests().corpus("Kabul 😀 é")
        let text = String(decoding: try corpus.jsonData(), as: UTF8.self)
        #expect(try read([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == corpus)
        let le = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try read([0xFF, 0xFE] + le) == corpus)
        #expect(try read(be) == corpus, "UTF-16 told by its zero bytes, without a byte order mark")
        let utf32 = text.unicodeScalars.flatMap { s in (0..<4).map { UInt8(truncatingIfNeeded: s.value >> (8 * $0)) } }
        #expect(try read(utf32) == corpus)
    }

    /// Deep nesting in an unknown key: up to 512 levels, as JSONDecoder allows.
    @Test func nestingIsBoundAt512Levels() throws {
        func nested(_ levels: Int) -> String {
            #"{"schema": "s", "documents": [], "actors": [], "events": [], "x": "# + String(repeating: "[", count: levels - 1)
                + String(repeating: "]", count: levels - 1) + "}"
        }
        #expect(try read(nested(512)).schema == "s")
        #expect(throws: CorpusJSONError.self) { try Corpus(jsonBytes: Array(nested(513).utf8)) }
        #expect(throws: (any Error).self) { try Corpus(decodingJSON: Data(nested(513).utf8)) }
    }
}
