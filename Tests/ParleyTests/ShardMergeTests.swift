import Foundation
import Parley
import Testing

/// The map/reduce property: extracting parts of a corpus apart (`extract`, written as
/// shard lines) and merging the shards gives the bytes of one run over the whole corpus,
/// whatever the split, the order of the shards and the number of workers.
@Suite struct ShardMergeTests {
    static let pipeline: Pipeline = {
        do { return try Pipeline() } catch { fatalError("bundled lexicons: \(error)") }
    }()
    static let lexicon: Lexicon = {
        do { return try Lexicon.bundled() } catch { fatalError("bundled lexicons: \(error)") }
    }()

    /// A seeded xorshift, so each case's split is the same on every run.
    struct Dice: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static func write(_ lines: [DocumentLine], to url: URL) throws {
        var data = Data()
        for line in lines { data += try line.jsonLine() }
        try data.write(to: url)
    }

    static func builder(jobs: Int) -> CorpusBuilder {
        var builder = CorpusBuilder(pipeline: pipeline, jobs: jobs)
        builder.inputFormat = .jsonl
        return builder
    }

    /// The map step over one JSON Lines file: its shard file.
    static func shard(_ input: URL, jobs: Int) throws -> URL {
        let extraction = builder(jobs: jobs).extract(paths: [input.path])
        #expect(extraction.failures == 0)
        var data = Data()
        for document in extraction.documents { data += try ShardLine.encode(document) }
        let url = input.deletingPathExtension().appendingPathExtension("shard")
        try data.write(to: url)
        return url
    }

    static func merged(_ shards: [URL]) throws -> (json: Data, result: CorpusBuilder.Result) {
        let result = ShardMerger().merge(paths: shards.map(\.path))
        #expect(result.failures == 0)
        return (try result.corpus.jsonData(), result)
    }

    @Test(arguments: 1...6)
    func mergedShardsGiveTheBytesOfOneRun(seed: Int) throws {
        var dice = Dice(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1)
        var generator = CorpusGenerator(seed: UInt64(seed), lexicon: Self.lexicon)
        generator.duplicateIDs = seed % 2 == 0
        let lines = (0..<(12 + dice.below(14))).map(generator.document)
        let dir = try TestSupport.scratch()
        let whole = dir.appendingPathComponent("whole.jsonl")
        try Self.write(lines, to: whole)
        let one = Self.builder(jobs: 2).build(paths: [whole.path])
        #expect(one.failures == 0)
        let expected = try one.corpus.jsonData()

        // 2 to 4 shards, cut at distinct random points.
        var cuts = Set<Int>()
        let parts = 2 + dice.below(3)
        while cuts.count < parts - 1 { cuts.insert(1 + dice.below(lines.count - 1)) }
        let bounds = [0] + cuts.sorted() + [lines.count]
        // Shard files are read in path order: without duplicate ids, names that put them
        // in a random order show that the order of the shards does not matter.
        var names = ["a", "b", "c", "d"].prefix(parts).map { $0 }
        if !generator.duplicateIDs { names.shuffle(using: &dice) }
        var shards: [URL] = []
        for k in 0..<parts {
            let input = dir.appendingPathComponent("part-\(names[k]).jsonl")
            try Self.write(Array(lines[bounds[k]..<bounds[k + 1]]), to: input)
            shards.append(try Self.shard(input, jobs: 1 + k % 2))
        }
        let (json, result) = try Self.merged(shards)
        #expect(json == expected, "seed \(seed): merging \(parts) shards cut at \(bounds), named \(names), differs from one run")
        #expect(result.diagnostics == one.diagnostics, "the same renaming warnings")

        if generator.duplicateIDs {
            // Which duplicate keeps the name follows the order given, so only the given order is compared.
            #expect(one.corpus.documents.contains { $0.id.hasSuffix("-2") }, "seed \(seed) renames a duplicate id")
        } else {
            #expect(names != names.sorted() || parts == 2, "seed \(seed): shards named out of order")
            var shuffled = lines
            shuffled.shuffle(using: &dice)
            let reordered = dir.appendingPathComponent("shuffled.jsonl")
            try Self.write(shuffled, to: reordered)
            #expect(try Self.builder(jobs: 1).build(paths: [reordered.path]).corpus.jsonData() == expected,
                    "seed \(seed): the documents in another order")
        }
    }

    /// The property is not vacuous: the generated corpora link events across documents
    /// (which a merge that lost documents or actors would break) and name actors no
    /// lexicon lists.
    @Test func generatedCorporaExerciseCrossDocumentLinking() throws {
        let generator = CorpusGenerator(seed: 3, lexicon: Self.lexicon)
        let dir = try TestSupport.scratch()
        let input = dir.appendingPathComponent("g.jsonl")
        try Self.write((0..<20).map(generator.document), to: input)
        let corpus = Self.builder(jobs: 2).build(paths: [input.path]).corpus
        #expect(corpus.events.contains { $0.sources.count > 1 }, "an event told by several documents")
        #expect(corpus.actors.contains { !$0.known }, "an actor found in the text")
        #expect(Set(corpus.events.map(\.relation)).count >= 6)
        #expect(try input.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0 > 5_000)
    }

    @Test func theGeneratorIsDeterministic() throws {
        let a = CorpusGenerator(seed: 9, lexicon: Self.lexicon), b = CorpusGenerator(seed: 9, lexicon: Self.lexicon)
        #expect((0..<5).map(a.document) == (0..<5).map(b.document))
        #expect(CorpusGenerator(seed: 10, lexicon: Self.lexicon).document(0) != a.document(0))
    }

    @Test func shardLinesReadBackAsTheyWereWritten() throws {
        let text = "Russia hosted Ahmad Massoud in Moscow on 2 November 2023. He met Sergei Mironov there."
        let extracted = Self.pipeline.extract(Document(id: "d", path: "d.txt", published: "2023-11-05", text: text)).extracted
        #expect(!extracted.events.isEmpty)
        let line = try ShardLine.encode(extracted)
        #expect(line.last == 0x0A && !line.dropLast().contains(0x0A), "one line")
        #expect(String(decoding: line, as: UTF8.self).contains("\"schema\":\"parley-shard/1\""))
        #expect(try ShardLine.decode(Array(line.dropLast())).get() == extracted)
    }
}
