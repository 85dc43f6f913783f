import Foundation

/// A spelling-blind key for transliterated personal names, so "Muttaqi", "Mottaki" and
/// "Muttaki", "Masoud" and "Massoud", "Rahmon" and "Rahman" meet.
///
/// Per word: diacritics dropped, letters that transliterations swap folded together (q/k,
/// ph/f, w/v, dh/d, th/t, gh/g, kh/k, j/dj/zh), vowels after the first letter dropped, a
/// leading vowel written as "a", doubled consonants single. Words are joined by spaces.
/// The key is coarse on purpose; `ActorRecognizer` only trusts it for names of two words
/// or more whose key belongs to one lexicon person alone, and for surnames of people the
/// same document already named in full.
enum PhoneticKey {
    static func key(_ name: String) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { word(String($0)) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func word(_ w: String) -> String {
        var s = w.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        s = s.filter { $0.isLetter }
        for (from, to) in [("dj", "j"), ("zh", "j"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"),
                           ("ck", "k"), ("q", "k"), ("w", "v"), ("c", "k"), ("x", "ks"), ("y", "i")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        guard let first = s.first else { return "" }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var out = vowels.contains(first) ? "a" : String(first)
        for ch in s.dropFirst() where !vowels.contains(ch) && ch != "h" {
            if out.last != ch { out.append(ch) }
        }
        return out
    }
}
