/// The report's inline stylesheet: system fonts only, so the page needs nothing from elsewhere.
enum ReportStyle {
    static let css = """
    :root { color-scheme: light; --ink: #1d1f23; --muted: #5b6270; --rule: #d6d9de; --accent: #1f5fa8; --mark: #fff6d6; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--ink); background: #fff;
      font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
    .summary, .note, .meta, figcaption { color: var(--muted); }
    nav { font-size: .9rem; }
    a { color: var(--accent); text-decoration: none; }
    a:hover { text-decoration: underline; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
    figure { margin: 0; overflow-x: auto; }
    figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    figure svg a:hover path, figure svg a:hover polygon { stroke-width: 3; }
    figcaption { font-size: .85rem; text-align: center; margin-top: .5rem; }
    table { width: 100%; border-collapse: collapse; }
    th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
    th { font-weight: 600; background: #f4f5f7; }
    td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    tr:target { background: var(--mark); }
    table.evidence td:nth-child(3) { width: 55%; }
    blockquote { margin: 0 0 .3rem; padding: .1rem .75rem; border-left: 3px solid var(--rule); }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      nav, figcaption { display: none; }
      a { color: inherit; }
      h2 { break-after: avoid; }
      figure { overflow: visible; break-inside: avoid; }
      figure svg { max-height: 24cm; }
      tr { break-inside: avoid; }
      th { background: none; }
      tr:target { background: none; }
    }
    """
}
