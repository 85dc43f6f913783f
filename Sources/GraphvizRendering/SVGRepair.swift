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
        // Graphviz writes thousands of entities (`&#45;` in every edge title) and, mostly,
        // no stray `&`: find the first one before copying anything.
        svg.withUnsafeBytes { raw -> Data in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let first = nextStrayAmpersand(in: bytes, from: 0) else { return svg }
            var output = [UInt8]()
            output.reserveCapacity(bytes.count + 64)
            var from = 0
            var stray: Int? = first
            while let found = stray {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...found]))
                output += Array("amp;".utf8)
                from = found + 1
                stray = nextStrayAmpersand(in: bytes, from: from)
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
            return Data(output)
        }
    }

    /// The position of the first `&` at or after `start` that starts no entity.
    private static func nextStrayAmpersand(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var k = start
        while k < bytes.count {
            guard let base = bytes.baseAddress,
                  let hit = memchr(base + k, Int32(UInt8(ascii: "&")), bytes.count - k) else { return nil }
            let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if !startsEntity(bytes, after: found) { return found }
            k = found + 1
        }
        return nil
    }

    /// String convenience over the `Data` overload.
    static func escapeStrayAmpersands(in svg: String) -> String {
        String(decoding: escapeStrayAmpersands(in: Data(svg.utf8)), as: UTF8.self)
    }

    /// Whether the bytes after the `&` at `ampersand` are a predefined or numeric entity
    /// body and `;` (looked for within 12 bytes). Called for every entity Graphviz wrote
    /// (thousands of `&#45;` on a large map), so it compares bytes, not arrays.
    private static func startsEntity(_ bytes: UnsafeBufferPointer<UInt8>, after ampersand: Int) -> Bool {
        let start = ampersand + 1
        let limit = min(bytes.count, start + 12)
        var semicolon = start
        while semicolon < limit, bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < limit, semicolon > start else { return false }
        guard bytes[start] == UInt8(ascii: "#") else { return isPredefined(bytes, start, semicolon) }
        var k = start + 1
        let hex = k < semicolon && bytes[k] == UInt8(ascii: "x")  // XML allows only a lowercase x here
        if hex { k += 1 }
        guard k < semicolon else { return false }
        while k < semicolon {
            guard hex ? isHexDigit(bytes[k]) : (0x30...0x39).contains(bytes[k]) else { return false }
            k += 1
        }
        return true
    }

    /// Whether `bytes[start..<end]` is amp, lt, gt, quot or apos.
    private static func isPredefined(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        func matches(_ name: StaticString) -> Bool {
            name.utf8CodeUnitCount == end - start
                && (0..<name.utf8CodeUnitCount).allSatisfy { name.utf8Start[$0] == bytes[start + $0] }
        }
        return matches("amp") || matches("lt") || matches("gt") || matches("quot") || matches("apos")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
