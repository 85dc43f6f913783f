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
    /// Whether two names are spellings of one another: the same key, as many words, and
    /// each word within two edits of its counterpart ("Masud"/"Massoud", not "Mashhad").
    static func close(_ a: String, _ b: String) -> Bool {
        let wa = words(a), wb = words(b)
        guard wa.count == wb.count, key(a) == key(b) else { return false }
        return zip(wa, wb).allSatisfy { editDistance($0.lowercased(), $1.lowercased(), limit: 2) <= 2 }
    }

    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    }

    /// Levenshtein distance over characters, stopping early past `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            previous = current
        }
        return previous[y.count]
    }

    static func key(_ name: String) -> String {
        words(name).map(word).filter { !$0.isEmpty }.joined(separator: " ")
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
