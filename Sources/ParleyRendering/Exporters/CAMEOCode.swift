/// What CAMEO says about an event code: its root (the first two digits), its quad class
/// and its Goldstein score.
///
/// Goldstein scores are the Goldstein (1992) conflict-cooperation scale as mapped to CAMEO
/// codes by the GDELT project (CAMEO.goldsteinscale.txt, the values Phoenix and GDELT
/// ship): 020 appeal 3.0, 039 express intent to mediate 5.0, 040 consult 1.0, 042 make a
/// visit 1.9, 043 host a visit 2.8, 050 engage in diplomatic cooperation 3.5, 111
/// criticize or denounce -2.0, 170 coerce -7.0. Other codes fall back to their root's
/// score. Quad classes follow GDELT: roots 01-05 verbal cooperation (1), 06-09 material
/// cooperation (2), 10-14 verbal conflict (3), 15-20 material conflict (4).
struct CAMEOCode: Hashable, Sendable {
    let code: String

    init(_ code: String) { self.code = code }

    static let goldstein: [String: Double] = [
        "020": 3.0, "039": 5.0, "040": 1.0, "042": 1.9, "043": 2.8, "050": 3.5, "111": -2.0, "170": -7.0,
        // Root codes, for codes not listed above.
        "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0, "09": -2.0,
        "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0,
        "18": -9.0, "19": -10.0, "20": -10.0,
    ]

    /// The first two digits: "04" for "043".
    var root: String { String(code.prefix(2)) }

    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict;
    /// nil for a code that is not CAMEO.
    var quadClass: Int? {
        guard root.count == 2, let r = Int(root), (1...20).contains(r) else { return nil }
        switch r {
        case 1...5: return 1
        case 6...9: return 2
        case 10...14: return 3
        default: return 4
        }
    }

    var goldsteinScore: Double? {
        CAMEOCode.goldstein[code] ?? CAMEOCode.goldstein[root]
    }
}
