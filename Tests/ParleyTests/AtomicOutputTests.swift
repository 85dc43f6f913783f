import Foundation
import Parley
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every output file is whole or absent: written to a temporary name and renamed. A
/// report whose writing fails after its first files were written replaces none of the
/// previous set, and leaves no temporary file behind.
@Suite struct AtomicOutputTests {
    static func corpus(_ text: String) throws -> Corpus {
        let dir = try TestSupport.scratch()
        let doc = dir.appendingPathComponent("news.txt")
        try text.write(to: doc, atomically: true, encoding: .utf8)
        return CorpusBuilder(pipeline: try Pipeline(), jobs: 1).build(paths: [doc.path]).corpus
    }

    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") || $0.hasSuffix(".tmp") }
    }

    @Test func aReportThatFailsMidwayLeavesThePreviousSet() throws {
        let first = try Self.corpus("Moscow hosted Ahmad Massoud on Monday.")
        let second = try Self.corpus("Iran criticized the Taliban. Russia invited Ahmad Massoud.")
        let writer = ReportWriter()
        let names = ReportWriter.fileNames
        let out = try TestSupport.scratch().appendingPathComponent("report")
        try writer.write(first, to: out)
        let before = try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: out.appendingPathComponent($0))) })

        // A folder where the fifth file goes: it fails after four files are written.
        let blocked = names[4]
        try FileManager.default.removeItem(at: out.appendingPathComponent(blocked))
        try FileManager.default.createDirectory(at: out.appendingPathComponent(blocked).appendingPathComponent("x"), withIntermediateDirectories: true)
        #expect(throws: ParleyError.self) { try writer.write(second, to: out) }

        let expected = try writer.render(second)
        for name in names where name != blocked {
            #expect(expected[name] != before[name], "\(name) differs between the two reports, so the check can fail")
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == before[name], "\(name) is the previous file, untouched")
        }
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(blocked).path, isDirectory: &isDirectory) && isDirectory.boolValue)
        #expect(try Self.leftovers(in: out).isEmpty)

        // Into a fresh folder, no file of the set appears.
        let fresh = try TestSupport.scratch().appendingPathComponent("fresh")
        try FileManager.default.createDirectory(at: fresh.appendingPathComponent(blocked).appendingPathComponent("x"), withIntermediateDirectories: true)
        #expect(throws: ParleyError.self) { try writer.write(second, to: fresh) }
        for name in names where name != blocked { #expect(!FileManager.default.fileExists(atPath: fresh.appendingPathComponent(name).path)) }
        #expect(try Self.leftovers(in: fresh).isEmpty)
    }

    @Test func aFailedWriteLeavesThePreviousFileAndNoTemporary() throws {
        let dir = try TestSupport.scratch()
        let url = dir.appendingPathComponent("out.json")
        try AtomicFile.write("previous", to: url)
        // A read-only folder (as root, a full one cannot be simulated): the temporary cannot be made.
        if getuid() != 0 {
            #expect(chmod(dir.path, 0o500) == 0)
            #expect(throws: ParleyError.self) { try AtomicFile.write("next", to: url) }
            #expect(chmod(dir.path, 0o700) == 0)
            #expect(try String(contentsOf: url, encoding: .utf8) == "previous")
        }
        let folder = dir.appendingPathComponent("folder.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(throws: ParleyError.cannotWrite(path: folder.path, reason: "it is a folder")) { try AtomicFile.write("x", to: folder) }
        #expect(throws: ParleyError.self) { try AtomicFile.write("x", to: dir.appendingPathComponent("missing/out.json")) }
        #expect(try Self.leftovers(in: dir).isEmpty)
    }

    @Test func permissionsAndLinksAreKept() throws {
        let dir = try TestSupport.scratch()
        let url = dir.appendingPathComponent("private.json"), link = dir.appendingPathComponent("link.json")
        try AtomicFile.write("old", to: url)
        #expect(chmod(url.path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: url.path)
        try AtomicFile.write("new", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == url.path)
        #expect(try String(contentsOf: url, encoding: .utf8) == "new")
        #expect((try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) == 0o600)
        // A very long name still gets a temporary name the file system accepts.
        let long = dir.appendingPathComponent(String(repeating: "n", count: 250))
        try AtomicFile.write("x", to: long)
        #expect(try String(contentsOf: long, encoding: .utf8) == "x")
        #expect(try Self.leftovers(in: dir).isEmpty)
    }
}
