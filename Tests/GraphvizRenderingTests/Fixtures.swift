import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// DOT snippets and helpers shared by the suites.
enum Fixtures {
    static let triangle = """
        digraph G { a -> b; b -> c; c -> a; }
        """

    static let fourNodes = """
        graph G { a -- b; b -- c; c -- d; d -- a; a -- c; }
        """

    /// Parses `data` as XML, throwing when it is not well-formed.
    ///
    /// Uses `XMLParser`, not `XMLDocument(data:)`: on Linux the latter parses in libxml2's
    /// recovery mode and silently accepts (and mangles) `href="?a=1&b=2"`.
    @discardableResult
    static func parseXML(_ data: Data) throws -> SVGSummary {
        let summary = SVGSummary()
        let parser = XMLParser(data: data)
        parser.delegate = summary
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.propertyListReadCorrupt)
        }
        return summary
    }

    /// The text of every `<title>` element in an SVG, in document order.
    static func titles(in svg: Data) throws -> [String] {
        try parseXML(svg).titles
    }
}

/// Collects what the tests look for in an SVG while `XMLParser` checks well-formedness.
final class SVGSummary: NSObject, XMLParserDelegate {
    private(set) var titles: [String] = []
    private(set) var hrefs: [String] = []
    private var currentTitle: String?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if elementName == "title" { currentTitle = "" }
        for (name, value) in attributes where name == "href" || name.hasSuffix(":href") {
            hrefs.append(value)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        currentTitle? += string
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName: String?
    ) {
        if elementName == "title", let title = currentTitle {
            titles.append(title)
            currentTitle = nil
        }
    }
}
