package org.graphinfomax.infomax.eval;

import java.util.List;
import java.util.Objects;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The no-learning baseline of graph classification: a graph's "embedding" is the sum of its node
 * features (for one-hot node labels, the count of each label; for a constant feature, the number
 * of nodes). Put through the same SVM protocol as learned embeddings, it shows how much a learned
 * encoder adds.
 */
public final class FeatureSumBaseline {

    private FeatureSumBaseline() {
    }

    /**
     * @param graphs graphs with the same number of node features, each with at least one node
     * @return (graphs x features) DOUBLE, row g the column sums of graph g's features
     * @throws IllegalArgumentException naming the first graph without nodes or features, or with
     *     another feature count than graph 0
     */
    public static INDArray embed(List<Graph> graphs) {
        Objects.requireNonNull(graphs, "graphs");
        if (graphs.isEmpty()) {
            throw new IllegalArgumentException("no graphs to embed");
        }
        int width = requireFeatures(graphs.get(0), 0).numFeatures();
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            double[][] rows = new double[graphs.size()][];
            for (int g = 0; g < graphs.size(); g++) {
                NodeFeatures x = requireFeatures(graphs.get(g), g);
                if (x.numFeatures() != width) {
                    throw new IllegalArgumentException("graph " + g + " has " + x.numFeatures()
                            + " features per node, graph 0 has " + width);
                }
                rows[g] = x.toDense(DataType.DOUBLE).sum(0).toDoubleVector();
            }
            return Nd4j.createFromArray(rows);
        }
    }

    private static NodeFeatures requireFeatures(Graph graph, int index) {
        if (graph.numNodes() == 0) {
            throw new IllegalArgumentException("graph " + index + " has no nodes");
        }
        return graph.features().orElseThrow(() -> new IllegalArgumentException("graph " + index + " has no node features"));
    }
}
