import ParleyModel

/// Renders a corpus and its Graphviz network as one self-contained HTML page: a summary,
/// the map (inline SVG whose edges link to the evidence entries and whose nodes link to
/// the actor rows), the timeline, the actor table, one evidence entry per event and the
/// document list. No scripts, no external CSS, fonts or images: it works offline from a
/// file:// URL and prints cleanly.
///
/// Article text is untrusted, so every string from the corpus is escaped. The SVG is
/// embedded as given (Graphviz escapes its own labels). Output depends only on the inputs:
/// equal corpora and SVGs give equal bytes.
public struct ReportRenderer: Sendable {
    /// The page title, shown in the browser tab and as the heading.
    public var title: String

    public init(title: String = "Parley report") {
        self.title = title
    }

    /// A self-contained HTML page: no scripts from elsewhere, no external CSS, fonts or images.
    public func render(corpus: Corpus, svg: String) -> String {
        let entries = Timeline(corpus: corpus).entries
        let anchors = ReportRenderer.uniqueAnchors(for: entries.map(\.event.id))
        let summary = ReportSummary(corpus: corpus, entries: entries)
        var html: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(title.htmlEscaped)</title>",
            "<style>",
            ReportStyle.css,
            "</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(title.htmlEscaped)</h1>",
            "<p class=\"summary\">\(summary.text.htmlEscaped)</p>",
            "<nav><a href=\"#network\">Map</a> · <a href=\"#timeline\">Timeline</a> · <a href=\"#actors\">Actors</a>"
                + " · <a href=\"#evidence\">Evidence</a> · <a href=\"#documents\">Documents</a></nav>",
            "</header>",
        ]
        html += networkSection(svg: svg)
        html += timelineSection(entries: entries, anchors: anchors)
        html += actorsSection(ActorTable(corpus: corpus, entries: entries, anchors: anchors))
        html += evidenceSection(entries: entries, anchors: anchors)
        html += documentsSection(corpus: corpus)
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    /// The anchor (without `#`) of an event's evidence entry, for links from the graph:
    /// `ev-` and the id with every character outside [A-Za-z0-9_-] replaced by `_`.
    public static func evidenceAnchor(forEventID id: String) -> String {
        "ev-" + ReportAnchors.anchor(id)
    }

    /// Anchors in the given order; a repeat (an empty or duplicated id, or two ids that
    /// sanitise alike) gets `-2`, `-3`... so the page never has two equal ids. The first
    /// keeps the plain anchor, which is the one the graph links to.
    static func uniqueAnchors(for ids: [String]) -> [String] {
        var used: Set<String> = []
        return ids.map { id in
            let base = evidenceAnchor(forEventID: id)
            var anchor = base
            var n = 2
            while used.contains(anchor) {
                anchor = "\(base)-\(n)"
                n += 1
            }
            used.insert(anchor)
            return anchor
        }
    }

    /// The inline `<svg>` element: everything before `<svg` (XML prolog, doctype, comments)
    /// is invalid inside HTML. Nil when there is no SVG element.
    static func inlineSVG(_ svg: String) -> Substring? {
        guard let start = svg.firstRange(of: "<svg") else { return nil }
        var body = svg[start.lowerBound...]
        while let last = body.last, last.isWhitespace { body.removeLast() }
        return body
    }
}
