import ParleyModel

/// Every surface form of the lexicon, indexed by its first token for longest-match lookup.
struct AliasIndex: Sendable {
    enum Role: Sendable { case name, capital, role, demonym }

    struct Form: Sendable {
        /// Folded tokens of the form.
        var tokens: [String]
        /// The case-kept token where the form has capitals; nil where any case matches.
        var exact: [String?]
        var entryID: String
        var role: Role
        /// Later lexicon entries win ties between identical forms.
        var priority: Int
    }

    struct Match: Sendable {
        var form: Form
        var length: Int
    }

    private(set) var byFirstToken: [String: [Form]] = [:]

    init(lexicon: Lexicon) {
        let tokenizer = Tokenizer()
        var seen: [String: Int] = [:] // form text -> index into its bucket, for overrides
        for (priority, id) in lexicon.order.enumerated() {
            guard let e = lexicon[id] else { continue }
            var forms: [(String, Role)] = [(e.name, .name)] + e.aliases.map { ($0, .name) }
            if let capital = e.capital { forms.append((capital, .capital)) }
            forms += e.roles.map { ($0, .role) } + e.demonyms.map { ($0, .demonym) }
            for (text, role) in forms {
                let scalars = Array(text.unicodeScalars)
                let toks = tokenizer.tokens(in: scalars, range: 0..<scalars.count)
                guard let first = toks.first else { continue }
                let form = Form(tokens: toks.map(\.folded),
                                exact: toks.map { t in t.cased == t.folded ? nil : t.cased },
                                entryID: id, role: role, priority: priority)
                let key = "\(role == .demonym ? "d:" : "")" + form.tokens.joined(separator: " ")
                    + "|" + form.exact.map { $0 ?? "" }.joined(separator: " ")
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
    }

    /// The longest form starting at token `i` (later entries first among equals).
    func longestMatch(in tokens: [Token], at i: Int) -> Match? {
        guard let bucket = byFirstToken[tokens[i].folded] else { return nil }
        for form in bucket where i + form.tokens.count <= tokens.count {
            var ok = true
            for k in 0..<form.tokens.count {
                let t = tokens[i + k]
                if t.folded != form.tokens[k] || (form.exact[k] != nil && form.exact[k] != t.cased) {
                    ok = false
                    break
                }
            }
            if ok { return Match(form: form, length: form.tokens.count) }
        }
        return nil
    }
}
