import Dispatch
import Foundation
import ParleyExtraction
import Testing

/// The progress line's model: what it counts from many threads, the rate and the ETA.
@Suite struct ProgressMeterTests {
    @Test func countsFromManyThreadsAndFormatsTheLine() {
        let meter = ProgressMeter(totalDocuments: 5000, totalBytes: 180_000_000, now: 100)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<30 {
                meter.read(bytes: 35_000)
                meter.finished()
            }
        }
        let s = meter.snapshot(now: 103.2)
        #expect(s.documents == 120)
        #expect(s.bytes == 4_200_000)
        #expect(s.elapsed == 103.2 - 100)
        // 4.2 MB in 3.2 s: 1.3125 MB/s; 175.8 MB left: 133.9... s, shown rounded up.
        #expect(s.line == "120/5,000 documents, 4.2/180.0 MB, 1.3 MB/s, ETA 2:14")
    }

    @Test func unknownTotalsLeaveOutTheTotalsAndTheETA() {
        let stdin = ProgressMeter.Snapshot(documents: 1_234_567, totalDocuments: nil, bytes: 2_049_999, totalBytes: nil, elapsed: 2)
        #expect(stdin.line == "1,234,567 documents, 2.0 MB, 1.0 MB/s")
        let files = ProgressMeter.Snapshot(documents: 3, totalDocuments: nil, bytes: 1_000_000, totalBytes: 4_000_000, elapsed: 1)
        #expect(files.line == "3 documents, 1.0/4.0 MB, 1.0 MB/s, ETA 0:03")
        let start = ProgressMeter.Snapshot(documents: 0, totalDocuments: 10, bytes: 0, totalBytes: 100, elapsed: 0)
        #expect(start.line == "0/10 documents, 0.0/0.0 MB", "no rate before any time has passed, so no ETA")
    }

    @Test func etaIsMinutesAndSecondsThenHours() {
        func eta(_ left: Int64, rate: Int64) -> String? {
            ProgressMeter.Snapshot(documents: 0, totalDocuments: nil, bytes: rate, totalBytes: rate + left, elapsed: 1)
                .line.components(separatedBy: "ETA ").dropFirst().first
        }
        #expect(eta(0, rate: 10) == "0:00")
        #expect(eta(59, rate: 1) == "0:59")
        #expect(eta(61, rate: 1) == "1:01")
        #expect(eta(3599, rate: 1) == "59:59")
        #expect(eta(3600 + 62, rate: 1) == "1:01:02")
        #expect(eta(100 * 3600, rate: 1) == "100:00:00")
        #expect(eta(5, rate: 2) == "0:03", "2.5 s left shows as 3")
    }

    @Test func expectSetsTotalsOnceTheInputsAreListed() {
        let meter = ProgressMeter(now: 0)
        #expect(meter.snapshot(now: 1).totalBytes == nil)
        meter.expect(documents: 7, bytes: 9)
        let s = meter.snapshot(now: 1)
        #expect(s.totalDocuments == 7 && s.totalBytes == 9)
    }
}
