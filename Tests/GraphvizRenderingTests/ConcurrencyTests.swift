import Foundation
import Testing
@testable import GraphvizRendering

@Suite("Concurrency")
struct ConcurrencyTests {
    @Test func twoHundredConcurrentRendersAllSucceed() async throws {
        let layouts = Layout.allCases.filter { $0 != .dot }
        let results = await withTaskGroup(of: (Int, Bool).self) { group in
            for index in 0..<200 {
                group.addTask {
                    let dot = "digraph { n\(index) -> m\(index); m\(index) -> k\(index); }"
                    let layout = index.isMultiple(of: 2) ? .dot : layouts[index % layouts.count]
                    guard let svg = try? GraphvizRenderer().render(dot: dot, layout: layout),
                          let titles = try? Fixtures.titles(in: svg) else { return (index, false) }
                    return (index, titles.contains("n\(index)") && titles.contains("k\(index)"))
                }
            }
            var collected: [Int: Bool] = [:]
            for await (index, ok) in group { collected[index] = ok }
            return collected
        }
        #expect(results.count == 200)
        #expect(results.values.allSatisfy { $0 }, "failed: \(results.filter { !$0.value }.keys.sorted())")
    }

    @Test func concurrentPerformMixesFormatsAndErrors() {
        let outcomes = OutcomeBox()
        DispatchQueue.concurrentPerform(iterations: 60) { index in
            let format = RenderFormat.allCases[index % RenderFormat.allCases.count]
            let dot = index.isMultiple(of: 5) ? "digraph { a -> }" : Fixtures.triangle
            let result = Result { () throws(RenderError) -> Data in
                try GraphvizRenderer().render(dot: dot, format: format)
            }
            switch result {
            case .success(let data):
                outcomes.record(!index.isMultiple(of: 5) && !data.isEmpty)
            case .failure(let error):
                outcomes.record(index.isMultiple(of: 5) && error.description.hasPrefix("invalid DOT"))
            }
        }
        #expect(outcomes.values.count == 60)
        #expect(outcomes.values.allSatisfy { $0 })
    }
}

/// Graphviz is used in the order turns are taken, not in the order threads get to it:
/// what `GraphvizRenderer.startPreparing` relies on to go before any render asked for later.
@Suite struct TurnTests {
    @Test func graphvizIsUsedInTheOrderTurnsAreTaken() throws {
        let session = GraphvizSession.shared
        let order = OrderBox()
        let early = session.takeTurn()
        let done = DispatchSemaphore(value: 0)
        Thread {
            Thread.sleep(forTimeInterval: 0.05)
            _ = try? session.withContext(turn: early, orThrow: .invalidDOT("")) { _ in order.record(1) }
            done.signal()
        }.start()
        try session.withContext(orThrow: .invalidDOT("")) { _ in order.record(2) }
        done.wait()
        #expect(order.values == [1, 2])
    }

    @Test func aRenderAfterStartPreparingDrawsAsAfterWaitingForIt() throws {
        let preparation = GraphvizRenderer.startPreparing(layouts: [.dot, .sfdp], format: .svg)
        let svg = try GraphvizRenderer().render(dot: Fixtures.fourNodes, layout: .sfdp)
        preparation.wait()
        #expect(svg == (try GraphvizRenderer().render(dot: Fixtures.fourNodes, layout: .sfdp)))
    }
}

/// A lock-protected array, so workers can report in order.
final class OrderBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int] = []
    func record(_ value: Int) { lock.withLock { stored.append(value) } }
    var values: [Int] { lock.withLock { stored } }
}

/// A lock-protected array, so `concurrentPerform` workers can report results.
final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Bool] = []
    func record(_ value: Bool) { lock.withLock { stored.append(value) } }
    var values: [Bool] { lock.withLock { stored } }
}
