package org.graphinfomax.layers;

import java.util.Arrays;
import java.util.Objects;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.graph.SparseMatrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The graph structure a forward pass needs, for one graph or a batch of graphs: the raw adjacency
 * (GIN sums over neighbours), GCN's normalised adjacency (computed once per graph by graph-core),
 * the node-to-graph index and node counts (readouts), and the {@link Propagation} that performs the
 * sparse products.
 *
 * <p>Build one per graph or batch and reuse it across training steps: the arrays it derives
 * (index vector, inverse node counts) are created once, outside any workspace.
 */
public final class GraphContext {

    private final Graph graph;
    private final int numGraphs;
    private final int[] graphIndex;
    private final int[] nodeCounts;
    private final INDArray batchIndexArray;
    private final Propagation propagation;
    private volatile INDArray indexArray;
    private volatile INDArray inverseCountsFloat;
    private volatile INDArray inverseCountsDouble;
    private volatile SparseMatrix membership;

    private GraphContext(Graph graph, int numGraphs, int[] graphIndex, int[] nodeCounts, INDArray batchIndexArray,
            Propagation propagation) {
        this.graph = graph;
        this.numGraphs = numGraphs;
        this.graphIndex = graphIndex;
        this.nodeCounts = nodeCounts;
        this.batchIndexArray = batchIndexArray;
        this.propagation = Objects.requireNonNull(propagation, "propagation");
    }

    /**
     * The context of a single graph, with the propagation of the current backend.
     *
     * @throws IllegalArgumentException if the graph has no nodes
     */
    public static GraphContext of(Graph graph) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.numNodes();
        if (n == 0) {
            throw new IllegalArgumentException("a graph context needs at least one node, the graph has none");
        }
        return new GraphContext(graph, 1, new int[n], new int[] {n}, null, Propagation.forCurrentBackend());
    }

    /** The context of a batch (its disjoint union), with the propagation of the current backend. */
    public static GraphContext of(GraphBatch batch) {
        Objects.requireNonNull(batch, "batch");
        return new GraphContext(batch.merged(), batch.numGraphs(), batch.graphIndex(), batch.nodeCounts(),
                batch.graphIndexArray(), Propagation.forCurrentBackend());
    }

    /** The same structure with another propagation (e.g. to force the ND4J-ops kernel). */
    public GraphContext withPropagation(Propagation other) {
        return new GraphContext(graph, numGraphs, graphIndex, nodeCounts, batchIndexArray, other);
    }

    /** The graph (for a batch: the disjoint union). */
    public Graph graph() {
        return graph;
    }

    /** Total number of nodes. */
    public int numNodes() {
        return graph.numNodes();
    }

    /** Number of graphs: 1 for a single graph. */
    public int numGraphs() {
        return numGraphs;
    }

    /** Whether all nodes belong to one graph (readouts then reduce whole columns). */
    public boolean isSingleGraph() {
        return numGraphs == 1;
    }

    /** The raw weighted adjacency A (entry (i, j): edge i to j). */
    public SparseMatrix adjacency() {
        return graph.adjacency();
    }

    /** GCN's D^-1/2 (A + I) D^-1/2, remembered by the graph. */
    public SparseMatrix gcnAdjacency() {
        return graph.gcnNormalizedAdjacency();
    }

    /** The sparse-product implementation. */
    public Propagation propagation() {
        return propagation;
    }

    /** The graph of node {@code i}. */
    public int graphOf(int node) {
        return graphIndex[node];
    }

    /** A copy of the node-to-graph index. */
    public int[] graphIndex() {
        return graphIndex.clone();
    }

    /** A copy of the number of nodes of every graph. */
    public int[] nodeCounts() {
        return nodeCounts.clone();
    }

    /** The node-to-graph index as an INT32 vector (created once, outside any workspace). */
    public INDArray graphIndexArray() {
        if (batchIndexArray != null) {
            return batchIndexArray;
        }
        INDArray a = indexArray;
        if (a == null) {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                a = Nd4j.createFromArray(graphIndex);
            }
            indexArray = a;
        }
        return a;
    }

    /**
     * The (numGraphs x nodes) 0/1 matrix whose entry (g, i) is 1 when node i belongs to graph g
     * (created once): its product with node rows sums them per graph.
     */
    public SparseMatrix membership() {
        SparseMatrix m = membership;
        if (m == null) {
            int[] nodes = new int[graphIndex.length];
            Arrays.setAll(nodes, i -> i);
            m = SparseMatrix.fromCoo(numGraphs, graphIndex.length, graphIndex, nodes, null);
            membership = m;
        }
        return m;
    }

    /**
     * A (numGraphs x 1) column holding 1 / node count of every graph, of the given type (created
     * once per type, outside any workspace).
     */
    public INDArray inverseNodeCounts(DataType type) {
        if (type == DataType.DOUBLE) {
            INDArray a = inverseCountsDouble;
            if (a == null) {
                a = inverseCounts(type);
                inverseCountsDouble = a;
            }
            return a;
        }
        if (type == DataType.FLOAT) {
            INDArray a = inverseCountsFloat;
            if (a == null) {
                a = inverseCounts(type);
                inverseCountsFloat = a;
            }
            return a;
        }
        throw new IllegalArgumentException("inverse node counts are FLOAT or DOUBLE, not " + type);
    }

    private INDArray inverseCounts(DataType type) {
        double[] inv = Arrays.stream(nodeCounts).mapToDouble(c -> 1.0 / c).toArray();
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return Nd4j.createFromArray(inv).reshape(numGraphs, 1).castTo(type);
        }
    }

    @Override
    public String toString() {
        return "GraphContext[nodes=" + numNodes() + ", graphs=" + numGraphs + ", " + propagation + "]";
    }
}
