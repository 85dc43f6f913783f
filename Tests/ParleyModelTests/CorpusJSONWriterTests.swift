import Foundation
import ParleyModel
import Testing

/// `jsonData()` writes events.json by hand; these hold it to `JSONEncoder`'s bytes.
@Suite struct CorpusJSONWriterTests {
    /// Every ASCII character (controls included), non-ASCII letters, combining marks,
    /// line and paragraph separators, an emoji, a slash and a byte-order mark.
    static let awkward: String = {
        var s = ""
        for v in 0..<0x80 { s.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        return s + "é a\u{301} \u{2028}\u{2029}\u{85}\u{A0}😀 / \u{FEFF}\u{FFFD} Ḥaqqānī ‘’“”"
    }()

    func corpus(_ text: String) -> Corpus {
        let evidence = Evidence(sentence: text, start: 0, end: 12, sentenceNumber: 1)
        var dated = Event(id: "e1", relation: .metWith, source: "a\(text)", target: "b", document: "d1", evidence: evidence)
        dated.date = EventDate(value: "2023-12-02", precision: .day, text: text, basis: .text,
                               alternatives: [AlternativeDate(value: "2023-11-23", reading: "Solar Hijri"),
                                              AlternativeDate(value: text, reading: text)])
        dated.location = text
        dated.sources = [EventSource(document: "d1", evidence: evidence), EventSource(document: "d2", evidence: evidence)]
        let undated = Event(id: "e2", relation: .opposes, source: "b", target: "c", document: "d2", evidence: evidence)
        return Corpus(documents: [DocumentRecord(id: "d1", path: "x/\(text).txt", title: text, published: "2023-12-06", url: "https://x.org/?a=1&b=\(text)"),
                                  DocumentRecord(id: "d2", path: "y.txt")],
                      actors: [Actor(id: "a", name: text, kind: .person, aliases: [text, "B"], country: "RUS", known: true, mentions: 3),
                               Actor(id: "b", name: "B", kind: .group, known: false),
                               Actor(id: "c", name: "C", kind: .country, aliases: [], mentions: nil)],
                      events: [dated, undated])
    }

    @Test func matchesJSONEncoderByteForByte() throws {
        for text in ["plain", "", CorpusJSONWriterTests.awkward, "\\\"quoted\\\"", "tab\there\nline\r\u{0}\u{1F}\u{7F}"] {
            let c = corpus(text)
            #expect(try c.jsonData() == c.encodedJSONData(), "text: \(text.debugDescription)")
        }
    }

    @Test func matchesJSONEncoderOnEmptyCorpus() throws {
        #expect(try Corpus().jsonData() == Corpus().encodedJSONData())
    }

    /// `CorpusJSONStream` (events one at a time, bytes taken as they come) gives the same bytes.
    @Test(arguments: [0, 1, 2])
    func streamMatchesTheWholeCorpus(events: Int) throws {
        for text in ["plain", CorpusJSONWriterTests.awkward] {
            var c = corpus(text)
            c.events = Array(c.events.prefix(events))
            var stream = CorpusJSONStream(actors: c.actors, documents: c.documents, capacity: 16)
            var bytes = stream.take()
            for e in c.events {
                stream.append(e)
                bytes += stream.take()
            }
            stream.finish()
            stream.finish() // once only
            bytes += stream.take()
            #expect(Data(bytes) == (try c.jsonData()), "\(events) events, text: \(text.debugDescription)")
        }
        var empty = CorpusJSONStream(actors: [], documents: [])
        empty.finish()
        #expect(Data(empty.take()) == (try Corpus().jsonData()))
    }
}
