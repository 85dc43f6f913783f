import Foundation
import Parley
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What one fuzz input goes through, and the properties that must hold whatever the
/// bytes are. A property that fails is a finding: the harness traps, libFuzzer saves the
/// input, and the input becomes a file in fuzz/regressions/.
///
/// 1. Decoding: the bytes as `DocumentReader` decodes a file's (binary, encodings, HTML).
/// 2. Extraction: every event's evidence is the text between its offsets, every date's
///    span lies in the text, and events.json reads back into the same corpus.
/// 3. Encoding: a corpus whose actor ids, names and evidence come from the input is
///    encoded as DOT; outside quoted strings the DOT holds only its own syntax, and the
///    HTML report holds no element the input could have smuggled in.
/// 4. Small inputs are also rendered by Graphviz and the SVG must be well-formed XML
///    (`PARLEY_FUZZ_SVG=0` turns this off, for speed).
enum FuzzHarness {
    static let pipeline: Pipeline = {
        do { return try Pipeline() } catch { fatalError("cannot load the bundled lexicons: \(error)") }
    }()
    static let checksSVG = ProcessInfo.processInfo.environment["PARLEY_FUZZ_SVG"] != "0"

    static func run(_ bytes: [UInt8]) {
        let (ext, body) = bytes.first == UInt8(ascii: "<") ? ("html", bytes) : ("txt", bytes)
        guard case let .success((document, _)) = DocumentReader().document(from: body, id: "fuzz", path: "fuzz.\(ext)", fileExtension: ext)
        else { return }
        extract(document)
        encode(document.text)
    }

    // MARK: Extraction

    static func extract(_ document: Document) {
        let scalars = Array(document.text.unicodeScalars)
        let x = pipeline.extract(document)
        for event in x.events {
            let e = event.evidence
            require(0 <= e.start && e.start <= e.end && e.end <= scalars.count, "evidence offsets \(e.start)..<\(e.end) outside the text (\(scalars.count))")
            require(text(scalars, e.start, e.end) == e.sentence, "evidence sentence is not the text at its offsets")
        }
        for timex in x.timexes {
            require(0 <= timex.start && timex.start <= timex.end && timex.end <= scalars.count, "date span outside the text")
            require(text(scalars, timex.start, timex.end) == timex.text, "date text is not the text at its offsets")
        }
        let corpus = pipeline.assemble([x])
        do {
            let back = try Corpus(jsonData: try corpus.jsonData())
            require(back == corpus, "events.json does not read back into the same corpus")
        } catch {
            require(false, "events.json cannot be written or read back: \(error)")
        }
        checkDOT(GraphRenderer().dot(for: corpus))
        checkHTML(ReportRenderer().render(corpus: corpus, svg: ""))
    }

    static func text(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    // MARK: Encoding hostile strings

    /// A two-actor corpus whose ids, names and evidence are pieces of the input.
    static func encode(_ text: String) {
        var pieces = text.split(separator: "\n", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
        while pieces.count < 5 { pieces.append(pieces.last ?? "") }
        let (a, b) = (pieces[0], pieces[1] == pieces[0] ? pieces[1] + "'" : pieces[1])
        let actors = [Actor(id: a, name: pieces[2], kind: .person), Actor(id: b, name: pieces[3], kind: .group)]
        let evidence = Evidence(sentence: pieces[4], start: 0, end: pieces[4].unicodeScalars.count, sentenceNumber: 1)
        let events = [
            Event(id: "e1", relation: .supports, source: a, target: b, document: pieces[2], evidence: evidence),
            Event(id: "e2", relation: .metWith, source: b, target: a, document: pieces[3], evidence: evidence),
        ]
        let corpus = Corpus(documents: [DocumentRecord(id: pieces[2], path: pieces[3], title: pieces[4])], actors: actors, events: events)
        let dot = GraphRenderer().dot(for: corpus)
        checkDOT(dot)
        checkHTML(ReportRenderer().render(corpus: corpus, svg: ""))
        if checksSVG, text.utf8.count <= 2_000 {
            do {
                let svg = try GraphRenderer(layout: .dot).render(corpus, format: .svg)
                require(XMLParser(data: svg).parse(), "Graphviz's SVG is not well-formed XML")
            } catch {
                require(false, "Graphviz cannot render the encoded DOT: \(error)")
            }
        }
    }

    /// Outside its quoted strings and HTML-like labels, DOT from the encoder is only
    /// keywords, ids made of letters and digits, and punctuation; every string is closed on
    /// its own line, and every HTML-like label is well-formed XML, as Graphviz requires.
    static func checkDOT(_ dot: String) {
        let scalars = Array(dot.unicodeScalars)
        var k = 0
        while k < scalars.count {
            let scalar = scalars[k]
            switch scalar {
            case "\"":
                k += 1
                while k < scalars.count, scalars[k] != "\"" {
                    require(scalars[k] != "\n" && scalars[k] != "\r", "a line break inside a DOT string")
                    k += scalars[k] == "\\" ? 2 : 1
                }
                require(k < scalars.count, "a DOT string is never closed")
            case "<":
                var depth = 0
                let start = k
                repeat {
                    if scalars[k] == "<" { depth += 1 } else if scalars[k] == ">" { depth -= 1 }
                    k += 1
                } while depth > 0 && k < scalars.count
                require(depth == 0, "an HTML-like label is never closed")
                var label = String.UnicodeScalarView()
                label.append(contentsOf: scalars[(start + 1)..<(k - 1)])
                require(XMLParser(data: Data("<l>\(String(label))</l>".utf8)).parse(), "an HTML-like label is not well-formed")
                continue
            case "a"..."z", "A"..."Z", "0"..."9", "_", " ", "\n", "\t", "=", ",", ";", "[", "]", "{", "}", "-", ">", ".": break
            default: require(false, "\(scalar.escaped(asASCII: true)) outside a DOT string")
            }
            k += 1
        }
    }

    /// Escaped text cannot start an element: none of these may appear (the report's own
    /// stylesheet is its one `<style`).
    static let forbiddenMarkup: [(markup: [UInt8], allowed: Int)] = [
        "<script", "<img", "<iframe", "<object", "<embed", "<svg", "<math", "<style", "javascript:",
    ].map { (Array($0.utf8), $0 == "<style" ? 1 : 0) }

    static func checkHTML(_ html: String) {
        let bytes = html.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        var counts = [Int](repeating: 0, count: forbiddenMarkup.count)
        for i in bytes.indices where bytes[i] == UInt8(ascii: "<") || bytes[i] == UInt8(ascii: "j") {
            for (k, f) in forbiddenMarkup.enumerated() where bytes[i...].starts(with: f.markup) { counts[k] += 1 }
        }
        for (k, f) in forbiddenMarkup.enumerated() {
            require(counts[k] <= f.allowed, "the report holds \(String(decoding: f.markup, as: UTF8.self))")
        }
    }

    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        guard !condition() else { return }
        FileHandle.standardError.write(Data("parley-fuzz: finding: \(message())\n".utf8))
        abort()
    }
}
