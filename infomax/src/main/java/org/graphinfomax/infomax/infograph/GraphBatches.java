package org.graphinfomax.infomax.infograph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;

/**
 * Input checks and mini-batching of graph lists for the graph-level models: every graph is checked
 * once, naming its position in the caller's list, before any batch is formed.
 */
public final class GraphBatches {

    private GraphBatches() {
    }

    /**
     * Checks that every graph has at least one node and exactly {@code inputSize} node features.
     *
     * @param graphs the graphs
     * @param inputSize the features per node the model was built for
     * @param what how to call the list in messages, e.g. "training graphs"
     * @throws IllegalArgumentException naming the first offending graph by its index in the list
     */
    public static void requireCompatible(List<Graph> graphs, int inputSize, String what) {
        Objects.requireNonNull(graphs, what);
        if (graphs.isEmpty()) {
            throw new IllegalArgumentException("no " + what + " given");
        }
        for (int i = 0; i < graphs.size(); i++) {
            Graph g = Objects.requireNonNull(graphs.get(i), () -> what + ": graph is null");
            if (g.numNodes() == 0) {
                throw new IllegalArgumentException(what + ": graph " + i + " has no nodes; every graph needs at least one");
            }
            if (g.features().isEmpty()) {
                throw new IllegalArgumentException(what + ": graph " + i + " has no node features (the model expects "
                        + inputSize + " per node; give featureless graphs a constant feature)");
            }
            if (g.numFeatures() != inputSize) {
                throw new IllegalArgumentException(what + ": graph " + i + " has " + g.numFeatures()
                        + " features per node, but the model was built for " + inputSize);
            }
        }
    }

    /**
     * Consecutive batches of at most {@code batchSize} graphs in the given order (for inference).
     */
    public static List<GraphBatch> inOrder(List<Graph> graphs, int batchSize) {
        requireBatchSize(batchSize);
        List<GraphBatch> batches = new ArrayList<>();
        for (int from = 0; from < graphs.size(); from += batchSize) {
            batches.add(GraphBatch.of(graphs.subList(from, Math.min(graphs.size(), from + batchSize))));
        }
        return batches;
    }

    /**
     * Batches of {@code batchSize} graphs after a shuffle drawn from {@code random}; a last batch of
     * a single graph is merged into the one before it, because the contrastive objectives need at
     * least two graphs per batch (a node's negatives are the other graphs).
     *
     * @throws IllegalArgumentException if there are fewer than 2 graphs
     */
    public static List<GraphBatch> shuffled(List<Graph> graphs, int batchSize, Random random) {
        requireBatchSize(batchSize);
        if (graphs.size() < 2) {
            throw new IllegalArgumentException("training needs at least 2 graphs (negatives are the other graphs of a "
                    + "batch), got " + graphs.size());
        }
        List<Graph> order = new ArrayList<>(graphs);
        java.util.Collections.shuffle(order, random);
        List<GraphBatch> batches = new ArrayList<>();
        for (int[] range : partition(order.size(), batchSize)) {
            batches.add(GraphBatch.of(order.subList(range[0], range[1])));
        }
        return batches;
    }

    /**
     * The [from, to) ranges of consecutive training batches of {@code count} items: batches of
     * {@code batchSize}, except that a last batch of a single item joins the one before it.
     */
    static List<int[]> partition(int count, int batchSize) {
        List<int[]> ranges = new ArrayList<>();
        int from = 0;
        while (from < count) {
            int to = Math.min(count, from + batchSize);
            if (count - to == 1) {
                to = count;
            }
            ranges.add(new int[] {from, to});
            from = to;
        }
        return ranges;
    }

    private static void requireBatchSize(int batchSize) {
        if (batchSize < 2) {
            throw new IllegalArgumentException("batch size must be at least 2, got " + batchSize);
        }
    }
}
