import Foundation

/// Counts a run's progress (documents done, bytes read) from any thread, for a progress
/// line. The meter only counts; whoever shows progress takes a `Snapshot` now and then.
public final class ProgressMeter: @unchecked Sendable {
    /// Where a run stands: what a progress line says.
    public struct Snapshot: Hashable, Sendable {
        public var documents: Int
        /// nil when not known in advance (JSON Lines, standard input).
        public var totalDocuments: Int?
        public var bytes: Int64
        public var totalBytes: Int64?
        /// Seconds since the run started.
        public var elapsed: Double

        public init(documents: Int, totalDocuments: Int?, bytes: Int64, totalBytes: Int64?, elapsed: Double) {
            self.documents = documents
            self.totalDocuments = totalDocuments
            self.bytes = bytes
            self.totalBytes = totalBytes
            self.elapsed = elapsed
        }

        /// Bytes read per second so far; nil before any time has passed.
        public var bytesPerSecond: Double? { elapsed > 0 ? Double(bytes) / elapsed : nil }

        /// Seconds left at the rate so far; nil when the total or the rate is unknown.
        public var secondsLeft: Double? {
            guard let totalBytes, let rate = bytesPerSecond, rate > 0 else { return nil }
            return max(0, Double(totalBytes - bytes)) / rate
        }

        /// `120/5,000 documents, 4.2/180.0 MB, 1.3 MB/s, ETA 2:13`; totals and ETA only when known.
        public var line: String {
            var parts = [Snapshot.grouped(documents) + (totalDocuments.map { "/" + Snapshot.grouped($0) } ?? "") + " documents"]
            parts.append(Snapshot.megabytes(bytes) + (totalBytes.map { "/" + Snapshot.megabytes($0) } ?? "") + " MB")
            if let rate = bytesPerSecond { parts.append(Snapshot.megabytes(Int64(rate)) + " MB/s") }
            if let left = secondsLeft { parts.append("ETA " + Snapshot.clock(left)) }
            return parts.joined(separator: ", ")
        }

        /// 1234567 -> "1,234,567".
        static func grouped(_ n: Int) -> String {
            var digits = String(n.magnitude)
            var out = ""
            while digits.count > 3 {
                out = "," + digits.suffix(3) + out
                digits.removeLast(3)
            }
            return (n < 0 ? "-" : "") + digits + out
        }

        /// Bytes as megabytes (10^6) with one decimal.
        static func megabytes(_ bytes: Int64) -> String {
            let tenths = (bytes + 50_000) / 100_000
            return "\(tenths / 10).\(tenths % 10)"
        }

        /// Seconds as m:ss, or h:mm:ss from an hour.
        static func clock(_ seconds: Double) -> String {
            let s = Int(seconds.rounded(.up))
            let (h, m, r) = (s / 3600, s / 60 % 60, s % 60)
            let ss = r < 10 ? "0\(r)" : "\(r)"
            if h == 0 { return "\(m):\(ss)" }
            return "\(h):\(m < 10 ? "0\(m)" : "\(m)"):\(ss)"
        }
    }

    private let lock = NSLock()
    private let started: Double
    private var documents = 0
    private var bytes: Int64 = 0
    private var totalDocuments: Int?
    private var totalBytes: Int64?

    public init(totalDocuments: Int? = nil, totalBytes: Int64? = nil, now: Double = ProgressMeter.now()) {
        self.totalDocuments = totalDocuments
        self.totalBytes = totalBytes
        started = now
    }

    /// Seconds on a monotonic clock.
    public static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Sets what the run will read, once the inputs are listed.
    public func expect(documents: Int?, bytes: Int64?) {
        lock.lock()
        totalDocuments = documents
        totalBytes = bytes
        lock.unlock()
    }

    /// `count` bytes of input read (a file, a line).
    public func read(bytes count: Int) {
        lock.lock()
        bytes += Int64(count)
        lock.unlock()
    }

    /// One more document done (extracted, or skipped).
    public func finished() {
        lock.lock()
        documents += 1
        lock.unlock()
    }

    public func snapshot(now: Double = ProgressMeter.now()) -> Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return Snapshot(documents: documents, totalDocuments: totalDocuments, bytes: bytes,
                        totalBytes: totalBytes, elapsed: max(0, now - started))
    }
}
