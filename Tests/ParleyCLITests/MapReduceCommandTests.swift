import Foundation
import Testing

/// `extract --input-format jsonl`, `--output-format jsonl` and `merge`, end to end: the
/// map step's shards merge into the bytes a single `extract` writes.
@Suite(.serialized) struct MapReduceCommandTests {
    let seeds = ParleyProcess.root.appendingPathComponent("seeds").path

    /// `count` generated documents as a JSON Lines file.
    static func generated(_ count: Int, seed: Int, in dir: URL) throws -> URL {
        let file = dir.appendingPathComponent("corpus-\(seed).jsonl")
        let r = try ParleyProcess.run(["generate", "--documents", "\(count)", "--seed", "\(seed)", "-o", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        return file
    }

    static func lines(_ url: URL) throws -> [String] {
        try String(decoding: Data(contentsOf: url), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func jsonLinesFromAFileFromDashAndFromNoPathAreTheSame() throws {
        let dir = try ParleyProcess.scratch()
        let corpus = try Self.generated(12, seed: 5, in: dir)
        let file = try ParleyProcess.run(["extract", "--input-format", "jsonl", corpus.path])
        #expect(file.status == 0, "\(file.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: file.stdout) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == (0..<12).map { "doc-\($0)" }.sorted())
        #expect(documents.allSatisfy { $0["path"] as? String == $0["id"] as? String })
        #expect(!(json["events"] as? [Any] ?? []).isEmpty)
        let dash = try ParleyProcess.run(["extract", "--input-format", "jsonl", "-"], input: corpus)
        let none = try ParleyProcess.run(["extract", "--input-format", "jsonl", "--jobs", "1"], input: corpus)
        #expect(dash.status == 0 && none.status == 0)
        #expect(dash.stdout == file.stdout && none.stdout == file.stdout)
    }

    @Test func aMalformedLineIsAWarningAndTheRestGoOn() throws {
        let dir = try ParleyProcess.scratch()
        let input = dir.appendingPathComponent("in.jsonl")
        try Data("""
        {"id": "a", "text": "Russia hosted Ahmad Massoud.", "published": "2023-11-02"}
        {"id": "b", "text": "cut off
        {"id": "c", "text": "Pakistan criticized the Taliban."}

        """.utf8).write(to: input)
        let out = dir.appendingPathComponent("events.json")
        let r = try ParleyProcess.run(["extract", "--input-format", "jsonl", input.path, "-o", out.path])
        #expect(r.status == 2)
        #expect(r.stderr == "\(input.path):2: warning: not valid JSON; skipped\n")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        #expect((json?["documents"] as? [[String: Any]])?.map { $0["id"] as? String } == ["a", "c"])
        let fromStdin = try ParleyProcess.run(["extract", "--input-format", "jsonl", "--output-format", "jsonl"], input: input)
        #expect(fromStdin.status == 2)
        #expect(fromStdin.stderr == "<stdin>:2: warning: not valid JSON; skipped\n")
        #expect(try ParleyProcess.run(["extract", "--input-format", "jsonl", "-"]).status == 1, "empty standard input: no events.json to write")
        let emptyShard = try ParleyProcess.run(["extract", "--input-format", "jsonl", "--output-format", "jsonl"])
        #expect(emptyShard.status == 0 && emptyShard.stdout.isEmpty && emptyShard.stderr.isEmpty, "an empty split maps to an empty shard")
        let onlyBad = try ParleyProcess.run(["extract", "--input-format", "jsonl", "--output-format", "jsonl", "no-such.jsonl"])
        #expect(onlyBad.status == 1)
    }

    @Test func shardLinesCarryTheDocumentItsActorsAndItsEvents() throws {
        let r = try ParleyProcess.run(["extract", seeds, "--output-format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdoutText.split(separator: "\n")
        #expect(lines.count == 5, "one line per document")
        for line in lines {
            let shard = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(shard["schema"] as? String == "parley-shard/1")
            let document = try #require(shard["document"] as? [String: Any])
            let actors = Set((shard["actors"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
            for event in shard["events"] as? [[String: Any]] ?? [] {
                #expect(event["document"] as? String == document["id"] as? String)
                #expect(event["id"] as? String == "", "not numbered before the merge")
                #expect(actors.contains(event["source"] as? String ?? "") && actors.contains(event["target"] as? String ?? ""))
            }
            #expect((shard["actors"] as? [[String: Any]] ?? []).allSatisfy { ($0["mentions"] as? Int ?? 0) >= 1 })
        }
    }

    @Test func mergedShardsOfTextFilesGiveTheBytesOfOneExtract() throws {
        let dir = try ParleyProcess.scratch()
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
            .map { seeds + "/" + $0 }
        let whole = try ParleyProcess.run(["extract"] + files)
        #expect(whole.status == 0)
        // Two map runs over interleaved files, merged in the "wrong" order.
        let odd = dir.appendingPathComponent("odd.jsonl"), even = dir.appendingPathComponent("even.jsonl")
        let oddFiles = files.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let evenFiles = files.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        #expect(try ParleyProcess.run(["extract", "--output-format", "jsonl", "-o", odd.path] + oddFiles).status == 0)
        #expect(try ParleyProcess.run(["extract", "--output-format", "jsonl", "--jobs", "1", "-o", even.path] + evenFiles).status == 0)
        let out = dir.appendingPathComponent("events.json")
        let merged = try ParleyProcess.run(["merge", odd.path, even.path, "-o", out.path])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try Data(contentsOf: out) == whole.stdout)
        // Standard input, and the shards concatenated.
        let both = dir.appendingPathComponent("both.jsonl")
        try (Data(contentsOf: even) + Data(contentsOf: odd)).write(to: both)
        let piped = try ParleyProcess.run(["merge"], input: both)
        #expect(piped.stdout == whole.stdout)
    }

    @Test func mapOverGeneratedShardsThenMergeEqualsOneRun() throws {
        let dir = try ParleyProcess.scratch()
        let corpus = try Self.generated(30, seed: 11, in: dir)
        let whole = try ParleyProcess.run(["extract", "--input-format", "jsonl", corpus.path])
        let lines = try Self.lines(corpus)
        var shards: [String] = []
        let shardDir = dir.appendingPathComponent("shards")
        try FileManager.default.createDirectory(at: shardDir, withIntermediateDirectories: true)
        for (k, range) in [0..<7, 7..<8, 8..<30].enumerated() {
            let part = dir.appendingPathComponent("part-\(k)")
            try Data(lines[range].map { $0 + "\n" }.joined().utf8).write(to: part)
            let shard = shardDir.appendingPathComponent("shard-\(k).jsonl")
            let r = try ParleyProcess.run(["extract", "--input-format", "jsonl", "--output-format", "jsonl", "-o", shard.path, part.path])
            #expect(r.status == 0, "\(r.stderr)")
            shards.append(shard.path)
        }
        let merged = try ParleyProcess.run(["merge"] + shards.reversed())
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == whole.stdout)
        let folder = try ParleyProcess.run(["merge", shardDir.path])
        #expect(folder.stdout == whole.stdout, "a folder's .jsonl files")
    }

    @Test func mergeSkipsBadLinesAndRefusesAnEventsFile() throws {
        let dir = try ParleyProcess.scratch()
        let shard = dir.appendingPathComponent("s.jsonl")
        #expect(try ParleyProcess.run(["extract", seeds, "--output-format", "jsonl", "-o", shard.path]).status == 0)
        var lines = try Self.lines(shard)
        lines.insert("{\"schema\": \"parley/1\"}", at: 1)
        lines.insert("{\"schema\": \"parley-shard/1\", \"document\": 3}", at: 3)
        let damaged = dir.appendingPathComponent("damaged.jsonl")
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: damaged)
        let r = try ParleyProcess.run(["merge", damaged.path])
        #expect(r.status == 2)
        let messages = r.stderr.split(separator: "\n")
        #expect(messages.count == 2)
        #expect(messages.first == "\(damaged.path):2: warning: schema \"parley/1\", not parley-shard/1; skipped")
        #expect(messages.last?.hasPrefix("\(damaged.path):4: warning: not a parley-shard/1 line: ") == true)
        #expect(r.stdout == (try ParleyProcess.run(["extract", seeds])).stdout, "the good lines still merge")

        let events = dir.appendingPathComponent("events.json")
        #expect(try ParleyProcess.run(["extract", seeds, "-o", events.path]).status == 0)
        let refused = try ParleyProcess.run(["merge", events.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("\(events.path): error: an events.json, not parley-shard/1 lines"))
        #expect(refused.stderr.hasSuffix("error: no readable input; nothing to do\n"))
    }

    @Test func badFormatsAreUsageErrors() throws {
        let input = try ParleyProcess.run(["extract", seeds, "--input-format", "csv"])
        #expect(input.status == 64)
        #expect(input.stderr.contains("valid formats: text, jsonl"))
        let output = try ParleyProcess.run(["extract", seeds, "--output-format", "xml"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("valid formats: json, jsonl"))
        #expect(try ParleyProcess.run(["extract"]).status == 64, "text input needs a path")
    }
}
