import ParleyModel

/// Kinship descriptors, read from the lexicon's `father` and `mother`: "Massoud's father"
/// is the person's listed father, and "Ahmad Shah Massoud, the son of ... Ahmad Shah
/// Massoud" a son named like his father, who is not the father but the one child the
/// lexicon lists for him. A descriptor whose kin the lexicon does not single out changes
/// nothing. (Children's sex is not listed, so "X's son" alone names no one.)
extension ActorRecognizer {
    static let childNouns: Set<String> = ["son", "daughter", "child", "heir"]

    /// Parent id -> ids of the children the lexicon lists, in lexicon order.
    static func children(in lexicon: Lexicon) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for id in lexicon.order {
            guard let e = lexicon[id] else { continue }
            for parent in [e.father, e.mother].compactMap({ $0 }) where lexicon[parent] != nil {
                out[parent, default: []].append(id)
            }
        }
        return out
    }

    /// The listed parent a kin noun names ("father", "mother").
    func parent(of id: String, noun: String) -> String? {
        let found = noun == "father" ? lexicon[id]?.father : noun == "mother" ? lexicon[id]?.mother : nil
        return found.flatMap { lexicon[$0] != nil ? $0 : nil }
    }

    /// Rewrites the sentence's person mentions that kinship descriptors name.
    func resolveKinship(_ found: inout [TokenMention], in s: Sentence) {
        let t = s.tokens
        for k in found.indices {
            let m = found[k]
            guard m.kind == .person, !m.isPronoun, lexicon[m.actorID] != nil else { continue }
            let end = m.tokens.upperBound
            // "Masoud's father": the possessor and its kin noun are one mention of the kin.
            if end + 1 < t.count, t[end].kind == .possessive, let kin = parent(of: m.actorID, noun: t[end + 1].folded),
               k + 1 == found.count || found[k + 1].tokens.lowerBound > end + 1 {
                found[k] = make(s, m.tokens.lowerBound..<(end + 2), id: kin, kind: .person, source: .coreference)
                continue
            }
            // "A, the son of [titles ...] A": A is the child named like the parent.
            guard let comma = kinApposition(before: m.tokens.lowerBound, in: t),
                  let a = found.firstIndex(where: { $0.tokens.upperBound == comma }), a < k,
                  found[a].actorID == m.actorID, found[a].kind == .person, !found[a].isPronoun,
                  let children = children[m.actorID], children.count == 1 else { continue }
            found[a].mention.actorID = children[0]
            found[a].name = nil
        }
    }

    /// Where the comma of an apposition ", the son of ... NAME" stands, when one ends right
    /// before token `name`. Between "of" and the name stand no comma or clause break (titles,
    /// possessors and their names may: "the son of Afghanistan's resistance leader X").
    func kinApposition(before name: Int, in t: [Token]) -> Int? {
        var i = name - 1
        while i >= 2, name - i <= 14 {
            let f = t[i].folded
            if f == "," || f == ";" || f == "." || clauseBreaks.contains(t[i]) { return nil }
            if f == "of", Self.childNouns.contains(t[i - 1].folded) {
                // Back over "the", "the late", "the eldest" to the comma.
                var j = i - 2
                while j >= 0, Self.kinQualifiers.contains(t[j].folded) { j -= 1 }
                return j >= 1 && j < i - 2 && t[j].folded == "," ? j : nil
            }
            i -= 1
        }
        return nil
    }

    static let kinQualifiers: Set<String> = ["the", "a", "an", "late", "eldest", "youngest", "only", "elder", "younger"]
}
