import ParleyModel

/// The cross-document linking of `EventMerger.mergeAcrossDocuments`, for events in memory
/// and for events that stay on disk alike: it takes the dated events in reading order and
/// keeps a few numbers for each (its cluster, its document's rank and where it is, in the
/// spill store or the event list), so that a later pass can give each event its `sources`
/// and date reading only the events it links to.
///
/// An event joins the first cluster of its
/// key (relation and actors) that has no event of its document yet and whose first date is
/// compatible with its own; otherwise it starts a cluster. As documents come in order, a
/// cluster holds the current document exactly when its last member does.
struct EventLinks {
    /// Where a dated event is in the store, and its document's rank in id order.
    struct Place {
        var offset: Int
        var count: Int32
        var document: Int32
    }

    // Per dated event, in reading order.
    private var places: [Place] = []
    private var clusterOf: [Int32] = []
    // Per cluster.
    private var firstValue: [Int32] = []
    private var lastDocument: [Int32] = []
    private var size: [Int32] = []
    private var best: [Int32] = []
    private var bestLength: [Int32] = []
    private var nextOfKey: [Int32] = []
    private var keys: [EventKey: (first: Int32, last: Int32)] = [:]
    private var values: [String] = []
    private var valueIDs: [String: Int32] = [:]
    // After `seal()`: the members of clusters of two or more, cluster by cluster.
    private var memberStart: [Int32] = []
    private var members: [Int32] = []

    /// The next dated event in reading order (`value` is its date's value).
    mutating func add(_ event: Event, value: String, document: Int, offset: Int, count: Int) {
        add(EventKey(event), value: value, document: document, offset: offset, count: count)
    }

    /// The next dated event, by its key.
    mutating func add(_ key: EventKey, value: String, document: Int, offset: Int, count: Int) {
        let k = Int32(places.count)
        let rank = Int32(document)
        places.append(Place(offset: offset, count: Int32(count), document: rank))
        let length = Int32(value.count)
        var c = keys[key]?.first ?? -1
        while c >= 0 {
            if lastDocument[Int(c)] != rank && EventMerger.compatible(values[Int(firstValue[Int(c)])], value) { break }
            c = nextOfKey[Int(c)]
        }
        if c >= 0 {
            let i = Int(c)
            lastDocument[i] = rank
            size[i] += 1
            if bestLength[i] < length { best[i] = k; bestLength[i] = length } // the first longest, as `max(by:)`
        } else {
            c = Int32(size.count)
            firstValue.append(intern(value))
            lastDocument.append(rank)
            size.append(1)
            best.append(k)
            bestLength.append(length)
            nextOfKey.append(-1)
            if let chain = keys[key] {
                nextOfKey[Int(chain.last)] = c
                keys[key] = (chain.first, c)
            } else {
                keys[key] = (c, c)
            }
        }
        clusterOf.append(c)
    }

    private mutating func intern(_ value: String) -> Int32 {
        if let id = valueIDs[value] { return id }
        let id = Int32(values.count)
        values.append(value)
        valueIDs[value] = id
        return id
    }

    /// Ends the adding: lists the members of each cluster of two or more, in reading order.
    mutating func seal() {
        keys = [:]
        valueIDs = [:]
        memberStart = Array(repeating: -1, count: size.count)
        var next: Int32 = 0
        for c in size.indices where size[c] > 1 {
            memberStart[c] = next
            next += size[c]
        }
        members = Array(repeating: 0, count: Int(next))
        var filled = Array(repeating: Int32(0), count: size.count)
        for (k, c) in clusterOf.enumerated() where size[Int(c)] > 1 {
            members[Int(memberStart[Int(c)] + filled[Int(c)])] = Int32(k)
            filled[Int(c)] += 1
        }
    }

    /// Gives the `k`th dated event its tellings and its cluster's best date, as the merger
    /// does: the first telling lists all, each later one the first and itself.
    func apply(to event: inout Event, dated k: Int, read: (Place) throws -> Event) rethrows {
        let c = Int(clusterOf[k])
        guard size[c] > 1 else { return }
        let start = Int(memberStart[c])
        let cluster = members[start..<(start + Int(size[c]))]
        func telling(_ m: Int32) throws -> EventSource {
            if Int(m) == k { return EventSource(document: event.document, evidence: event.evidence) }
            let other = try read(places[Int(m)])
            return EventSource(document: other.document, evidence: other.evidence)
        }
        let first = cluster[start]
        event.sources = Int(first) == k ? try cluster.map(telling) : [try telling(first), try telling(Int32(k))]
        if Int(best[c]) != k { event.date = try read(places[Int(best[c])]).date }
    }
}
