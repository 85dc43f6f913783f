import Foundation
import ParleyModel

/// Reads a text file into a Document, whatever a scraper left in it.
///
/// The file is read only if it is a regular file no larger than `maxBytes` (see
/// `BoundedFileReader`); its bytes are decoded by `TextDecoder` (UTF-8, UTF-16/32 with or
/// without a byte-order mark, Windows-1252, or UTF-8 with replacements), binary files are
/// skipped, and an HTML page is reduced to its text (`HTMLText`). The document's text is
/// exactly what Parley analyses, so every offset in the output points into it: for plain
/// text that is the file as decoded, line ends included; for HTML, the extracted text.
public struct DocumentReader: Sendable {
    /// The default bound on a document's size: 50 MB, far above any article, well below
    /// what would exhaust memory (extraction needs several times the text's size).
    public static let defaultMaxBytes = 50_000_000

    public var maxBytes: Int

    public init(maxBytes: Int = DocumentReader.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// The document and its warnings, or the one diagnostic that says why it was skipped.
    public func read(_ file: InputFile) -> Result<(Document, [Diagnostic]), Diagnostic> {
        let bytes: [UInt8]
        switch BoundedFileReader(maxBytes: maxBytes).read(file.url.path) {
        case let .success(read): bytes = read
        case let .failure(failure): return .failure(DocumentReader.diagnostic(failure, path: file.displayPath))
        }
        return document(from: bytes, id: file.documentID, path: file.displayPath, fileExtension: file.url.pathExtension)
    }

    /// Bytes already in memory, decoded as `read` decodes a file's (the extension tells HTML).
    public func document(from bytes: [UInt8], id: String, path: String,
                         fileExtension: String = "txt") -> Result<(Document, [Diagnostic]), Diagnostic> {
        var diagnostics: [Diagnostic] = []
        func warn(_ message: String) { diagnostics.append(Diagnostic(.warning, path: path, message)) }
        var text: String
        switch TextDecoder.decode(bytes) {
        case let .binary(percent):
            return .failure(Diagnostic(.warning, path: path, "looks binary (\(percent)% non-text bytes); skipped"))
        case let .text(decoded, _, note):
            text = decoded
            if let note { warn(note) }
        }
        if let replaced = TextDecoder.replacingNoncharacters(text) {
            text = replaced
            warn("U+FFFE/U+FFFF (not characters; invalid in SVG and XML) replaced with U+FFFD")
        }
        if HTMLText.isHTML(text, fileExtension: fileExtension) {
            text = HTMLText.text(of: text)
            warn("HTML page: read its text only (tags, scripts and styles removed); offsets refer to that text")
        }
        if bytes.isEmpty {
            warn("empty file; nothing to extract")
        } else if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            warn("no text, only whitespace; nothing to extract")
        }
        return .success((Document(id: id, path: path, text: text), diagnostics))
    }

    /// The one-line diagnostic for a file that could not be read.
    public static func diagnostic(_ failure: BoundedFileReader.Failure, path: String) -> Diagnostic {
        switch failure {
        case .vanished:
            return Diagnostic(.error, path: path, "cannot read the file (it no longer exists); skipped")
        case let .notRegular(kind):
            return Diagnostic(.error, path: path, "not a regular file (a \(kind)); skipped")
        case let .tooLarge(size, limit):
            return Diagnostic(.error, path: path, "\(size) bytes exceeds --max-document-bytes \(limit); skipped")
        case let .unreadable(reason):
            return Diagnostic(.error, path: path, "cannot read the file (\(reason)); skipped")
        }
    }
}
