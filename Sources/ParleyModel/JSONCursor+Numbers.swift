/// Numbers: integers as JSONDecoder reads them into an `Int`.
extension JSONCursor {
    /// An integer: a JSON number whose value is a whole number that fits in an `Int`
    /// (`5`, `-0`, `5.0`, `5e2`, as JSONDecoder reads them).
    mutating func int() throws -> Int {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "-") || JSONCursor.isDigit(bytes[offset]) else {
            throw mismatch(expected: "an integer")
        }
        let start = offset
        while offset < bytes.count, JSONCursor.isNumberByte(bytes[offset]) { offset += 1 }
        let token = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        guard let form = JSONCursor.numberForm(token) else {
            throw error("invalid number \(String(decoding: token, as: UTF8.self))", at: start)
        }
        if form == .integer, let value = JSONCursor.integer(token) { return value }
        let text = String(decoding: token, as: UTF8.self)
        if form != .integer, let d = Double(text), let value = Int(exactly: d) { return value }
        throw error(form == .integer ? "number \(text) does not fit in an integer" : "expected an integer, found \(text)", at: start)
    }

    /// An integer or null (nil).
    mutating func optionalInt() throws -> Int? {
        try null() ? nil : int()
    }

    static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    /// The bytes a number is scanned over before it is checked (JSONDecoder's set).
    static func isNumberByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "e"), UInt8(ascii: "E"): return true
        default: return false
        }
    }

    enum NumberForm { case integer, fraction }

    /// Whether `token` is a JSON number (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`),
    /// and whether it has a fraction or an exponent; nil when it is no number.
    static func numberForm(_ token: UnsafeBufferPointer<UInt8>) -> NumberForm? {
        var i = 0
        let n = token.count
        if i < n, token[i] == UInt8(ascii: "-") { i += 1 }
        guard i < n, isDigit(token[i]) else { return nil }
        if token[i] == UInt8(ascii: "0") { i += 1 } else { while i < n, isDigit(token[i]) { i += 1 } }
        var form = NumberForm.integer
        if i < n, token[i] == UInt8(ascii: ".") {
            i += 1
            guard i < n, isDigit(token[i]) else { return nil }
            while i < n, isDigit(token[i]) { i += 1 }
            form = .fraction
        }
        if i < n, token[i] == UInt8(ascii: "e") || token[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, token[i] == UInt8(ascii: "+") || token[i] == UInt8(ascii: "-") { i += 1 }
            guard i < n, isDigit(token[i]) else { return nil }
            while i < n, isDigit(token[i]) { i += 1 }
            form = .fraction
        }
        return i == n ? form : nil
    }

    /// The value of an integer token (`-?[0-9]+`), or nil when it does not fit in an `Int`.
    static func integer(_ token: UnsafeBufferPointer<UInt8>) -> Int? {
        let negative = token.first == UInt8(ascii: "-")
        var value = 0 // accumulated negatively, so that Int.min fits
        for b in token.dropFirst(negative ? 1 : 0) {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.subtractingReportingOverflow(Int(b &- UInt8(ascii: "0")))
            if o1 || o2 { return nil }
            value = next
        }
        if negative { return value }
        return value == Int.min ? nil : -value
    }
}
