/// RFC 4180 CSV: fields separated by commas, quoted with double quotes (a doubled quote
/// inside is a quote), records ending in LF or CRLF; quoted fields may hold both.
enum CSVReader {
    struct Row {
        var fields: [String]
        /// 1-based line where the record starts.
        var line: Int
    }

    enum Failure: Error, Equatable {
        case unterminatedQuote(line: Int)
        case junkAfterQuote(line: Int)
    }

    static func rows(_ text: String) throws(Failure) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1, rowLine = 1
        var inQuotes = false, wasQuoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { rows.append(Row(fields: fields, line: rowLine)) }
            fields = []
            field = ""
            wasQuoted = false
        }
        while let c = pending {
            pending = scalars.next()
            if inQuotes {
                if c == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = scalars.next() } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !wasQuoted else { throw .junkAfterQuote(line: line) }
                inQuotes = true
                wasQuoted = true
            case ",":
                fields.append(field)
                field = ""
                wasQuoted = false
            case "\r" where pending == "\n":
                break
            case "\n", "\r":
                endRecord()
                line += 1
                rowLine = line
            default:
                guard !wasQuoted else { throw .junkAfterQuote(line: line) }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: rowLine) }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return rows
    }
}
