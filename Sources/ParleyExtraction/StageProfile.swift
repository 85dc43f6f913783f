import Foundation

/// Opt-in instrumentation: the CPU time each pipeline stage takes, summed over documents
/// and threads (`parley extract --profile`). Thread CPU time, not wall time, so a busy
/// machine or a second worker thread does not inflate a stage.
///
/// Off unless `enable()` is called; then `Pipeline.extract` times its stages and adds them
/// here. Costs a clock read per stage per sentence when on, one flag read per document when off.
public final class StageProfile: @unchecked Sendable {
    public enum Stage: Int, CaseIterable, Sendable {
        case header, segment, recognize, coreference, temporal, relations, dating, merge

        public var name: String {
            switch self {
            case .header: "scalars + header (date, title)"
            case .segment: "segment + tokenize"
            case .recognize: "recognize actors"
            case .coreference: "coreference"
            case .temporal: "temporal tagging"
            case .relations: "relations"
            case .dating: "dating events"
            case .merge: "merge events"
            }
        }
    }

    /// The process-wide profile the pipeline reports to.
    public static let shared = StageProfile()

    private let lock = NSLock()
    private var enabled = false
    private var seconds = [Double](repeating: 0, count: Stage.allCases.count)
    public private(set) var documents = 0
    /// UTF-8 bytes of the documents' text.
    public private(set) var bytes = 0

    public func enable() {
        lock.lock()
        enabled = true
        lock.unlock()
    }

    var isEnabled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return enabled
    }

    /// CPU seconds spent in a stage so far.
    public func seconds(in stage: Stage) -> Double {
        lock.lock()
        defer { lock.unlock() }
        return seconds[stage.rawValue]
    }

    func add(_ clock: StageClock, bytes: Int) {
        lock.lock()
        for (k, s) in clock.seconds.enumerated() { seconds[k] += s }
        documents += 1
        self.bytes += bytes
        lock.unlock()
    }

    /// A stopwatch for one document, or nil when profiling is off.
    func clock() -> StageClock? { isEnabled ? StageClock() : nil }

    /// CPU time of the calling thread, in seconds.
    public static func threadCPUTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

/// Splits one document's extraction time into stages: each `lap` charges the time since
/// the previous one to a stage.
struct StageClock {
    var seconds = [Double](repeating: 0, count: StageProfile.Stage.allCases.count)
    var last = StageProfile.threadCPUTime()

    mutating func lap(_ stage: StageProfile.Stage) {
        let now = StageProfile.threadCPUTime()
        seconds[stage.rawValue] += now - last
        last = now
    }
}
