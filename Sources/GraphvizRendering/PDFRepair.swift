import Foundation

/// Makes PDF output reproducible: cairo stamps `/CreationDate (D:YYYYMMDDHHmmSS...)` with
/// the wall clock and ignores SOURCE_DATE_EPOCH in this version. The 14 digits are set to
/// the Unix epoch in place, so the byte length and the xref offsets stay valid.
enum PDFRepair {
    static let key = Array("/CreationDate (D:".utf8)
    static let epoch = Array("19700101000000".utf8)

    static func repair(_ pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
        var i = 0
        while let at = find(key, in: bytes, from: i) {
            let start = at + key.count
            let end = start + epoch.count
            if end <= bytes.count, bytes[start..<end].allSatisfy({ (0x30...0x39).contains($0) }) {
                bytes.replaceSubrange(start..<end, with: epoch)
            }
            i = start
        }
        return Data(bytes)
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
