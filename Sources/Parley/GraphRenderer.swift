import Foundation
import GraphvizRendering
import ParleyModel
import ParleyRendering

/// Draws a corpus's actor network: DOT from the encoder, laid out and rendered by Graphviz.
public struct GraphRenderer: Sendable {
    /// Above this many nodes the automatic layout switches from dot to sfdp: dot's
    /// ranking does not finish on large dense graphs (see GRAPHVIZ.md).
    public static let largeGraphNodes = 150

    public var layout: Layout?
    public var evidenceLink: String?

    public init(layout: Layout? = nil, evidenceLink: String? = nil) {
        self.layout = layout
        self.evidenceLink = evidenceLink
    }

    public func dot(for corpus: Corpus) -> String {
        DOTEncoder(evidenceLink: evidenceLink).encode(ActorNetwork(corpus: corpus))
    }

    public func chosenLayout(for corpus: Corpus) -> Layout {
        if let layout { return layout }
        return ActorNetwork(corpus: corpus).nodes.count > GraphRenderer.largeGraphNodes ? .sfdp : .dot
    }

    public func render(_ corpus: Corpus, format: GraphFormat) throws -> Data {
        let text = dot(for: corpus)
        guard let renderFormat = format.renderFormat else { return Data(text.utf8) }
        return try GraphvizRenderer().render(dot: text, layout: chosenLayout(for: corpus), format: renderFormat)
    }
}
