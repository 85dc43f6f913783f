/// Anchor names for evidence entries, shared by the DOT links and the HTML report.
public enum ReportAnchors {
    /// Keeps [A-Za-z0-9_-]; anything else becomes "_", so an id can never break out of an attribute.
    public static func anchor(_ id: String) -> String {
        String(id.unicodeScalars.map { s -> Character in
            (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))) || s == "-" || s == "_" ? Character(s) : "_"
        })
    }
}
