@testable import ParleyModel
import Testing

/// The string scanner skips eight bytes at a time when none of them can end a run of plain
/// ASCII, and strings are matched to keys and enumeration values in place: neither may
/// miss a byte that matters, wherever it falls in a word, or mistake one name for another.
@Suite struct JSONScanTests {
    @Test func theFirstStopByteIsFoundInEveryPlaceOfAWord() {
        for byte in 0...255 {
            let stops = byte == 0x22 || byte == 0x5C || byte < 0x20 || byte >= 0x80
            for place in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[place] = UInt8(byte)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let marks = JSONCursor.plainRunStops(UInt64(littleEndian: word))
                if stops {
                    #expect(marks.trailingZeroBitCount >> 3 == place, "byte \(byte) at \(place)")
                } else {
                    #expect(marks == 0, "byte \(byte) at \(place)")
                }
            }
        }
        // Several: the first is found, whatever follows it.
        let mixed = Array("ab\\\u{1}\"\u{80}".utf8) + [0x22, 0x5C]
        #expect(JSONCursor.plainRunStops(UInt64(littleEndian: mixed.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })).trailingZeroBitCount >> 3 == 2)
    }

    @Test func stringsOfEveryLengthEndWhereTheyEnd() throws {
        func documentID(_ raw: String) throws -> String? {
            let json = #"{"schema": "parley/1", "documents": [{"id": ""# + raw + #"", "path": "p"}], "actors": [], "events": []}"#
            return try Corpus(jsonBytes: Array(json.utf8)).documents.first?.id
        }
        for length in 0..<40 {
            let run = String(repeating: "x", count: length)
            for (raw, read) in [("", ""), (#"\n"#, "\n"), ("é", "é"), (#"\u00e9z"#, "éz"), ("yz", "yz")] {
                #expect(try documentID(run + raw) == run + read, "\(length) \(raw)")
                #expect(try documentID(raw + run) == read + run, "\(raw) \(length)")
            }
            #expect(throws: CorpusJSONError.self) { try documentID(run + "\u{1}") }
        }
    }

    @Test func keysAreFoundByLengthAndBytes() {
        let keys = JSONKeys(["id", "relation", "source", "target", "location", "document", "evidence", "sources", ""])
        for (k, name) in ["id", "relation", "source", "target", "location", "document", "evidence", "sources", ""].enumerated() {
            #expect(keys.index(of: Array(name.utf8)) == k)
        }
        for other in ["ids", "i", "relatioN", "evidencf", "sourcesx", "a-much-longer-name"] {
            #expect(keys.index(of: Array(other.utf8)) == -1)
        }
    }

    @Test func enumerationValuesAreMatchedInPlaceOrReadInFull() throws {
        func relation(_ raw: String) throws -> RelationType? {
            let json = #"{"schema": "parley/1", "documents": [{"id": "d", "path": "p"}], "actors": [], "events": [{"id": "e1", "#
                + #""relation": "# + raw + #", "source": "a", "target": "b", "document": "d", "#
                + #""evidence": {"sentence": "s", "start": 0, "end": 1}}]}"#
            return try Corpus(jsonBytes: Array(json.utf8)).events.first?.relation
        }
        #expect(try relation(#""met_with""#) == .metWith)
        #expect(try relation(#" "opposes" "#) == .opposes)
        #expect(try relation(#""met\u005fwith""#) == .metWith, "escapes are read in full")
        #expect(throws: CorpusJSONError.self) { try relation(#""met_wit""#) }
        #expect(throws: CorpusJSONError.self) { try relation("null") }
    }
}
