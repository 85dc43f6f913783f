import Foundation
import ParleyModel
import Testing

@Suite struct CorpusJSONTests {
    func sample() -> Corpus {
        let evidence = Evidence(sentence: "Moscow hosted them on the 2nd.", start: 10, end: 40, sentenceNumber: 3)
        let event = Event(id: "e1", relation: .hostedBy, source: "opposition", target: "russia",
                          date: EventDate(value: "2023-12-02", precision: .day, text: "on the 2nd", basis: .text,
                                          alternatives: [AlternativeDate(value: "2023-11-23", reading: "Solar Hijri")]),
                          document: "doc", evidence: evidence)
        return Corpus(documents: [DocumentRecord(id: "doc", path: "seeds/doc.txt", title: nil, published: "2023-12-06")],
                      actors: [Actor(id: "russia", name: "Russia", kind: .country, aliases: ["Moscow"], country: "RUS")],
                      events: [event])
    }

    @Test func writesTheSchemaFieldsByTheirContractNames() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: sample().jsonData()) as? [String: Any])
        #expect(json["schema"] as? String == "parley/1")
        let event = try #require((json["events"] as? [[String: Any]])?.first)
        #expect(event["relation"] as? String == "hosted_by")
        #expect(event["cameo"] as? String == "043")
        let date = try #require(event["date"] as? [String: Any])
        #expect(date["value"] as? String == "2023-12-02")
        #expect(date["precision"] as? String == "day")
        let evidence = try #require(event["evidence"] as? [String: Any])
        #expect(evidence["start"] as? Int == 10)
        let doc = try #require((json["documents"] as? [[String: Any]])?.first)
        #expect(doc.keys.contains("title"), "title is written as null, not left out")
        #expect(doc["title"] is NSNull)
    }

    @Test func roundTripsAndEncodesDeterministically() throws {
        let data = try sample().jsonData()
        let back = try Corpus(jsonData: data)
        #expect(back == sample())
        #expect(try back.jsonData() == data)
    }

    @Test func undatedEventsCarryANullValue() throws {
        var c = sample()
        c.events[0].date = .undated
        let text = String(decoding: try c.jsonData(), as: UTF8.self)
        #expect(text.contains("\"value\" : null"))
        #expect(text.contains("\"basis\" : \"none\""))
    }

    @Test func everyRelationHasACameoCodeAndSymmetryOnlyForMeetings() {
        for r in RelationType.allCases { #expect(r.cameo.count == 3) }
        #expect(RelationType.allCases.filter(\.isSymmetric) == [.metWith])
    }
}
