import Foundation
import ParleyExtraction

/// `parley-corpus SIZE DIR [--seed N]`: writes a deterministic synthetic corpus of about
/// SIZE bytes (`10M`, `100M`, `1G`) into DIR, 1,000 articles per folder (scripts/bench).
@main
struct ParleyCorpus {
    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        var seed: UInt64 = 20_240_229
        if let k = args.firstIndex(of: "--seed"), k + 1 < args.count, let s = UInt64(args[k + 1]) {
            seed = s
            args.removeSubrange(k...(k + 1))
        }
        guard args.count == 2, let size = parseSize(args[0]) else {
            FileHandle.standardError.write(Data("usage: parley-corpus SIZE DIR [--seed N]   (SIZE: bytes, or 10K, 100M, 1G)\n".utf8))
            exit(64)
        }
        let root = URL(fileURLWithPath: args[1])
        var generator = CorpusGenerator(lexicon: try Lexicon.bundled(), seed: seed)
        var written = 0
        var count = 0
        let fm = FileManager.default
        while written < size {
            let folder = root.appendingPathComponent(String(format: "%04d", count / 1000))
            if count % 1000 == 0 { try fm.createDirectory(at: folder, withIntermediateDirectories: true) }
            let text = generator.article(target: min(generator.articleSize(), max(200, size - written)))
            let data = Data(text.utf8)
            try data.write(to: folder.appendingPathComponent(String(format: "%06d.txt", count)))
            written += data.count
            count += 1
        }
        print("parley-corpus: \(count) articles, \(written) bytes in \(root.path)")
    }

    static func parseSize(_ s: String) -> Int? {
        let units: [Character: Int] = ["K": 1_000, "M": 1_000_000, "G": 1_000_000_000]
        guard let last = s.uppercased().last else { return nil }
        if let unit = units[last] { return Double(s.dropLast()).map { Int($0 * Double(unit)) } }
        return Int(s)
    }
}
