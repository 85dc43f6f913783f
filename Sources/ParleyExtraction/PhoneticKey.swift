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
        guard !x.isEmpty, !y.isEmpty else { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            previous = current
        }
        return previous[y.count]
    }

    static func key(_ name: String) -> String {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            return words(name).map(word).filter { !$0.isEmpty }.joined(separator: " ")
        }
        // ASCII: the same words (split at spaces and hyphens) and keys, from the bytes,
        // each word's key written straight after the last.
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count + 4)
        var letters: [UInt8] = []
        letters.reserveCapacity(name.utf8.count)
        for b in name.utf8 {
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "-") {
                appendKey(letters: letters, to: &out)
                letters.removeAll(keepingCapacity: true)
                continue
            }
            if let letter = letter(b) { letters.append(letter) }
        }
        appendKey(letters: letters, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// An ASCII letter in lower case; nil for any other byte.
    @inline(__always) static func letter(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return b
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return b + 32
        default: return nil
        }
    }

    static func word(_ w: String) -> String {
        // Letters only, lower case, diacritics dropped (a plain-ASCII word skips the folding).
        let plain = w.unicodeScalars.allSatisfy(\.isASCII)
            ? w : w.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var letters: [UInt8] = []
        letters.reserveCapacity(plain.utf8.count)
        for b in plain.utf8 {
            if let letter = letter(b) { letters.append(letter) }
        }
        return String(decoding: key(letters: letters), as: UTF8.self)
    }

    /// One word's key from its lower-case ASCII letters.
    static func key(letters: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        appendKey(letters: letters, to: &out)
        return out
    }

    /// Appends one word's key, after a space when `out` holds a key already; nothing for
    /// a word without letters.
    static func appendKey(letters: [UInt8], to out: inout [UInt8]) {
        // Letters that transliterations swap are folded together in one pass; the first
        // folded letter starts the key (a vowel as "a"), later vowels and "h" are dropped
        // and a letter repeating the key's last is written once.
        var started = false
        func isVowel(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o") || b == UInt8(ascii: "u")
        }
        func emit(_ ch: UInt8) {
            if !started {
                if !out.isEmpty { out.append(UInt8(ascii: " ")) }
                out.append(isVowel(ch) ? UInt8(ascii: "a") : ch)
                started = true
            } else if !isVowel(ch) && ch != UInt8(ascii: "h") && out.last != ch {
                out.append(ch)
            }
        }
        var k = 0
        func at(_ i: Int) -> UInt8 { i < letters.count ? letters[i] : 0 }
        while k < letters.count {
            let c = letters[k], n = at(k + 1)
            switch (c, n) {
            case (UInt8(ascii: "d"), UInt8(ascii: "j")), (UInt8(ascii: "z"), UInt8(ascii: "h")): emit(UInt8(ascii: "j")); k += 2
            case (UInt8(ascii: "p"), UInt8(ascii: "h")): emit(UInt8(ascii: "f")); k += 2
            case (UInt8(ascii: "k"), UInt8(ascii: "h")), (UInt8(ascii: "c"), UInt8(ascii: "k")): emit(UInt8(ascii: "k")); k += 2
            case (UInt8(ascii: "g"), UInt8(ascii: "h")): emit(UInt8(ascii: "g")); k += 2
            case (UInt8(ascii: "d"), UInt8(ascii: "h")): emit(UInt8(ascii: "d")); k += 2
            case (UInt8(ascii: "t"), UInt8(ascii: "h")): emit(UInt8(ascii: "t")); k += 2
            default:
                switch c {
                case UInt8(ascii: "q"), UInt8(ascii: "c"): emit(UInt8(ascii: "k"))
                case UInt8(ascii: "w"): emit(UInt8(ascii: "v"))
                case UInt8(ascii: "x"): emit(UInt8(ascii: "k")); emit(UInt8(ascii: "s"))
                case UInt8(ascii: "y"): emit(UInt8(ascii: "i"))
                default: emit(c)
                }
                k += 1
            }
        }
    }
}
