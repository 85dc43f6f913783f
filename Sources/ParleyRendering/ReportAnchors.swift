/// Anchor names for evidence entries and actor rows, shared by the DOT links and the
/// HTML report.
public enum ReportAnchors {
    /// Keeps [A-Za-z0-9_-]; anything else becomes "_", so an id can never break out of an attribute.
    public static func anchor(_ id: String) -> String {
        String(id.unicodeScalars.map { s -> Character in
            (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))) || s == "-" || s == "_" ? Character(s) : "_"
        })
    }

    /// The anchor of an actor's row: `actor-` and the id when it is already safe; else the
    /// sanitised id and a hash of the real one, so that two ids never share an anchor.
    public static func actor(_ id: String) -> String {
        let safe = anchor(id)
        guard safe != id else { return "actor-" + id }
        var hash: UInt32 = 2_166_136_261 // FNV-1a: stable across runs and platforms, unlike Hasher.
        for byte in id.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return "actor-\(safe)-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
