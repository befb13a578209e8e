package org.graphinfomax.graph.sampling;

import java.util.List;

/**
 * The sampled computation graph of one batch of target nodes: one {@link Block} per layer, the
 * input layer's block first. Layer {@code l} reads the rows of {@code blocks().get(l)}'s sources
 * and writes its targets, which are the next block's sources; the last block's targets are the
 * batch.
 *
 * @param index position of the batch in its epoch (0-based)
 * @param blocks the blocks, input layer first
 */
public record MiniBatch(int index, List<Block> blocks) {

    /** Copies the list and checks that consecutive blocks fit together. */
    public MiniBatch {
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a mini-batch needs at least one block");
        }
        for (int l = 0; l + 1 < blocks.size(); l++) {
            if (blocks.get(l).numTargets() != blocks.get(l + 1).numSources()) {
                throw new IllegalArgumentException("block " + l + " has " + blocks.get(l).numTargets()
                        + " targets but block " + (l + 1) + " has " + blocks.get(l + 1).numSources() + " sources");
            }
        }
    }

    /** The graph nodes whose input features the first layer reads (the first block's sources). */
    public int[] inputNodes() {
        return blocks.get(0).sourceNodes();
    }

    /** Number of input nodes. */
    public int numInputNodes() {
        return blocks.get(0).numSources();
    }

    /** The batch: the graph nodes whose embeddings the last layer produces. */
    public int[] targetNodes() {
        return blocks.get(blocks.size() - 1).targetNodes();
    }

    /** Number of target nodes. */
    public int numTargets() {
        return blocks.get(blocks.size() - 1).numTargets();
    }

    /** Number of layers (blocks). */
    public int numLayers() {
        return blocks.size();
    }
}
