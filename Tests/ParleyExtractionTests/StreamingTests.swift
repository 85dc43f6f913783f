import Foundation
import ParleyExtraction
import ParleyModel
import Testing

/// `Pipeline.extract(_:jobs:progress:)` takes documents one at a time per worker, keeps
/// the source's order, and assembles to what extracting each document alone gives.
@Suite struct StreamingTests {
    /// Documents that count how many are out (handed to a worker, not yet finished).
    final class CountingSource: DocumentSource, @unchecked Sendable {
        let documents: [Document]
        let meter: ProgressMeter
        var handedOut = 0
        var mostInFlight = 0

        init(_ documents: [Document], meter: ProgressMeter) {
            self.documents = documents
            self.meter = meter
        }

        func next() -> Document? {
            guard handedOut < documents.count else { return nil }
            handedOut += 1
            mostInFlight = max(mostInFlight, handedOut - meter.snapshot().documents)
            return documents[handedOut - 1]
        }
    }

    static let texts = [
        "Russia hosted Ahmad Massoud in Moscow on 2 November 2023.",
        "Vladimir Putin met Emomali Rahmon. Pakistan criticized the Taliban.",
        "Nothing happened here.",
        "France invited Ahmad Masoud to Paris on 3 November 2023. He met Sergei Mironov.",
    ]

    static func documents(_ n: Int) -> [Document] {
        (0..<n).map { k in
            // Paths out of id order, so the assembled order shows which one was used.
            Document(id: "d\(k)", path: "p\(n - k).txt", published: "2023-11-0\(k % 9 + 1)", text: texts[k % texts.count])
        }
    }

    @Test(arguments: [1, 2, 3])
    func eachWorkerHoldsOneDocumentAndResultsKeepTheSourceOrder(jobs: Int) {
        let documents = Self.documents(24)
        let meter = ProgressMeter()
        let source = CountingSource(documents, meter: meter)
        let results = Fixtures.pipeline.extract(source, jobs: jobs, progress: meter)
        #expect(results.map(\.document.id) == documents.map(\.id))
        #expect(source.mostInFlight >= 1 && source.mostInFlight <= jobs, "at most one document per worker: \(source.mostInFlight)")
        #expect(meter.snapshot().documents == documents.count)
        #expect(results == documents.map { Fixtures.pipeline.extract($0).extracted }, "the same as extracting each alone")
    }

    @Test func assemblyFollowsPathsNotTheOrderGiven() throws {
        let documents = Self.documents(8)
        let forward = Fixtures.pipeline.run(documents, jobs: 2)
        let backward = Fixtures.pipeline.run(documents.reversed(), jobs: 1)
        #expect(try forward.jsonData() == backward.jsonData())
        #expect(forward.documents.map(\.path) == documents.map(\.path).sorted())
        #expect(forward.events.contains { !$0.sources.isEmpty }, "the corpus links an event told twice")
    }

    @Test func duplicateIDsAreRenamedInPathOrderWithTheirEvents() {
        let a = Document(id: "x", path: "b/x.txt", text: "Russia hosted Ahmad Massoud.")
        let b = Document(id: "x", path: "a/x.txt", text: "Pakistan criticized the Taliban.")
        let assembly = CorpusAssembler().assemble([a, b].map { Fixtures.pipeline.extract($0).extracted })
        #expect(assembly.corpus.documents.map(\.id) == ["x", "x-2"])
        #expect(assembly.corpus.documents.map(\.path) == ["a/x.txt", "b/x.txt"])
        #expect(assembly.corpus.events.map { "\($0.document) \($0.source)" }.sorted() == ["x pakistan", "x-2 ahmad-massoud"])
        #expect(assembly.diagnostics.map(\.description) == ["b/x.txt: warning: another input is also named \"x\"; this document's id is \"x-2\""])
    }
}
