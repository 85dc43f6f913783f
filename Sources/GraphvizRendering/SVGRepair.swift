import Foundation

/// Makes Graphviz's SVG output well-formed XML and repeatable.
///
/// Both problems come from this Graphviz version (2.42/2.43) and are fixed here rather
/// than by callers, so every SVG that leaves the renderer can be parsed and diffed.
enum SVGRepair {
    /// What the `dot` CLI names an anonymous root graph; used so output matches it.
    static let anonymousGraphName = "%3"

    /// Applies every repair to an SVG whose root graph was named `graphName` by cgraph.
    static func repair(_ svg: Data, graphName: String) -> Data {
        escapeStrayAmpersands(in: stabiliseAnonymousGraphName(in: svg, graphName: graphName))
    }

    /// Renames an anonymous root graph from `%<n>` to `%3` in the title comment and `<title>`.
    ///
    /// cgraph numbers anonymous graphs from a process-wide counter, so in-process the
    /// `<title>` of `digraph { ... }` reads `%3`, then `%7`, `%11`... on each render. The
    /// `dot` CLI always prints `%3`, so that is the stable choice. Named graphs are
    /// untouched. Only the first occurrence of each is the root graph's.
    static func stabiliseAnonymousGraphName(in svg: Data, graphName: String) -> Data {
        let number = graphName.dropFirst()
        guard graphName.first == "%", graphName != anonymousGraphName, !number.isEmpty,
              number.allSatisfy({ ("0"..."9").contains($0) })
        else { return svg }
        var text = String(decoding: svg, as: UTF8.self)
        for (old, new) in [
            ("<!-- Title: \(graphName) ", "<!-- Title: \(anonymousGraphName) "),
            ("<title>\(graphName)</title>", "<title>\(anonymousGraphName)</title>"),
        ] {
            if let range = text.range(of: old) { text.replaceSubrange(range, with: new) }
        }
        return Data(text.utf8)
    }

    /// Replaces every `&` that does not start a valid XML entity reference with `&amp;`.
    ///
    /// Graphviz 2.42 writes `&` from `URL`/`href` attributes unescaped, which XML parsers
    /// reject. Escaping only stray ampersands keeps the entities Graphviz did write
    /// (`&amp;`, `&#45;`, ...), so the repair is idempotent and harmless once fixed upstream.
    static func escapeStrayAmpersands(in svg: Data) -> Data {
        let bytes = [UInt8](svg)
        // Graphviz writes thousands of entities (`&#45;` in every edge title) and, mostly,
        // no stray `&`: find the first one before copying anything.
        let ampersand = UInt8(ascii: "&")
        var k = 0
        while let found = bytes[k...].firstIndex(of: ampersand) {
            if !startsEntity(bytes[(found + 1)...]) { break }
            k = found + 1
        }
        guard k < bytes.count, let first = bytes[k...].firstIndex(of: ampersand) else { return svg }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + 64)
        output += bytes[..<first]
        var from = first
        while let found = bytes[from...].firstIndex(of: ampersand) {
            output += bytes[from...found]
            if !startsEntity(bytes[(found + 1)...]) { output += Array("amp;".utf8) }
            from = found + 1
        }
        output += bytes[from...]
        return Data(output)
    }

    /// String convenience over the `Data` overload.
    static func escapeStrayAmpersands(in svg: String) -> String {
        String(decoding: escapeStrayAmpersands(in: Data(svg.utf8)), as: UTF8.self)
    }

    private static let namedEntities: [[UInt8]] = ["amp", "lt", "gt", "quot", "apos"]
        .map { Array($0.utf8) }

    /// Whether `rest` (the bytes after an `&`) is a predefined or numeric entity body + `;`.
    private static func startsEntity(_ rest: ArraySlice<UInt8>) -> Bool {
        guard let semicolon = rest.prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
            return false
        }
        let name = rest[rest.startIndex..<semicolon]
        if namedEntities.contains(where: { $0.elementsEqual(name) }) { return true }
        guard name.first == UInt8(ascii: "#") else { return false }
        let digits = name.dropFirst()
        if digits.first == UInt8(ascii: "x") {  // XML allows only a lowercase x here
            let hex = digits.dropFirst()
            return !hex.isEmpty && hex.allSatisfy { isHexDigit($0) }
        }
        return !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
