import Dispatch
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
    /// Hashed by the tokens' `WordHash`es alone (worked out by the tokenizer already);
    /// forms that differ only in case are told apart by `==`.
    struct FormKey: Hashable {
        var demonym: Bool
        var tokens: [String]
        var exact: [String?]
        var hashes: [UInt64]

        static func == (a: FormKey, b: FormKey) -> Bool {
            a.demonym == b.demonym && a.hashes == b.hashes && a.tokens == b.tokens && a.exact == b.exact
        }

        func hash(into hasher: inout Hasher) {
            var h = demonym ? WordHash.seed : 0
            for t in hashes { h = (h ^ t) &* 0x0000_0100_0000_01B3 }
            hasher.combine(h)
        }
    }

    struct Match: Sendable {
        var form: Form
        var length: Int
    }

    /// Every form by its first token, in lookup order (longer forms first, then later
    /// entries). Lookups go through `lookup`; this is for tests.
    var byFirstToken: [String: [Form]] {
        var out: [String: [Form]] = [:]
        for (word, forms) in zip(firstTokens, buckets) { out[word] = forms }
        return out
    }

    private var firstTokens: [String] = []
    private var buckets: [[Form]] = []
    /// The same forms for lookup: by first token, then forms of two or more tokens by
    /// their second token (each list in bucket order), then one-token forms. A bucket
    /// lists longer forms first, so this visits the candidates in the bucket's order
    /// while skipping every form whose second token differs from the text's.
    private var lookup = WordMap<Bucket>()

    struct Bucket: Sendable {
        /// Second token -> index into `longer`; nil when the bucket has no longer forms.
        var seconds: WordMap<Int>?
        var longer: [[Form]] = []
        var single: [Form] = []
    }

    init(lexicon: Lexicon) {
        // Tokenizing the forms is most of the work, and an entry's forms need nothing from
        // other entries: they are made in parallel, a run of entries at a time. Forms meet
        // (a later entry takes a form over, a bucket is sorted) only within their first
        // token's bucket, so the buckets are then made in parallel too, in shards by the
        // first token's hash, each shard taking its forms in lexicon order.
        let ids = lexicon.order
        let runs = max(1, min(8, ids.count / 256))
        let shardCount = runs == 1 ? 1 : 8
        let made = ResultSlots<[[Form]]>(count: runs) // run -> shard -> forms
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            let tokenizer = Tokenizer()
            var shards = [[Form]](repeating: [], count: shardCount)
            for priority in run * ids.count / runs ..< (run + 1) * ids.count / runs {
                guard let e = lexicon[ids[priority]] else { continue }
                Self.addForms(of: e, priority: priority, tokenizer: tokenizer, to: &shards)
            }
            made.set(run, shards)
        }
        let runForms = made.values
        let shards = ResultSlots<[(first: String, hash: UInt64, forms: [Form], bucket: Bucket)]>(count: shardCount)
        DispatchQueue.concurrentPerform(iterations: shardCount) { shard in
            shards.set(shard, Self.buckets(runForms.map { $0[shard] }))
        }
        let all = shards.values
        lookup.reserve(all.reduce(0) { $0 + $1.count })
        for made in all {
            for (first, hash, forms, bucket) in made {
                firstTokens.append(first)
                buckets.append(forms)
                lookup.set(first, hash: hash, bucket)
            }
        }
    }

    private static func shard(_ hash: UInt64, of count: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) % count
    }

    /// The buckets of `runs`' forms (in lexicon order), by first token: each bucket sorted
    /// longer forms first, then later entries, a form listed again taken over by the
    /// later entry at its first place; with its lookup structure.
    private static func buckets(_ runs: [[Form]]) -> [(first: String, hash: UInt64, forms: [Form], bucket: Bucket)] {
        var bucketOf = WordMap<Int>() // first folded token -> index into `lists`
        var firsts: [(String, UInt64)] = []
        var lists: [[Form]] = []
        var seen: [FormKey: Int] = [:] // form -> index into its bucket, for overrides
        seen.reserveCapacity(runs.reduce(0) { $0 + $1.count })
        for form in runs.joined() {
            let first = form.tokens[0], firstHash = form.hashes[0]
            let bucket: Int
            if let b = bucketOf.value(first, hash: firstHash) {
                bucket = b
            } else {
                bucket = lists.count
                bucketOf.set(first, hash: firstHash, bucket)
                firsts.append((first, firstHash))
                lists.append([])
            }
            let key = FormKey(demonym: form.role == .demonym, tokens: form.tokens, exact: form.exact, hashes: form.hashes)
            if let at = seen[key] {
                lists[bucket][at] = form // a later entry takes the form over
            } else {
                seen[key] = lists[bucket].count
                lists[bucket].append(form)
            }
        }
        var out: [(first: String, hash: UInt64, forms: [Form], bucket: Bucket)] = []
        out.reserveCapacity(lists.count)
        for k in lists.indices {
            if lists[k].count > 1 {
                lists[k].sort { ($0.tokens.count, $0.priority) > ($1.tokens.count, $1.priority) }
            }
            var bucket = Bucket()
            for form in lists[k] {
                guard form.tokens.count >= 2 else {
                    bucket.single.append(form)
                    continue
                }
                let second = form.tokens[1], hash = form.hashes[1]
                if let at = bucket.seconds?.value(second, hash: hash) {
                    bucket.longer[at].append(form)
                } else {
                    if bucket.seconds == nil { bucket.seconds = WordMap() }
                    bucket.seconds?.set(second, hash: hash, bucket.longer.count)
                    bucket.longer.append([form])
                }
            }
            out.append((firsts[k].0, firsts[k].1, lists[k], bucket))
        }
        return out
    }

    /// The entry's forms in the order they are indexed (name, aliases, capital, cities,
    /// roles, demonyms), each added to its first token's shard; a form with no token is
    /// left out.
    private static func addForms(of e: LexiconEntry, priority: Int, tokenizer: Tokenizer, to shards: inout [[Form]]) {
        func add(_ text: String, _ role: Role) {
            let scalars = ScalarText.scalars(of: text)
            let toks = tokenizer.tokens(in: scalars, range: 0..<scalars.count)
            guard let first = toks.first else { return }
            shards[shard(first.wordHash, of: shards.count)].append(Form(tokens: toks.map(\.folded), hashes: toks.map(\.wordHash),
                              exact: toks.map { t in t.cased == t.folded ? nil : t.cased },
                              entryID: e.id, role: role, priority: priority))
        }
        add(e.name, .name)
        for alias in e.aliases { add(alias, .name) }
        if let capital = e.capital { add(capital, .capital) }
        for city in e.cities { add(city, .city) }
        for role in e.roles { add(role, .role) }
        for demonym in e.demonyms { add(demonym, .demonym) }
    }

    /// The longest form starting at token `i` (later entries first among equals).
    func longestMatch(in tokens: [Token], at i: Int) -> Match? {
        guard let bucket = lookup[tokens[i]] else { return nil }
        if i + 1 < tokens.count, let at = bucket.seconds?[tokens[i + 1]],
           let match = firstMatch(bucket.longer[at], in: tokens, at: i) {
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
