package org.graphinfomax.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Many small graphs as one: the disjoint union whose adjacency is block-diagonal and whose node
 * features are stacked, plus the bookkeeping that whole-graph learning needs: where each graph's
 * nodes start ({@link #nodeOffset(int)}), which graph each node belongs to ({@link #graphIndex()}),
 * and how many nodes each graph has. {@link #split(INDArray)} and {@link #unbatch()} go back.
 *
 * <p>All graphs of a batch must agree on whether they have features, node labels and graph
 * labels, and on the number of features; every graph must have at least one node.
 */
public final class GraphBatch {

    private final List<Graph> graphs;
    private final Graph merged;
    private final int[] offsets;
    private final int[] graphIndex;
    private final int[] graphLabels;
    private volatile INDArray graphIndexArray;

    private GraphBatch(List<Graph> graphs, Graph merged, int[] offsets, int[] graphIndex, int[] graphLabels) {
        this.graphs = graphs;
        this.merged = merged;
        this.offsets = offsets;
        this.graphIndex = graphIndex;
        this.graphLabels = graphLabels;
    }

    /**
     * The disjoint union of the given graphs, in order.
     *
     * @throws IllegalArgumentException naming the first graph that is empty or inconsistent with
     *     the first one
     */
    public static GraphBatch of(List<Graph> graphs) {
        if (graphs.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one graph");
        }
        Graph first = graphs.get(0);
        int[] offsets = new int[graphs.size() + 1];
        for (int g = 0; g < graphs.size(); g++) {
            Graph graph = graphs.get(g);
            if (graph.numNodes() == 0) {
                throw new IllegalArgumentException("graph " + g + " of the batch has no nodes");
            }
            if (graph.features().isPresent() != first.features().isPresent()
                    || graph.numFeatures() != first.numFeatures()) {
                throw new IllegalArgumentException("graph " + g + " has " + describeFeatures(graph)
                        + " but graph 0 has " + describeFeatures(first));
            }
            if (graph.hasNodeLabels() != first.hasNodeLabels()) {
                throw new IllegalArgumentException("graph " + g + (graph.hasNodeLabels() ? " has" : " has no")
                        + " node labels, unlike graph 0");
            }
            if (graph.graphLabel().isPresent() != first.graphLabel().isPresent()) {
                throw new IllegalArgumentException("graph " + g + (graph.graphLabel().isPresent() ? " has" : " has no")
                        + " graph label, unlike graph 0");
            }
            offsets[g + 1] = Math.addExact(offsets[g], graph.numNodes());
        }
        int total = offsets[graphs.size()];
        int[] graphIndex = new int[total];
        for (int g = 0; g < graphs.size(); g++) {
            Arrays.fill(graphIndex, offsets[g], offsets[g + 1], g);
        }
        Graph.Builder builder = Graph.builder(total)
                .adjacency(SparseMatrix.blockDiagonal(graphs.stream().map(Graph::adjacency).toList()));
        if (first.features().isPresent()) {
            builder.features(NodeFeatures.vstack(graphs.stream().map(Graph::requireFeatures).toList()));
        }
        if (first.hasNodeLabels()) {
            int[] labels = new int[total];
            for (int g = 0; g < graphs.size(); g++) {
                System.arraycopy(graphs.get(g).nodeLabels().orElseThrow(), 0, labels, offsets[g], graphs.get(g).numNodes());
            }
            builder.nodeLabels(labels);
        }
        int[] graphLabels = null;
        if (first.graphLabel().isPresent()) {
            graphLabels = graphs.stream().mapToInt(g -> g.graphLabel().getAsInt()).toArray();
        }
        return new GraphBatch(List.copyOf(graphs), builder.build(), offsets, graphIndex, graphLabels);
    }

    private static String describeFeatures(Graph g) {
        return g.features().isPresent() ? g.numFeatures() + " features" : "no features";
    }

    /** Number of graphs. */
    public int numGraphs() {
        return graphs.size();
    }

    /** Total number of nodes. */
    public int numNodes() {
        return merged.numNodes();
    }

    /** The disjoint union as one graph (block-diagonal adjacency, stacked features and labels). */
    public Graph merged() {
        return merged;
    }

    /** The original graph {@code g}. */
    public Graph graph(int g) {
        return graphs.get(g);
    }

    /** The original graphs. */
    public List<Graph> graphs() {
        return graphs;
    }

    /** Index in the union of graph {@code g}'s first node; {@code nodeOffset(numGraphs())} is the node count. */
    public int nodeOffset(int g) {
        return offsets[g];
    }

    /** A copy of all node offsets (length numGraphs + 1). */
    public int[] nodeOffsets() {
        return offsets.clone();
    }

    /** Number of nodes of graph {@code g}. */
    public int nodeCount(int g) {
        return offsets[g + 1] - offsets[g];
    }

    /** A copy of the per-graph node counts. */
    public int[] nodeCounts() {
        int[] counts = new int[numGraphs()];
        for (int g = 0; g < counts.length; g++) {
            counts[g] = nodeCount(g);
        }
        return counts;
    }

    /** A copy of the node-to-graph index: entry i is the graph that node i of the union belongs to. */
    public int[] graphIndex() {
        return graphIndex.clone();
    }

    /** The node-to-graph index as an INT32 ND4J vector (created once, outside any workspace). */
    public INDArray graphIndexArray() {
        INDArray a = graphIndexArray;
        if (a == null) {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                a = Nd4j.createFromArray(graphIndex);
            }
            graphIndexArray = a;
        }
        return a;
    }

    /** The graph labels in batch order, if the graphs have them. */
    public Optional<int[]> graphLabels() {
        return graphLabels == null ? Optional.empty() : Optional.of(graphLabels.clone());
    }

    /**
     * Splits a per-node matrix of the union (one row per node) into one view per graph.
     *
     * @throws IllegalArgumentException if the row count is not the batch's node count
     */
    public List<INDArray> split(INDArray perNode) {
        if (perNode.rows() != numNodes()) {
            throw new IllegalArgumentException("expected " + numNodes() + " rows, one per node, got " + perNode.rows());
        }
        List<INDArray> parts = new ArrayList<>(numGraphs());
        for (int g = 0; g < numGraphs(); g++) {
            parts.add(perNode.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(offsets[g], offsets[g + 1]),
                    org.nd4j.linalg.indexing.NDArrayIndex.all()));
        }
        return parts;
    }

    /**
     * Rebuilds the individual graphs from the union (structure, features and labels), the inverse
     * of {@link #of(List)}.
     */
    public List<Graph> unbatch() {
        List<Graph> out = new ArrayList<>(numGraphs());
        int[] labels = merged.nodeLabels().orElse(null);
        for (int g = 0; g < numGraphs(); g++) {
            int from = offsets[g];
            int to = offsets[g + 1];
            int[] nodes = new int[to - from];
            Arrays.setAll(nodes, k -> from + k);
            Graph.Builder b = Graph.builder(nodes.length).adjacency(merged.adjacency().block(from, to, from, to));
            merged.features().ifPresent(f -> b.features(f.selectRows(nodes)));
            if (labels != null) {
                b.nodeLabels(Arrays.copyOfRange(labels, from, from + nodes.length));
            }
            if (graphLabels != null) {
                b.graphLabel(graphLabels[g]);
            }
            out.add(b.build());
        }
        return out;
    }
}
