package org.graphinfomax.layers;

import org.graphinfomax.graph.NodeFeatures;

/**
 * Maps node features plus graph structure to node embeddings and, where the encoder defines them,
 * graph embeddings. Mutual-information objectives (DGI, InfoGraph) take any encoder, in the style
 * of PyTorch Geometric's pluggable {@code DeepGraphInfomax(encoder=...)}.
 */
public interface Encoder extends Parameterized {

    /**
     * Encodes a graph or a batch of graphs.
     *
     * @param features (nodes x {@link #inputSize()}) node features, dense or sparse
     * @param ctx the structure of the graph or batch
     * @param mode training or inference
     * @return the pass, with node (and possibly graph) embeddings and a joint backward
     */
    EncoderForward encode(NodeFeatures features, GraphContext ctx, ForwardMode mode);

    /** Number of input features. */
    int inputSize();

    /** Width of a node embedding. */
    int nodeEmbeddingSize();

    /** Width of a graph embedding, 0 if this encoder produces none. */
    int graphEmbeddingSize();
}
