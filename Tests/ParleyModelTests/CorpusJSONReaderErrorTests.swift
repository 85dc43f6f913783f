import Foundation
import ParleyModel
import Testing

/// Malformed events.json: one error that names the problem, the value it is in and its
/// line and column, never a crash; and nothing JSONDecoder would refuse is accepted.
@Suite struct CorpusJSONReaderErrorTests {
    static let head = #"{"schema": "parley/1", "documents": [], "actors": [],"# + "\n"
    static let event = #""id": "e1", "relation": "met_with", "source": "a", "target": "b", "document": "d""#
    static let evidence = #""evidence": {"sentence": "S.", "start": 0, "end": 2}"#

    /// `{"events": [{EVENT, MEMBERS}]}` after the head, the event on line 2.
    static func withEvent(_ members: String) -> String {
        head + #" "events": [{"# + event + ", " + members + "}]}"
    }

    /// The description of the reader's error on `text`, which JSONDecoder must refuse too.
    func problem(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        problem(Array(text.utf8), sourceLocation: sourceLocation)
    }

    func problem(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> String {
        #expect((try? Corpus(decodingJSON: Data(bytes))) == nil, "JSONDecoder accepts it", sourceLocation: sourceLocation)
        do {
            _ = try Corpus(jsonBytes: bytes)
            Issue.record("accepted", sourceLocation: sourceLocation)
            return ""
        } catch let error as CorpusJSONError {
            #expect(!error.description.contains("\n"), "one line", sourceLocation: sourceLocation)
            return error.description
        } catch {
            Issue.record("not a CorpusJSONError: \(error)", sourceLocation: sourceLocation)
            return ""
        }
    }

    @Test func schemaProblemsNameTheValueAndItsPlace() {
        #expect(problem(Self.withEvent(Self.evidence.replacingOccurrences(of: "\"start\": 0", with: "\"start\": \"0\"")))
            == "expected an integer, found a string at events[0].evidence.start (line 2, column 137)")
        #expect(problem(Self.withEvent(#""date": {"precision": "week"}, "# + Self.evidence))
            == "unknown precision \"week\" (valid: day, month, year, unknown) at events[0].date.precision (line 2, column 119)")
        #expect(problem(Self.head + #" "events": [{"id": "e1", "relation": "meets"}]}"#)
            == "unknown relation \"meets\" (valid: met_with, visited, hosted_by, invited, seeks_support_from, supports, criticizes, opposes) at events[0].relation (line 2, column 38)")
        #expect(problem(Self.withEvent(#""sources": [{"document": "d"}], "# + Self.evidence))
            == "missing \"evidence\" at events[0].sources[0] (line 2, column 109)")
        #expect(problem(Self.withEvent("\"x\": 1")) == "missing \"evidence\" at events[0] (line 2, column 13)")
        #expect(problem(Self.withEvent(#""evidence": null"#)) == "expected an object, found null at events[0].evidence (line 2, column 109)")
        #expect(problem(#"{"schema": "parley/1", "documents": [], "events": []}"#) == "missing \"actors\" at top level (line 1, column 1)")
        #expect(problem(#"{"schema": "parley/1", "documents": [{"id": "d", "path": 7}]}"#)
            == "expected a string, found a number at documents[0].path (line 1, column 58)")
        #expect(problem(#"{"actors": [{"id": "a", "name": "A", "kind": "nation"}]}"#)
            == "unknown actor kind \"nation\" (valid: person, organization, government, country, city, group) at actors[0].kind (line 1, column 46)")
        #expect(problem(#"{"actors": [{"id": "a", "name": "A", "kind": "city", "aliases": [], "known": 1}]}"#)
            == "expected true or false, found a number at actors[0].known (line 1, column 78)")
        #expect(problem(#"{"actors": [{"id": "a", "name": "A", "kind": "city", "aliases": ["x", 2]}]}"#)
            == "expected a string, found a number at actors[0].aliases[1] (line 1, column 71)")
        #expect(problem("[]") == "expected an object, found an array at top level (line 1, column 1)")
        #expect(problem("null") == "expected an object, found null at top level (line 1, column 1)")
    }

    @Test func numbersThatAreNoIntegersAreRefused() {
        func start(_ number: String) -> String {
            problem(Self.withEvent(Self.evidence.replacingOccurrences(of: "\"start\": 0", with: "\"start\": \(number)")))
        }
        #expect(start("1.5") == "expected an integer, found 1.5 at events[0].evidence.start (line 2, column 137)")
        #expect(start("1e-2").hasPrefix("expected an integer, found 1e-2 at"))
        #expect(start("1e400").hasPrefix("expected an integer, found 1e400 at"))
        #expect(start("9223372036854775808").hasPrefix("number 9223372036854775808 does not fit in an integer at"))
        #expect(start("1e19").hasPrefix("expected an integer, found 1e19 at"))
        #expect(start(".5") == "expected an integer, found '.' at events[0].evidence.start (line 2, column 137)")
        for bad in ["01", "-", "1.", "1e", "1-2", "--1", "-01"] {
            #expect(start(bad).hasPrefix("invalid number \(bad) at events[0].evidence.start"), "\(bad)")
        }
    }

    @Test func syntaxProblemsAreLocated() {
        #expect(problem("") == "expected an object, found the end of the file at top level (line 1, column 1)")
        #expect(problem(#"{"schema": "parley/1", "documents": ["#) == "unexpected end of file in an array at documents (line 1, column 38)")
        #expect(problem(#"{"schema": "parley/1" "documents": []}"#) == "expected ',' or '}' after a member, found a string at top level (line 1, column 23)")
        #expect(problem(#"{"schema" "parley/1"}"#) == "expected ':' after a member name, found a string at top level (line 1, column 11)")
        #expect(problem(#"{schema: 1}"#) == "expected a member name in double quotes, found 's' at top level (line 1, column 2)")
        #expect(problem(#"{"schema": "parley/1",, "documents": []}"#) == "expected a member name in double quotes, found ',' at top level (line 1, column 23)")
        #expect(problem(#"{"schema": "parley/1", "documents": [], "actors": [], "events": []}"# + "\n}")
            == "unexpected '}' after the end of the top-level object at top level (line 2, column 1)")
        #expect(problem(#"{"schema": "parley/1", "x": [1, 2,, 3]}"#) == "expected a value, found ',' at top level (line 1, column 35)")
        #expect(problem(#"{"schema": "parley/1", "x": tru}"#) == "expected a value, found 't' at top level (line 1, column 29)")
        #expect(problem(#"{"schema": "parley/1"  "#) == "unexpected end of file in an object at top level (line 1, column 24)")
        #expect(problem("{\"schema\": \"é\u{1F600}\", \"documents\": [x]}") == "expected an object, found 'x' at documents[0] (line 1, column 32)",
                "columns count characters, not bytes")
    }

    @Test func badStringsAreRefusedWhereTheyAreRead() {
        #expect(problem(#"{"schema": "a\qb"}"#) == #"invalid escape \q in a string at schema (line 1, column 14)"#)
        #expect(problem(#"{"schema": "\ud800"}"#) == #"\uD800 (a high surrogate) is not followed by a low surrogate at schema (line 1, column 13)"#)
        #expect(problem(#"{"schema": "\udc00x"}"#) == #"\uDC00 is a low surrogate without a high one at schema (line 1, column 13)"#)
        #expect(problem(#"{"schema": "\u12"}"#) == #"\u needs four hexadecimal digits at schema (line 1, column 13)"#)
        #expect(problem(#"{"schema": "abc"#) == "unterminated string at schema (line 1, column 12)")
        #expect(problem(Array(#"{"schema": "a"#.utf8) + [0x09] + Array(#""}"#.utf8))
            == #"unescaped control character U+0009 in a string (write it as \u0009) at schema (line 1, column 14)"#)
        #expect(problem(Array(#"{"schema": "a"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)) == "invalid UTF-8 in a string at schema (line 1, column 12)")
        #expect(problem(Array(#"{"schema": "\n"#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8)) == "invalid UTF-8 in a string at schema (line 1, column 12)",
                "an encoded surrogate is no UTF-8")
        #expect(problem(Array(#"{""#.utf8) + [0xFF] + Array(#"": 1}"#.utf8)) == "invalid UTF-8 in a member name at top level (line 1, column 2)")
    }

    /// Every prefix of a valid events.json, and single-byte damage anywhere in it: the
    /// reader never crashes, accepts exactly what JSONDecoder accepts among these, with
    /// the same values, and says where the problem is when it refuses.
    @Test func damagedFilesAreRefusedLikeJSONDecoderDoes() throws {
        var random = SplitMix64(42)
        let corpus = RandomCorpus.make(&random, events: 3)
        let valid = Array(try corpus.jsonData())
        var inputs = (0..<valid.count).map { Array(valid.prefix($0)) }
        let replacements: [UInt8] = Array("{}[],:\"\\ 0-1.eEtfnul/".utf8) + [0x00, 0x0A, 0x80, 0xC3, 0xFF]
        for _ in 0..<3000 {
            var damaged = valid
            let k = random.below(damaged.count)
            switch random.below(3) {
            case 0: damaged.remove(at: k)
            case 1: damaged.insert(replacements[random.below(replacements.count)], at: k)
            default: damaged[k] = replacements[random.below(replacements.count)]
            }
            inputs.append(damaged)
        }
        var refused = 0
        for bytes in inputs {
            let foundation = try? Corpus(decodingJSON: Data(bytes))
            do {
                let fast = try Corpus(jsonBytes: bytes)
                #expect(fast == foundation, "\(String(decoding: bytes, as: UTF8.self))")
            } catch let error as CorpusJSONError {
                refused += 1
                #expect(foundation == nil, "JSONDecoder accepts what the reader refuses (\(error)): \(String(decoding: bytes, as: UTF8.self))")
                #expect(error.line >= 1 && error.column >= 1)
            }
        }
        #expect(refused > inputs.count / 2)
    }
}
