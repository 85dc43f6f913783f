import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line (LF or CRLF ends), in chunks, never holding more
/// than `maxBytes` of one line: a longer line is passed over to its end and reported by
/// its length, so a huge or endless line costs time, not memory.
struct LineReader {
    enum Line: Equatable {
        case text([UInt8])
        /// A line longer than the bound, with its length in bytes (LF excluded).
        case tooLong(Int)
        /// read(2) failed; the system's reason. Nothing more is read.
        case failed(String)
    }

    static let chunk = 1 << 20

    let fd: Int32
    let maxBytes: Int
    /// The number of the line `next()` returned last (1-based).
    private(set) var number = 0
    private var buffer: [UInt8] = []
    private var start = 0 // where the unread part of `buffer` begins
    private var scanned = 0 // bytes from `start` known to hold no LF
    private var atEnd = false

    init(fd: Int32, maxBytes: Int) {
        self.fd = fd
        self.maxBytes = maxBytes
    }

    mutating func next() -> Line? {
        var discarded = 0 // bytes of an over-long line already dropped
        while true {
            if let lf = buffer[(start + scanned)...].firstIndex(of: 0x0A) {
                let length = discarded + lf - start
                let line = buffer[start..<lf]
                start = lf + 1
                scanned = 0
                number += 1
                if length > maxBytes { return .tooLong(length - (line.last == 0x0D ? 1 : 0)) }
                return .text(Array(line.last == 0x0D ? line.dropLast() : line))
            }
            scanned = buffer.count - start
            if atEnd {
                guard start < buffer.count || discarded > 0 else { return nil }
                let length = discarded + buffer.count - start
                let line = buffer[start...]
                start = buffer.count
                scanned = 0
                number += 1
                return length > maxBytes ? .tooLong(length) : .text(Array(line))
            }
            if scanned > maxBytes { // over-long: drop what is held, keep counting
                discarded += scanned
                start = buffer.count
                scanned = 0
            }
            buffer.removeFirst(start)
            start = 0
            if let failure = fill() {
                atEnd = true
                buffer = []
                number += 1
                return .failed(failure)
            }
        }
    }

    /// Appends one chunk to the buffer (none at end of input); the reason on failure.
    private mutating func fill() -> String? {
        let old = buffer.count
        buffer += [UInt8](repeating: 0, count: LineReader.chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { raw in
                SystemCall.read(fd, raw.baseAddress.map { $0 + old }, LineReader.chunk)
            }
            if n < 0 {
                if errno == EINTR { continue }
                buffer.removeLast(LineReader.chunk)
                return String(cString: strerror(errno))
            }
            buffer.removeLast(LineReader.chunk - n)
            if n == 0 { atEnd = true }
            return nil
        }
    }
}
