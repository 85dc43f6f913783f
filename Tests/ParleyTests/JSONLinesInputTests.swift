import Foundation
import Parley
import Testing

/// `--input-format jsonl`: one document per line; a bad line is skipped with a warning
/// naming the file and line, and the rest go on.
@Suite struct JSONLinesInputTests {
    static func build(_ text: String, maxBytes: Int = DocumentReader.defaultMaxBytes,
                      overrides: PublicationOverrides = PublicationOverrides()) throws -> (CorpusBuilder.Result, String) {
        let file = try TestSupport.scratch().appendingPathComponent("in.jsonl")
        try Data(text.utf8).write(to: file)
        var builder = CorpusBuilder(pipeline: try Pipeline(), jobs: 2)
        builder.inputFormat = .jsonl
        builder.maxDocumentBytes = maxBytes
        builder.overrides = overrides
        return (builder.build(paths: [file.path]), file.path)
    }

    @Test func badLinesAreSkippedWithTheirLineNumbers() throws {
        let text = """
        {"id": "a", "text": "Russia hosted Ahmad Massoud.", "published": "2023-11-02"}
        {"id": "b", "text": "unterminated
        {"text": "no id"}
        {"id": "c"}
        {"id": "d", "text": "x", "published": "2023-13-01"}
        [1, 2]
        {"id": 7, "text": "x"}
        {"id": " ", "text": "x"}
        {"id": "a\\nb", "text": "x"}

        {"id": "e", "text": "Pakistan criticized the Taliban.", "published": null}
        """
        let (result, path) = try Self.build(text)
        #expect(result.diagnostics.map(\.description) == [
            "\(path):2: warning: not valid JSON; skipped",
            "\(path):3: warning: missing \"id\"; skipped",
            "\(path):4: warning: missing \"text\"; skipped",
            "\(path):5: warning: \"published\" is \"2023-13-01\", not a date (YYYY-MM-DD); skipped",
            "\(path):6: warning: not a JSON object; skipped",
            "\(path):7: warning: \"id\" is not a string; skipped",
            "\(path):8: warning: \"id\" is empty; skipped",
            "\(path):9: warning: \"id\" holds a control character; skipped",
        ])
        #expect(result.failures == 8)
        #expect(result.corpus.documents.map(\.id) == ["a", "e"])
        #expect(Set(result.corpus.events.map(\.document)) == ["a", "e"])
    }

    @Test func fieldsComeFirstThenOverridesThenTheHeader() throws {
        let text = """
        {"id": "a", "text": "Date: 2020-01-01\\n\\nRussia hosted Ahmad Massoud.", "published": "2023-11-02", "title": "T", "url": "https://x.example/a"}
        {"id": "b", "text": "Date: 2020-01-01\\n\\nRussia hosted Ahmad Massoud."}
        {"id": "c", "text": "Russia hosted Ahmad Massoud."}
        """
        let plain = try Self.build(text).0.corpus.documents
        #expect(plain.map(\.published) == ["2023-11-02", "2020-01-01", nil])
        #expect(plain[0].title == "T" && plain[0].url == "https://x.example/a")
        #expect(plain.map(\.path) == ["a", "b", "c"], "a line's document is known by its id, not by where the line was")
        let given = try Self.build(text, overrides: PublicationOverrides(published: "2024-05-05")).0.corpus.documents
        #expect(given.map(\.published) == ["2023-11-02", "2024-05-05", "2024-05-05"])
    }

    @Test func lineEndsBlankLinesLongLinesAndTheBound() throws {
        let long = String(repeating: "Officials declined to comment. ", count: 40_000) // 1.2 MB: over one read chunk
        let lines = [
            "{\"id\": \"crlf\", \"text\": \"Russia hosted Ahmad Massoud.\"}\r\n",
            "  \r\n",
            "{\"id\": \"long\", \"text\": \"\(long)Pakistan criticized the Taliban.\"}\n",
            "{\"id\": \"huge\", \"text\": \"\(long)\(long)\"}\n",
            "{\"id\": \"last\", \"text\": \"France invited Ahmad Massoud.\"}", // no final line feed
        ]
        let (result, path) = try Self.build(lines.joined(), maxBytes: 2_000_000)
        #expect(result.corpus.documents.map(\.id) == ["crlf", "last", "long"])
        #expect(result.diagnostics.map(\.description) == ["\(path):4: warning: \(lines[3].utf8.count - 1) bytes exceeds --max-document-bytes 2000000; skipped"])
        #expect(result.corpus.events.contains { $0.document == "long" && $0.relation == .criticizes })
    }

    @Test func textIsCheckedAsAFilesTextIs() throws {
        let text = """
        {"id": "bin", "text": "\\u0000\\u0001\\u0002"}
        {"id": "page", "text": "<html><body><p>Tajikistan hosted Amrullah Saleh.</p></body></html>"}
        """
        let (result, path) = try Self.build(text)
        #expect(result.diagnostics.map(\.description) == [
            "\(path):1: warning: looks binary (100% non-text bytes); skipped",
            "\(path):2: warning: HTML page: read its text only (tags, scripts and styles removed); offsets refer to that text",
        ])
        #expect(result.failures == 1)
        #expect(result.corpus.events.map(\.relation) == [.hostedBy])
    }
}
