import Foundation
@testable import Parley
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a scraper brings back, read through the library: encodings, binary files, HTML,
/// special files, files that vanish, loops, oversized files. Every case ends in a
/// document or in one diagnostic naming the file, never a crash or a hang.
@Suite struct HostileInputTests {
    func read(_ bytes: [UInt8], name: String = "doc.txt") throws -> Result<(Document, [Diagnostic]), Diagnostic> {
        let url = try TestSupport.scratch().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return DocumentReader().read(InputFile(url: url, displayPath: name, kind: .text))
    }

    func text(_ bytes: [UInt8], name: String = "doc.txt") throws -> (String, [String]) {
        let (document, warnings) = try read(bytes, name: name).get()
        return (document.text, warnings.map(\.description))
    }

    // MARK: Encodings

    @Test func windows1252IsDecodedAsSuchWithAWarning() throws {
        let bytes: [UInt8] = Array("Iran".utf8) + [0x92] + Array("s envoy met the Taliban ".utf8) + [0x96] + Array(" caf".utf8) + [0xE9]
        let (text, warnings) = try self.text(bytes)
        #expect(text == "Iran\u{2019}s envoy met the Taliban \u{2013} caf\u{E9}")
        #expect(warnings == ["doc.txt: warning: invalid UTF-8; decoded as Windows-1252"])
    }

    @Test func mostlyValidUTF8WithAStrayByteIsRepairedNotReadAsWindows1252() throws {
        // Two well-formed sequences (é, ’) outweigh one stray byte: UTF-8 with U+FFFD, not mojibake.
        let bytes = Array("Caf\u{E9} \u{2019}".utf8) + [0xFF] + Array(" Kabul".utf8)
        let (text, warnings) = try self.text(bytes)
        #expect(text == "Caf\u{E9} \u{2019}\u{FFFD} Kabul")
        #expect(warnings == ["doc.txt: warning: invalid UTF-8; undecodable bytes replaced with U+FFFD"])
    }

    @Test func utf16AndUTF32WithByteOrderMarks() throws {
        let sentence = "Moscow hosted Ahmad Massoud \u{2014} \u{1F30D}."
        let le = [0xFF, 0xFE] + Array(sentence.data(using: .utf16LittleEndian) ?? Data())
        let be = [0xFE, 0xFF] + Array(sentence.data(using: .utf16BigEndian) ?? Data())
        let le32 = [0xFF, 0xFE, 0x00, 0x00] + Array(sentence.data(using: .utf32LittleEndian) ?? Data())
        for bytes in [le, be, le32] {
            let (text, warnings) = try self.text(bytes)
            #expect(text == sentence)
            #expect(warnings.isEmpty)
        }
        // Cut in the middle of a code unit: decoded, the loss said.
        let (cut, warnings) = try self.text(Array(le.dropLast()))
        #expect(cut.hasPrefix("Moscow hosted"))
        #expect(warnings == ["doc.txt: warning: invalid UTF-16LE; undecodable units replaced with U+FFFD"])
    }

    @Test func utf16WithoutAByteOrderMarkIsRecognised() throws {
        let (text, warnings) = try self.text(Array("Russia invited Ahmad Massoud.".data(using: .utf16LittleEndian) ?? Data()))
        #expect(text == "Russia invited Ahmad Massoud.")
        #expect(warnings == ["doc.txt: warning: no byte-order mark, but the bytes look like UTF-16LE; decoded as UTF-16LE"])
    }

    @Test func noncharactersAreReplacedOneForOne() throws {
        let (text, warnings) = try self.text(Array("a\u{FFFE}b\u{FFFF}c".utf8))
        #expect(text == "a\u{FFFD}b\u{FFFD}c")
        #expect(warnings.count == 1)
    }

    @Test func lineEndsAreKeptAndReadAlike() throws {
        let pipeline = try Pipeline()
        var relations: [[String]] = []
        for end in ["\n", "\r\n", "\r"] {
            let raw = "Date: 2023-12-06\(end)\(end)Moscow hosted Ahmad Massoud on Monday.\(end)Iran criticized the Taliban.\(end)"
            let (text, warnings) = try self.text(Array(raw.utf8))
            #expect(text == raw, "line ends are kept, so offsets are offsets into the file")
            #expect(warnings.isEmpty)
            let x = pipeline.extract(Document(id: "d", path: "d", text: text))
            relations.append(x.events.map { "\($0.source) \($0.relation.rawValue) \($0.target) \($0.date.value ?? "-")" })
        }
        #expect(relations[0].count == 2)
        #expect(relations[1] == relations[0])
        #expect(relations[2] == relations[0])
    }

    // MARK: Not text

    @Test func binaryFilesAreSkippedWithTheirShareOfNonTextBytes() throws {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        for bytes in [random, png, [0], Array("text\u{0}with a NUL".utf8)] {
            guard case let .failure(diagnostic) = try read(bytes) else {
                Issue.record("\(bytes.prefix(8)) was read as text")
                continue
            }
            #expect(diagnostic.description.hasPrefix("doc.txt: warning: looks binary ("))
            #expect(diagnostic.description.hasSuffix("% non-text bytes); skipped"))
        }
    }

    @Test func emptyAndWhitespaceOnlyFilesAreDocumentsWithAWarning() throws {
        #expect(try text([]) == ("", ["doc.txt: warning: empty file; nothing to extract"]))
        #expect(try text(Array(" \t\r\n\n".utf8)).1 == ["doc.txt: warning: no text, only whitespace; nothing to extract"])
    }

    // MARK: HTML

    @Test func htmlPagesAreReducedToTheirText() throws {
        let page = """
        <!DOCTYPE html><html><head><title>Talks</title><style>p { color: red }</style>
        <script>var s = "</p>"; alert(1)</script></head><body><p>Moscow hosted Ahmad Massoud &amp; Amrullah Saleh
        on Monday.</p><!-- <p>hidden</p> --><div>Iran&rsquo;s envoy met them&#x21;</div>
        <img src=x onerror="alert(1)"><noscript>enable scripts</noscript></body></html>
        """
        let (text, warnings) = try self.text(Array(page.utf8))
        #expect(!text.contains("alert"))
        #expect(!text.contains("color"))
        #expect(!text.contains("hidden"))
        #expect(!text.contains("enable scripts"))
        #expect(!text.contains("<"), "no markup is left: \(text)")
        #expect(text.contains("Moscow hosted Ahmad Massoud & Amrullah Saleh\non Monday."))
        #expect(text.contains("Iran\u{2019}s envoy met them!"))
        #expect(warnings == ["doc.txt: warning: HTML page: read its text only (tags, scripts and styles removed); offsets refer to that text"])
        let x = try Pipeline().extract(Document(id: "d", path: "d", text: text))
        #expect(x.events.contains { $0.relation == .hostedBy && $0.target == "russia" })
    }

    @Test func textThatMerelyMentionsTagsIsNotHTML() {
        #expect(!HTMLText.isHTML("Moscow hosted Ahmad Massoud <script>alert(1)</script> on Monday.", fileExtension: "txt"))
        #expect(HTMLText.isHTML("  <!doctype html><p>x", fileExtension: "txt"))
        #expect(HTMLText.isHTML("plain", fileExtension: "HTML"))
        // A decoded &lt; is text: the renderers escape it like any other character.
        #expect(HTMLText.text(of: "<p>a &lt;b&gt; &#60;c&#x3E; &bogus; &#0; & d</p>") == "\na <b> <c> &bogus; \u{FFFD} & d\n")
    }

    @Test func pathologicalMarkupTakesLinearTime() {
        let started = Date()
        for page in [String(repeating: "<", count: 200_000), String(repeating: "<a title=\"", count: 50_000),
                     "<script>" + String(repeating: "</scrip", count: 50_000), String(repeating: "&#x", count: 100_000),
                     String(repeating: "<!--", count: 100_000), String(repeating: "<p>&amp;", count: 100_000)] {
            _ = HTMLText.text(of: "<html>" + page)
        }
        #expect(Date().timeIntervalSince(started) < 30)
    }

    // MARK: Files that are not what they seem

    @Test func aFIFOIsSkippedWithoutBlocking() throws {
        let dir = try TestSupport.scratch()
        let fifo = dir.appendingPathComponent("pipe.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        try "Moscow hosted Ahmad Massoud.".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let result = CorpusBuilder(pipeline: try Pipeline()).build(paths: [dir.path, fifo.path])
        #expect(result.corpus.documents.map(\.id) == ["good"])
        #expect(result.failures == 1)
        #expect(result.diagnostics.map(\.description) == ["\(dir.path)/pipe.txt: error: not a regular file (a FIFO); skipped"])
        // Swapped in after the listing: the reader checks again and does not open it for long.
        let read = DocumentReader().read(InputFile(url: fifo, displayPath: "pipe.txt", kind: .text))
        #expect(read.failureDescription == "pipe.txt: error: not a regular file (a FIFO); skipped")
    }

    @Test func aFileThatVanishesAfterTheListingIsOneError() throws {
        let dir = try TestSupport.scratch()
        for name in ["a.txt", "b.txt"] {
            try "Moscow hosted Ahmad Massoud.".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let (files, _) = InputCollector().collect([dir.path])
        try FileManager.default.removeItem(at: dir.appendingPathComponent("a.txt"))
        let results = files.map { DocumentReader().read($0) }
        #expect(results[0].failureDescription == "\(dir.path)/a.txt: error: cannot read the file (it no longer exists); skipped")
        #expect((try? results[1].get())?.0.id == "b")
    }

    @Test func symbolicLinkLoopsEndAndBrokenLinksAreNamed() throws {
        let dir = try TestSupport.scratch()
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try "x".write(to: sub.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("up").path, withDestinationPath: dir.path)
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("gone.txt").path, withDestinationPath: "/no/such/file")
        let (files, diagnostics) = InputCollector().collect([dir.path])
        #expect(files.map(\.displayPath) == ["\(dir.path)/sub/a.txt"])
        #expect(diagnostics.map(\.description) == [
            "\(dir.path)/sub/gone.txt: error: broken symbolic link; skipped",
            "\(dir.path)/sub/up: warning: symbolic link loop (the folder contains itself); not followed",
        ])
    }

    @Test func aFileReachedByTwoRoutesIsReadOnce() throws {
        let dir = try TestSupport.scratch()
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try "x".write(to: sub.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.txt").path, withDestinationPath: sub.appendingPathComponent("a.txt").path)
        let routes = [dir.path, sub.path, sub.path + "/../sub/a.txt", dir.appendingPathComponent("link.txt").path]
        let (files, diagnostics) = InputCollector().collect(routes)
        #expect(diagnostics.isEmpty)
        #expect(files.map(\.displayPath) == ["\(dir.path)/link.txt"], "the smallest path names it, whatever the order")
        #expect(InputCollector().collect(routes.reversed()).files == files)
    }

    @Test func twoFilesWithTheSameNameGetDistinctIds() throws {
        let dir = try TestSupport.scratch()
        for folder in ["one", "two"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
            try "Moscow hosted Ahmad Massoud.".write(to: dir.appendingPathComponent("\(folder)/news.txt"), atomically: true, encoding: .utf8)
        }
        let one = dir.appendingPathComponent("one").path, two = dir.appendingPathComponent("two").path
        let builder = CorpusBuilder(pipeline: try Pipeline(), jobs: 1)
        let forward = builder.build(paths: [one, two]), backward = builder.build(paths: [two, one])
        #expect(forward.corpus.documents.map(\.id) == ["news", "news-2"])
        #expect(forward.corpus.documents.map(\.path) == ["\(one)/news.txt", "\(two)/news.txt"])
        #expect(Set(forward.corpus.events.map(\.document)) == ["news", "news-2"])
        #expect(forward.diagnostics.map(\.description) == ["\(two)/news.txt: warning: another input is also named \"news\"; this document's id is \"news-2\""])
        #expect(forward.failures == 0)
        #expect(try backward.corpus.jsonData() == forward.corpus.jsonData())
    }

    // MARK: Size

    @Test func aFileOverTheBoundIsRefusedUnread() throws {
        let dir = try TestSupport.scratch()
        let huge = dir.appendingPathComponent("huge.txt")
        // A sparse 1 GB file: stat says 1 GB, but nothing is allocated on disk or in memory.
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        #expect(truncate(huge.path, 1 << 30) == 0)
        try "Moscow hosted Ahmad Massoud.".write(to: dir.appendingPathComponent("small.txt"), atomically: true, encoding: .utf8)
        let started = Date()
        let result = CorpusBuilder(pipeline: try Pipeline()).build(paths: [dir.path])
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(result.corpus.documents.map(\.id) == ["small"])
        #expect(result.failures == 1)
        #expect(result.diagnostics.map(\.description) == ["\(huge.path): error: 1073741824 bytes exceeds --max-document-bytes 50000000; skipped"])
        var builder = CorpusBuilder(pipeline: try Pipeline())
        builder.maxDocumentBytes = 10
        #expect(builder.build(paths: [dir.appendingPathComponent("small.txt").path]).diagnostics.first?.description.hasSuffix(
            "error: 28 bytes exceeds --max-document-bytes 10; skipped") == true)
    }

    @Test func readingStopsOneBytePastTheBoundEvenIfStatWasWrong() throws {
        // A file that grows after the stat: the reader never holds more than bound + 1 bytes.
        let url = try TestSupport.scratch().appendingPathComponent("growing.txt")
        try Data(repeating: 0x61, count: 100_000).write(to: url)
        let fd = open(url.path, O_RDONLY)
        defer { close(fd) }
        let result = BoundedFileReader(maxBytes: 1_000).readAll(fd, expected: 10)
        #expect(result == .failure(.tooLarge(size: 1_001, limit: 1_000)))
        #expect(try BoundedFileReader(maxBytes: 100_000).read(url.path).get().count == 100_000)
    }

    @Test func eventsFilesAreBoundToo() throws {
        let url = try TestSupport.scratch().appendingPathComponent("events.json")
        try SeedsGoldenTests.corpus().jsonData().write(to: url)
        var builder = CorpusBuilder(pipeline: try Pipeline(), acceptsEventsJSON: true)
        builder.maxDocumentBytes = 100
        let result = builder.build(paths: [url.path])
        #expect(result.failures == 1)
        #expect(result.diagnostics.first?.description.contains("exceeds --max-document-bytes 100; skipped") == true)
    }
}

extension Result where Failure == Diagnostic {
    var failureDescription: String? {
        if case let .failure(d) = self { return d.description }
        return nil
    }
}
