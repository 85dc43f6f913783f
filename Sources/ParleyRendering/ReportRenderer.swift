import ParleyModel

/// Renders a corpus and its Graphviz network as one self-contained HTML page.
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
            "<p class=\"summary\">\(summary(corpus: corpus, entries: entries).htmlEscaped)</p>",
            "</header>",
        ]
        html += networkSection(svg: svg)
        html += timelineSection(entries: entries, anchors: anchors)
        html += actorsSection(corpus: corpus)
        html += evidenceSection(entries: entries, anchors: anchors)
        html += documentsSection(corpus: corpus)
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    /// The anchor (without `#`) of an event's evidence entry, for links from the graph:
    /// `ev-` and the id with every character outside [A-Za-z0-9_-] replaced by `_`.
    public static func evidenceAnchor(forEventID id: String) -> String {
        var safe = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "_", "-": safe.unicodeScalars.append(scalar)
            default: safe += "_"
            }
        }
        return "ev-" + safe
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

    // MARK: Sections

    func summary(corpus: Corpus, entries: [Timeline.Entry]) -> String {
        let dates = entries.compactMap(\.date)
        let span: String
        if let first = dates.min(), let last = dates.max() {
            span = first == last ? "dated events on \(first)" : "dated events from \(first) to \(last)"
        } else {
            span = "no dated events"
        }
        return [
            count(corpus.documents.count, "document"),
            count(corpus.actors.count, "actor"),
            count(corpus.events.count, "event"),
            span,
        ].joined(separator: " · ")
    }

    func networkSection(svg: String) -> [String] {
        var html = ["<section id=\"network\">", "<h2>Actor network</h2>"]
        if let element = ReportRenderer.inlineSVG(svg) {
            html += ["<figure>", String(element), "</figure>"]
        } else {
            html.append("<p class=\"note\">No network image was rendered.</p>")
        }
        html.append("</section>")
        return html
    }

    func timelineSection(entries: [Timeline.Entry], anchors: [String]) -> [String] {
        var html = ["<section id=\"timeline\">", "<h2>Timeline</h2>"]
        guard !entries.isEmpty else {
            return html + ["<p class=\"note\">No events.</p>", "</section>"]
        }
        html += ["<table>", "<thead><tr><th>Date</th><th>Event</th><th>Document</th></tr></thead>", "<tbody>"]
        for (entry, anchor) in zip(entries, anchors) {
            html.append("<tr><td class=\"date\">\(entry.dateLabel.htmlEscaped)</td>"
                + "<td><a href=\"#\(anchor)\">\(entry.sentence.htmlEscaped)</a></td>"
                + "<td><code>\(entry.citation.htmlEscaped)</code></td></tr>")
        }
        html += ["</tbody>", "</table>", "</section>"]
        return html
    }

    func actorsSection(corpus: Corpus) -> [String] {
        var html = ["<section id=\"actors\">", "<h2>Actors</h2>"]
        guard !corpus.actors.isEmpty else {
            return html + ["<p class=\"note\">No actors.</p>", "</section>"]
        }
        var eventCounts: [String: Int] = [:]
        for event in corpus.events {
            eventCounts[event.source, default: 0] += 1
            if event.target != event.source { eventCounts[event.target, default: 0] += 1 }
        }
        let actors = corpus.actors.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        html += ["<table>", "<thead><tr><th>Name</th><th>Kind</th><th>Aliases</th><th>Events</th></tr></thead>", "<tbody>"]
        for actor in actors {
            html.append("<tr><td>\(actor.name.htmlEscaped)</td><td>\(actor.kind.rawValue)</td>"
                + "<td>\(actor.aliases.joined(separator: ", ").htmlEscaped)</td>"
                + "<td class=\"num\">\(eventCounts[actor.id, default: 0])</td></tr>")
        }
        html += ["</tbody>", "</table>", "</section>"]
        return html
    }

    func evidenceSection(entries: [Timeline.Entry], anchors: [String]) -> [String] {
        var html = ["<section id=\"evidence\">", "<h2>Evidence</h2>"]
        guard !entries.isEmpty else {
            return html + ["<p class=\"note\">No events.</p>", "</section>"]
        }
        html.append("<ol class=\"evidence\">")
        for (entry, anchor) in zip(entries, anchors) {
            let event = entry.event
            let date = event.date.value.map { "\($0) (\(event.date.precision.rawValue))" } ?? "undated"
            html += [
                "<li id=\"\(anchor)\">",
                "<div><code>\(event.relation.rawValue)</code> · <strong>\(entry.sourceName.htmlEscaped)</strong>"
                    + " → <strong>\(entry.targetName.htmlEscaped)</strong></div>",
                "<div class=\"meta\">\(date.htmlEscaped) · <code>\(entry.documentPath.htmlEscaped)</code>"
                    + " · sentence \(event.evidence.sentenceNumber)</div>",
                "<blockquote>\(event.evidence.sentence.htmlEscaped)</blockquote>",
                "</li>",
            ]
        }
        html += ["</ol>", "</section>"]
        return html
    }

    func documentsSection(corpus: Corpus) -> [String] {
        var html = ["<section id=\"documents\">", "<h2>Documents</h2>"]
        guard !corpus.documents.isEmpty else {
            return html + ["<p class=\"note\">No documents.</p>", "</section>"]
        }
        let documents = corpus.documents.sorted { ($0.id, $0.path) < ($1.id, $1.path) }
        html += ["<table>", "<thead><tr><th>Id</th><th>Title</th><th>Published</th><th>Path</th></tr></thead>", "<tbody>"]
        for document in documents {
            html.append("<tr><td><code>\(document.id.htmlEscaped)</code></td>"
                + "<td>\((document.title ?? "untitled").htmlEscaped)</td>"
                + "<td class=\"date\">\((document.published ?? "no publication date").htmlEscaped)</td>"
                + "<td><code>\(document.path.htmlEscaped)</code></td></tr>")
        }
        html += ["</tbody>", "</table>", "</section>"]
        return html
    }

    private func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
