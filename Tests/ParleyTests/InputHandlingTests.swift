import Foundation
import Parley
import Testing

@Suite struct InputHandlingTests {
    @Test func foldersAreSearchedRecursivelyInSortedOrder() throws {
        let dir = try TestSupport.scratch()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.md", "sub/c.txt", "skip.pdf", ".hidden.txt"] {
            try "x".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let (files, diagnostics) = InputCollector().collect([dir.path])
        #expect(diagnostics.isEmpty)
        #expect(files.map(\.url.lastPathComponent) == ["a.md", "b.txt", "c.txt"])
        #expect(files.map(\.documentID) == ["a", "b", "c"])
    }

    @Test func missingPathsAndEmptyFoldersAreNamedErrors() throws {
        let empty = try TestSupport.scratch()
        let (files, diagnostics) = InputCollector().collect(["/no/such/place.txt", empty.path])
        #expect(files.isEmpty)
        #expect(diagnostics.map(\.description) == [
            "/no/such/place.txt: error: no such file or folder",
            "\(empty.path): error: folder holds no .txt or .md files",
        ])
    }

    @Test func invalidUTF8IsRepairedWithAWarning() throws {
        let dir = try TestSupport.scratch()
        let url = dir.appendingPathComponent("bad.txt")
        // 0x81 is undefined in Windows-1252 too, so the bytes are repaired as UTF-8.
        try Data([0x52, 0x75, 0x81, 0x73, 0x73, 0x69, 0x61]).write(to: url)
        let file = InputFile(url: url, displayPath: "bad.txt", kind: .text)
        let (doc, warnings) = try DocumentReader().read(file).get()
        #expect(doc.text == "Ru\u{FFFD}ssia")
        #expect(warnings.map(\.description) == ["bad.txt: warning: invalid UTF-8; undecodable bytes replaced with U+FFFD"])
    }

    @Test func utf16WithAByteOrderMarkAndUTF8BOMAreDecoded() throws {
        let dir = try TestSupport.scratch()
        let u16 = dir.appendingPathComponent("u16.txt")
        var data = Data([0xFF, 0xFE])
        data.append("Kabul".data(using: .utf16LittleEndian) ?? Data())
        try data.write(to: u16)
        #expect(try DocumentReader().read(InputFile(url: u16, displayPath: "u16", kind: .text)).get().0.text == "Kabul")
        let u8 = dir.appendingPathComponent("u8.txt")
        try Data([0xEF, 0xBB, 0xBF, 0x41]).write(to: u8)
        #expect(try DocumentReader().read(InputFile(url: u8, displayPath: "u8", kind: .text)).get().0.text == "A")
    }

    @Test func oneBadInputDoesNotSpoilTheBatch() throws {
        let dir = try TestSupport.scratch()
        try "Moscow hosted Ahmad Massoud.".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try "".write(to: dir.appendingPathComponent("empty.txt"), atomically: true, encoding: .utf8)
        let result = CorpusBuilder(pipeline: try Pipeline()).build(paths: [dir.path, "/missing.txt"])
        #expect(result.failures == 1)
        #expect(result.corpus.documents.map(\.id) == ["empty", "good"])
        #expect(result.corpus.events.map(\.relation) == [.hostedBy])
    }

    @Test func eventsFilesReadBackIntoTheSameCorpus() throws {
        let dir = try TestSupport.scratch()
        let corpus = try SeedsGoldenTests.corpus()
        let url = dir.appendingPathComponent("events.json")
        try corpus.jsonData().write(to: url)
        let back = CorpusBuilder(pipeline: try Pipeline(), acceptsEventsJSON: true).build(paths: [url.path])
        #expect(back.failures == 0)
        #expect(back.corpus == corpus)
    }

    @Test func aTruncatedEventsFileIsANamedError() throws {
        let dir = try TestSupport.scratch()
        let url = dir.appendingPathComponent("events.json")
        try Data("{\"schema\": \"parley/1\", \"documents\": [".utf8).write(to: url)
        let result = CorpusBuilder(pipeline: try Pipeline(), acceptsEventsJSON: true).build(paths: [url.path])
        #expect(result.failures == 1)
        #expect(result.diagnostics.first?.description.hasPrefix("\(url.path): error: not a parley events file") == true)
    }

    @Test func aMalformedEventsFileIsOneLineWithItsPlace() throws {
        let dir = try TestSupport.scratch()
        let url = dir.appendingPathComponent("events.json")
        try Data("{\"schema\": \"parley/1\",\n \"documents\": [{\"id\": \"d\", \"path\": null}]}".utf8).write(to: url)
        let result = CorpusBuilder(pipeline: try Pipeline(), acceptsEventsJSON: true).build(paths: [url.path])
        #expect(result.failures == 1)
        #expect(result.diagnostics.map(\.description) == [
            "\(url.path): error: not a parley events file: expected a string, found null at documents[0].path (line 2, column 36)",
        ])
    }

    @Test func atomicWriteLeavesThePreviousFileWhenItFails() throws {
        let dir = try TestSupport.scratch()
        let url = dir.appendingPathComponent("out.txt")
        try AtomicFile.write("old", to: url)
        try AtomicFile.write("new", to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "new")
        let blocked = dir.appendingPathComponent("missing-folder/out.txt")
        #expect(throws: ParleyError.self) { try AtomicFile.write("x", to: blocked) }
        #expect(!FileManager.default.fileExists(atPath: blocked.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func reportWriterWritesAllSixFiles() throws {
        let dir = try TestSupport.scratch().appendingPathComponent("report")
        let urls = try ReportWriter().write(try SeedsGoldenTests.corpus(), to: dir)
        #expect(urls.map(\.lastPathComponent) == ReportWriter.fileNames)
        for url in urls {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            #expect(size > 0, "\(url.lastPathComponent) is empty")
        }
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(!html.contains("<?xml"))
    }
}
