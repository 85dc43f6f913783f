import ParleyModel

/// Every surface form of the lexicon, indexed by its first token for longest-match lookup.
struct AliasIndex: Sendable {
    enum Role: Sendable { case name, capital, city, role, demonym }

    struct Form: Sendable {
        /// Folded tokens of the form.
        var tokens: [String]
        /// `WordHash` of each token, compared before the token.
        var hashes: [UInt64]
        /// The case-kept token where the form has capitals; nil where any case matches.
        var exact: [String?]
        var entryID: String
        var role: Role
        /// Later lexicon entries win ties between identical forms.
        var priority: Int
    }

    /// What makes two forms the same form: a later entry listing it takes it over.
    struct FormKey: Hashable {
        var demonym: Bool
        var tokens: [String]
        var exact: [String?]
    }

    struct Match: Sendable {
        var form: Form
        var length: Int
    }

    private(set) var byFirstToken: [String: [Form]] = [:]
    /// The same forms for lookup: by first token, then forms of two or more tokens by
    /// their second token (each list in bucket order), then one-token forms. A bucket
    /// lists longer forms first, so this visits the candidates in the bucket's order
    /// while skipping every form whose second token differs from the text's.
    private var lookup = WordMap<Bucket>()

    struct Bucket: Sendable {
        var bySecond = WordMap<[Form]>()
        var single: [Form] = []
    }

    init(lexicon: Lexicon) {
        let tokenizer = Tokenizer()
        var seen: [FormKey: Int] = [:] // form -> index into its bucket, for overrides
        seen.reserveCapacity(lexicon.entries.values.reduce(0) { $0 + 2 + $1.aliases.count + $1.roles.count + $1.demonyms.count + $1.cities.count })
        for (priority, id) in lexicon.order.enumerated() {
            guard let e = lexicon[id] else { continue }
            var forms: [(String, Role)] = [(e.name, .name)] + e.aliases.map { ($0, .name) }
            if let capital = e.capital { forms.append((capital, .capital)) }
            forms += e.cities.map { ($0, .city) }
            forms += e.roles.map { ($0, .role) } + e.demonyms.map { ($0, .demonym) }
            for (text, role) in forms {
                let scalars = Array(text.unicodeScalars)
                let toks = tokenizer.tokens(in: scalars, range: 0..<scalars.count)
                guard let first = toks.first else { continue }
                let form = Form(tokens: toks.map(\.folded), hashes: toks.map(\.wordHash),
                                exact: toks.map { t in t.cased == t.folded ? nil : t.cased },
                                entryID: id, role: role, priority: priority)
                let key = FormKey(demonym: role == .demonym, tokens: form.tokens, exact: form.exact)
                if let at = seen[key] {
                    byFirstToken[first.folded]?[at] = form // a later entry takes the form over
                } else {
                    seen[key] = byFirstToken[first.folded, default: []].count
                    byFirstToken[first.folded, default: []].append(form)
                }
            }
        }
        for key in byFirstToken.keys {
            byFirstToken[key]?.sort { ($0.tokens.count, $0.priority) > ($1.tokens.count, $1.priority) }
        }
        for (first, forms) in byFirstToken {
            var bySecond: [String: [Form]] = [:]
            var bucket = Bucket()
            for form in forms {
                if form.tokens.count >= 2 { bySecond[form.tokens[1], default: []].append(form) } else { bucket.single.append(form) }
            }
            bucket.bySecond = WordMap(bySecond)
            lookup.set(first, bucket)
        }
    }

    /// The longest form starting at token `i` (later entries first among equals).
    func longestMatch(in tokens: [Token], at i: Int) -> Match? {
        guard let bucket = lookup[tokens[i]] else { return nil }
        if i + 1 < tokens.count, let longer = bucket.bySecond[tokens[i + 1]],
           let match = firstMatch(longer, in: tokens, at: i) {
            return match
        }
        return firstMatch(bucket.single, in: tokens, at: i)
    }

    private func firstMatch(_ forms: [Form], in tokens: [Token], at i: Int) -> Match? {
        for form in forms where i + form.tokens.count <= tokens.count {
            var ok = true
            for k in 0..<form.tokens.count {
                let t = tokens[i + k]
                if t.wordHash != form.hashes[k] || t.folded != form.tokens[k] || (form.exact[k] != nil && form.exact[k] != t.cased) {
                    ok = false
                    break
                }
            }
            if ok { return Match(form: form, length: form.tokens.count) }
        }
        return nil
    }
}
