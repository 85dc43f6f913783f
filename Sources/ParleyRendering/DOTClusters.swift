import ParleyModel

/// Splits a network's nodes into clusters (by country) and nodes drawn loose.
struct DOTClusters {
    struct Cluster {
        /// `cluster_` prefixed, as Graphviz requires for a box to be drawn.
        var id: String
        var label: String
        var nodes: [ActorNetwork.Node]
    }

    let groups: (clusters: [Cluster], loose: [ActorNetwork.Node])

    init(network: ActorNetwork, clustering: DOTEncoder.Clustering) {
        guard clustering == .country else {
            groups = ([], network.nodes)
            return
        }
        var byCountry: [String: [ActorNetwork.Node]] = [:]
        for node in network.nodes {
            if let code = node.actor.country, !code.isEmpty { byCountry[code, default: []].append(node) }
        }
        // A country's own actor names its box; other members must not claim it.
        var names: [String: String] = [:]
        for node in network.nodes where node.actor.kind == .country {
            if let code = node.actor.country, names[code] == nil { names[code] = node.actor.name }
        }
        var clusters: [Cluster] = []
        var clustered: Set<String> = []
        for code in byCountry.keys.sorted() {
            guard let members = byCountry[code], members.count >= 2 else { continue }
            clusters.append(Cluster(id: "cluster_country_\(code)", label: names[code] ?? code, nodes: members))
            clustered.formUnion(members.map(\.actor.id))
        }
        groups = (clusters, network.nodes.filter { !clustered.contains($0.actor.id) })
    }
}
