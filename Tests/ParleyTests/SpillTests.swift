import Foundation
import Parley
import Testing

/// Large runs set each document's events aside in a spill store and write events.json in
/// one pass (`CorpusBuilder.spill`, `SpillingAssembler`, `SpilledCorpus`). These tests
/// hold that path to the bytes of the in-memory one (`build` then `jsonData`) with the
/// store in memory and forced to disk, and check what happens when the disk fails.
@Suite struct SpillTests {
    static let pipeline = ShardMergeTests.pipeline

    /// A JSON Lines corpus with many documents telling the same events, and (odd seeds)
    /// documents sharing ids, so linking and renaming both have work.
    static func corpus(seed: Int, documents: Int) throws -> URL {
        var generator = CorpusGenerator(seed: UInt64(seed), lexicon: ShardMergeTests.lexicon)
        generator.duplicateIDs = seed % 2 == 1
        let url = try TestSupport.scratch().appendingPathComponent("corpus.jsonl")
        try ShardMergeTests.write((0..<documents).map(generator.document), to: url)
        return url
    }

    static func builder(jobs: Int) -> CorpusBuilder {
        var builder = CorpusBuilder(pipeline: pipeline, jobs: jobs)
        builder.inputFormat = .jsonl
        return builder
    }

    static func bytes(of spilled: CorpusBuilder.Spilled) throws -> Data {
        var data = Data()
        try spilled.corpus.write { data.append(contentsOf: $0) }
        return data
    }

    @Test(arguments: [(1, 1), (2, 2), (3, 2), (4, 1)])
    func spilledRunGivesTheBytesOfTheInMemoryRun(seed: Int, jobs: Int) throws {
        let input = try Self.corpus(seed: seed, documents: 40 + 15 * seed)
        let builder = Self.builder(jobs: jobs)
        let whole = builder.build(paths: [input.path])
        let expected = try whole.corpus.jsonData()
        #expect(expected.count > 10_000)
        // In memory (the default limit), on disk from the first byte, and on disk midway.
        for limit in [SpillFile.defaultMemoryLimit, 0, expected.count / 8] {
            let store = SpillFile(memoryLimit: limit)
            let spilled = try builder.spill(paths: [input.path], into: store)
            if limit == 0 { #expect(store.isOnDisk) }
            if limit == SpillFile.defaultMemoryLimit { #expect(!store.isOnDisk) }
            #expect(try Self.bytes(of: spilled) == expected, "memory limit \(limit)")
            #expect(spilled.diagnostics == whole.diagnostics)
            #expect(spilled.failures == whole.failures)
        }
        let inMemory = try builder.spill(paths: [input.path], into: MemorySpillStore())
        #expect(try Self.bytes(of: inMemory) == expected)
        // Encoded by several threads, a batch of one document or a few at a time.
        var corpus = try builder.spill(paths: [input.path], into: SpillFile(memoryLimit: 0)).corpus
        for (jobs, batch) in [(3, 1), (2, 3_000), (4, 1 << 22)] {
            corpus.jobs = jobs
            corpus.batchBytes = batch
            var data = Data()
            var handed = 0
            try corpus.write { data.append(contentsOf: $0); handed += 1 }
            #expect(data == expected, "jobs \(jobs), batch \(batch)")
            if batch == 1 { #expect(handed >= 3) }
        }
    }

    @Test func spilledSeedsGiveTheBytesOfTheInMemoryRun() throws {
        var builder = CorpusBuilder(pipeline: Self.pipeline, jobs: 2)
        builder.inputFormat = .text
        let expected = try builder.build(paths: [TestSupport.seeds.path]).corpus.jsonData()
        let spilled = try builder.spill(paths: [TestSupport.seeds.path], into: SpillFile(memoryLimit: 0))
        #expect(try Self.bytes(of: spilled) == expected)
    }

    @Test func spilledMergeGivesTheBytesOfTheInMemoryMerge() throws {
        let input = try Self.corpus(seed: 5, documents: 60)
        let shard = try ShardMergeTests.shard(input, jobs: 2)
        let (expected, result) = try ShardMergeTests.merged([shard, shard]) // every id twice
        #expect(!result.diagnostics.isEmpty)
        let spilled = try ShardMerger().merge(paths: [shard.path, shard.path], into: SpillFile(memoryLimit: 0))
        #expect(try Self.bytes(of: spilled) == expected)
        #expect(spilled.diagnostics == result.diagnostics)
    }

    @Test func anEmptyRunStillWritesAnEventsFile() throws {
        let empty = try TestSupport.scratch().appendingPathComponent("empty.jsonl")
        try Data().write(to: empty)
        let builder = Self.builder(jobs: 1)
        let spilled = try builder.spill(paths: [empty.path], into: SpillFile(memoryLimit: 0))
        #expect(spilled.documentCount == 0)
        #expect(try Self.bytes(of: spilled) == (try builder.build(paths: [empty.path]).corpus.jsonData()))
    }

    @Test func aFolderThatCannotHoldTheSpillIsOneError() throws {
        let input = try Self.corpus(seed: 2, documents: 10)
        let missing = try TestSupport.scratch().appendingPathComponent("gone").path
        #expect(throws: ParleyError.cannotSpill(folder: missing, reason: "no such folder")) {
            try Self.builder(jobs: 2).spill(paths: [input.path], into: SpillFile(memoryLimit: 0, folder: missing))
        }
        let message = ParleyError.cannotSpill(folder: missing, reason: "No space left on device").description
        #expect(!message.contains("\n") && message.contains("cannot write temporary files"))
    }

    /// A store that fails on its third write, as a disk that fills up would.
    final class FillingStore: SpillStore {
        var appends = 0
        let inner = MemorySpillStore()

        func append(_ bytes: [UInt8]) throws -> Int {
            appends += 1
            if appends >= 3 { throw ParleyError.cannotSpill(folder: "/full", reason: "No space left on device") }
            return try inner.append(bytes)
        }

        func read(at offset: Int, count: Int) throws -> [UInt8] { try inner.read(at: offset, count: count) }
    }

    @Test func aFullDiskStopsTheRunAndIsThrown() throws {
        let input = try Self.corpus(seed: 3, documents: 30)
        var builder = Self.builder(jobs: 1)
        let progress = ProgressMeter()
        builder.progress = progress
        let store = FillingStore()
        #expect(throws: ParleyError.cannotSpill(folder: "/full", reason: "No space left on device")) {
            try builder.spill(paths: [input.path], into: store)
        }
        // The run stopped at the failure instead of extracting the other 27 documents.
        #expect(store.appends == 3)
        #expect(progress.snapshot().documents == 3)
    }

    @Test func aStreamedWriteThatFailsLeavesTheTargetAsItWas() throws {
        let dir = try TestSupport.scratch()
        let target = dir.appendingPathComponent("events.json")
        try Data("before\n".utf8).write(to: target)
        struct Broken: Error {}
        #expect(throws: Broken.self) {
            try AtomicFile.write(to: target) { append in
                try append(Array("partial".utf8))
                #expect(TemporaryFiles.current.contains { $0.hasPrefix(dir.path) })
                throw Broken()
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "before\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["events.json"])
        #expect(!TemporaryFiles.current.contains { $0.hasPrefix(dir.path) })

        try AtomicFile.write(to: target) { append in
            try append(Array("new ".utf8))
            try append(Array("bytes\n".utf8))
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "new bytes\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["events.json"])
    }

    @Test func anInterruptRemovesTheOutputBeingWritten() throws {
        let dir = try TestSupport.scratch()
        let target = dir.appendingPathComponent("events.json")
        // What the CLI's signal handler does (`TemporaryFiles.removeAll()`, which would
        // also take the files of tests running alongside), from inside a write.
        #expect(throws: ParleyError.self) {
            try AtomicFile.write(to: target) { append in
                try append(Array("partial".utf8))
                for path in TemporaryFiles.current where path.hasPrefix(dir.path) { unlink(path) }
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
