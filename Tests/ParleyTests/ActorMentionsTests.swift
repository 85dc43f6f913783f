import Foundation
import Parley
import Testing

/// `Actor.mentions`: filled by extraction, written to events.json only when known, read back.
@Suite struct ActorMentionsTests {
    @Test func mentionsAreEncodedOnlyWhenPresent() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let unknown = String(decoding: try encoder.encode(Actor(id: "a", name: "A", kind: .person)), as: UTF8.self)
        #expect(!unknown.contains("mentions"))
        let counted = Actor(id: "a", name: "A", kind: .person, mentions: 3)
        let data = try encoder.encode(counted)
        #expect(String(decoding: data, as: UTF8.self).contains("\"mentions\":3"))
        #expect(try JSONDecoder().decode(Actor.self, from: data) == counted)
        #expect(try JSONDecoder().decode(Actor.self, from: Data(unknown.utf8)).mentions == nil, "older files still read")
    }

    @Test func extractionCountsEveryActorsMentions() throws {
        let corpus = try SeedsGoldenTests.corpus()
        #expect(!corpus.actors.isEmpty)
        for actor in corpus.actors {
            #expect((actor.mentions ?? 0) >= 1, "\(actor.id) has no mention count")
        }
    }
}
