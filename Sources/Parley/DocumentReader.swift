import Foundation
import ParleyModel

/// Reads a text file into a Document: UTF-8 (invalid bytes replaced, with a warning),
/// or UTF-16 when it starts with a byte-order mark; a UTF-8 BOM is dropped.
public struct DocumentReader: Sendable {
    public init() {}

    public func read(_ file: InputFile) -> Result<(Document, [Diagnostic]), Diagnostic> {
        let data: Data
        do {
            data = try Data(contentsOf: file.url)
        } catch {
            return .failure(Diagnostic(.error, path: file.displayPath, "cannot read the file (\(reason(error)))"))
        }
        var diagnostics: [Diagnostic] = []
        let text = decode(data, path: file.displayPath, diagnostics: &diagnostics)
        return .success((Document(id: file.documentID, path: file.displayPath, text: text), diagnostics))
    }

    func decode(_ data: Data, path: String, diagnostics: inout [Diagnostic]) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            if let s = String(data: data, encoding: .utf16) { return s }
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let s = String(validatingUTF8CString: body) { return s }
        diagnostics.append(Diagnostic(.warning, path: path, "invalid UTF-8; undecodable bytes replaced with U+FFFD"))
        return String(decoding: body, as: UTF8.self)
    }

    func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)), underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(posix.rawValue))
        }
        return ns.localizedDescription
    }
}

extension String {
    /// Strict UTF-8 decoding: nil on any invalid sequence. NUL bytes are allowed.
    init?(validatingUTF8CString bytes: [UInt8]) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s): scalars.append(s)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = String(scalars)
    }
}
