import ParleyModel

/// The report's sections, each a list of lines.
extension ReportRenderer {
    func networkSection(svg: String) -> [String] {
        var html = ["<section id=\"network\">", "<h2>Actor network</h2>"]
        if let element = ReportRenderer.inlineSVG(svg) {
            html += ["<figure>", String(element),
                     "<figcaption>Hover over a node or an edge for the sentences it was read from; click an edge"
                        + " for its evidence below, a node for its actor.</figcaption>", "</figure>"]
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

    func actorsSection(_ table: ActorTable) -> [String] {
        var html = ["<section id=\"actors\">", "<h2>Actors</h2>"]
        guard !table.rows.isEmpty else {
            return html + ["<p class=\"note\">No actors.</p>", "</section>"]
        }
        html += ["<table>", "<thead><tr><th>Name</th><th>Kind</th><th>Aliases</th><th class=\"num\">Mentions</th>"
                    + "<th class=\"num\">Events</th><th>First dated event</th><th>Last dated event</th></tr></thead>", "<tbody>"]
        for row in table.rows {
            let mentions = row.actor.mentions.map(String.init) ?? "–"
            html.append("<tr id=\"\(row.anchor)\"><td>\(row.actor.name.htmlEscaped)</td><td>\(row.actor.kind.rawValue)</td>"
                + "<td>\(row.actor.aliases.joined(separator: ", ").htmlEscaped)</td>"
                + "<td class=\"num\">\(mentions)</td><td class=\"num\">\(row.events)</td>"
                + "<td class=\"date\">\(dated(row.first))</td><td class=\"date\">\(dated(row.last))</td></tr>")
        }
        html += ["</tbody>", "</table>", "</section>"]
        return html
    }

    func dated(_ d: ActorTable.Dated?) -> String {
        guard let d else { return "–" }
        return "<a href=\"#\(d.anchor)\">\(d.date.htmlEscaped)</a>"
    }

    func evidenceSection(entries: [Timeline.Entry], anchors: [String]) -> [String] {
        var html = ["<section id=\"evidence\">", "<h2>Evidence</h2>"]
        guard !entries.isEmpty else {
            return html + ["<p class=\"note\">No events.</p>", "</section>"]
        }
        html += ["<table class=\"evidence\">",
                 "<thead><tr><th>Date</th><th>Event</th><th>Sentence</th><th>Source</th></tr></thead>", "<tbody>"]
        for (entry, anchor) in zip(entries, anchors) {
            let event = entry.event
            var date = event.date.value.map { "\($0.htmlEscaped) <span class=\"meta\">(\(event.date.precision.rawValue))</span>" } ?? "undated"
            if let text = event.date.text { date += "<br><span class=\"meta\">“\(text.htmlEscaped)”</span>" }
            if let alternatives = entry.alternativesLabel { date += "<br><span class=\"meta\">\(alternatives.htmlEscaped)</span>" }
            var what = "<code>\(event.relation.rawValue)</code><br>"
                + "<a href=\"#\(ReportAnchors.actor(event.source))\">\(entry.sourceName.htmlEscaped)</a> → "
                + "<a href=\"#\(ReportAnchors.actor(event.target))\">\(entry.targetName.htmlEscaped)</a>"
            if let location = event.location { what += "<br><span class=\"meta\">in \(location.htmlEscaped)</span>" }
            let told = zip(entry.citations, sentences(of: event))
            html.append("<tr id=\"\(anchor)\"><td class=\"date\">\(date)</td><td>\(what)</td>"
                + "<td>" + told.map { "<blockquote>\($0.1.htmlEscaped)</blockquote>" }.joined() + "</td>"
                + "<td>" + told.map { "<code>\($0.0.htmlEscaped)</code>" }.joined(separator: "<br>") + "</td></tr>")
        }
        html += ["</tbody>", "</table>", "</section>"]
        return html
    }

    /// The sentence of every document that tells the event, in the order of its citations.
    func sentences(of event: Event) -> [String] {
        event.sources.isEmpty ? [event.evidence.sentence] : event.sources.map(\.evidence.sentence)
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
}
