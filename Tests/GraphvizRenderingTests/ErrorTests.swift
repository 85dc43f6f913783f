import Foundation
import Testing
import GraphvizRendering

@Suite("Errors")
struct ErrorTests {
    let renderer = GraphvizRenderer()

    @Test func unknownLayoutListsEveryValidName() throws {
        let error = #expect(throws: RenderError.self) { try Layout(validating: "foo") }
        #expect(error == .unknownLayout("foo"))
        let message = try #require(error).description
        #expect(message == #"unknown layout "foo"; valid layouts: dot, neato, fdp, sfdp, circo, twopi"#)
        for layout in Layout.allCases {
            #expect(message.contains(layout.rawValue))
        }
    }

    @Test func unknownFormatListsEveryValidName() throws {
        let error = #expect(throws: RenderError.self) { try RenderFormat(validating: "gif") }
        #expect(error?.description == #"unknown format "gif"; valid formats: svg, png, pdf, json"#)
    }

    @Test(arguments: [
        "digraph { a -> }",
        "this is not dot",
        "digraph { a -> b [label=\"unterminated] }",
        "",
    ])
    func invalidDOTThrowsWithGraphvizMessage(dot: String) throws {
        let error = #expect(throws: RenderError.self) { try renderer.render(dot: dot) }
        guard case .invalidDOT(let message)? = error else {
            Issue.record("expected .invalidDOT, got \(String(describing: error))")
            return
        }
        #expect(!message.isEmpty)
        #expect(!message.contains("\n"))
        #expect(try #require(error).description.hasPrefix("invalid DOT: "))
    }

    @Test func syntaxErrorMessageComesFromGraphviz() throws {
        let error = #expect(throws: RenderError.self) {
            try renderer.render(dot: "digraph {\n a -> b;\n c -> ;\n}")
        }
        guard case .invalidDOT(let message)? = error else {
            Issue.record("expected .invalidDOT, got \(String(describing: error))")
            return
        }
        #expect(message.contains("syntax error"))
        #expect(message.contains("line 3"), "got \(message)")
        #expect(!message.hasPrefix("Error"))
    }

    /// cgraph keeps what it read past a graph's closing brace for the next parse; a DOT
    /// ending in a line break must not shift the next error's line.
    @Test func aTrailingLineBreakDoesNotShiftTheNextErrorsLine() throws {
        _ = try renderer.render(dot: "digraph { a -> b }\n\n")
        let error = #expect(throws: RenderError.self) { try renderer.render(dot: "digraph {\n a -> b;\n c -> ;\n}") }
        guard case .invalidDOT(let message)? = error else { return }
        #expect(message.contains("line 3"), "got \(message)")
    }

    @Test func parserRecoversAfterASyntaxError() throws {
        _ = try? renderer.render(dot: "digraph { a -> ")
        let titles = try Fixtures.titles(in: renderer.render(dot: "digraph { x -> y }"))
        #expect(titles.contains("x") && titles.contains("y"))
    }

    @Test func invalidDOTPrintsNothingOnStderr() throws {
        // The unique token keeps the check clear of Swift Testing's own stderr output.
        let captured = try StderrCapture.run {
            _ = try? renderer.render(dot: "digraph G stderrProbe7f3a {}")
        }
        #expect(!captured.contains("near 'stderrProbe7f3a'"), "stderr got: \(captured)")
    }

    @Test func errorsDoNotLeakIntoTheNextRender() throws {
        // A malformed HTML label is reported as an error, yet the render succeeds
        // (Graphviz falls back to the node name), so the error stays on record.
        let svg = try renderer.render(dot: "digraph { a [label=<<b>unclosed>] }")
        #expect(try Fixtures.titles(in: svg).contains("a"))
        // Empty input fails without any Graphviz message of its own.
        let error = #expect(throws: RenderError.self) { try renderer.render(dot: "") }
        guard case .invalidDOT(let message)? = error else {
            Issue.record("expected .invalidDOT, got \(String(describing: error))")
            return
        }
        #expect(!message.contains("label") && !message.contains("tag"), "got \(message)")
    }

    @Test func longErrorMessagesNeitherCrashNorGetLost() throws {
        let long = String(repeating: "x", count: 3_000)
        // Over 1024 bytes, Graphviz 2.42's error hook formatter crashes or prints "(null)".
        _ = try renderer.render(dot: "digraph { a [label=<<b>\(long)>] }")
        let error = #expect(throws: RenderError.self) {
            try renderer.render(dot: "digraph G \(long) {}")
        }
        guard case .invalidDOT(let message)? = error else {
            Issue.record("expected .invalidDOT, got \(String(describing: error))")
            return
        }
        #expect(message.hasPrefix("syntax error in line 1 near 'xxx"), "got \(message.prefix(80))")
        #expect(message.count > 3_000)
    }
}

/// Redirects file descriptor 2 to a temporary file while `body` runs.
enum StderrCapture {
    static func run(_ body: () throws -> Void) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gv-stderr-\(UUID().uuidString).txt")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try FileHandle(forWritingTo: url)
        let saved = dup(2)
        dup2(file.fileDescriptor, 2)
        defer {
            dup2(saved, 2)
            close(saved)
            try? file.close()
        }
        try body()
        return try String(contentsOf: url, encoding: .utf8)
    }
}
