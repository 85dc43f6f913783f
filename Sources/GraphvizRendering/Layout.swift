import Foundation

/// A Graphviz layout engine that this package knows how to run in-process.
///
/// A closed list rather than a free string so that a typo fails before Graphviz is
/// touched, with a message that names the alternatives.
public enum Layout: String, CaseIterable, Sendable {
    /// Hierarchical; readable for small graphs but very slow on large dense ones.
    case dot
    /// Spring model; the safer choice for large graphs.
    case neato
    /// Force-directed, like neato but faster and cluster-aware.
    case fdp
    /// Multiscale force-directed; scales to thousands of nodes.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root node.
    case twopi

    /// Parses a user-supplied engine name (case-insensitive, surrounding spaces ignored).
    public init(validating name: String) throws(RenderError) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let layout = Layout(rawValue: key) else {
            throw .unknownLayout(name)
        }
        self = layout
    }
}
