package org.graphinfomax.graph;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An immutable graph as graph neural networks consume it: a node count, a weighted adjacency
 * matrix in CSR form (entry (i, j) is the weight of the edge i &rarr; j; an undirected graph stores
 * both directions), and optionally node features, integer node labels and a graph label.
 *
 * <p>Nodes are numbered 0..n-1. Importers ({@code JGraphTImporter}, {@code CsvGraphReader}) keep
 * the mapping from the caller's own node ids to these indices. A node label of -1 marks a node
 * whose label is unknown.
 *
 * <p>Build one with {@link #builder(int)}; the builder validates everything (indices in range,
 * finite weights and features, matching sizes). Derived structures that encoders need, such as
 * GCN's normalised adjacency, are computed once per graph and remembered.
 */
public final class Graph {

    /** The label value that marks a node without a known label. */
    public static final int UNLABELLED = -1;

    private final int numNodes;
    private final SparseMatrix adjacency;
    private final NodeFeatures features;
    private final int[] nodeLabels;
    private final Integer graphLabel;

    private volatile SparseMatrix gcnAdjacency;

    private Graph(Builder b) {
        this.numNodes = b.numNodes;
        this.adjacency = b.adjacency;
        this.features = b.features;
        this.nodeLabels = b.nodeLabels;
        this.graphLabel = b.graphLabel;
    }

    /** A builder for a graph with {@code numNodes} nodes and, until edges are given, no edges. */
    public static Builder builder(int numNodes) {
        return new Builder(numNodes);
    }

    /** A builder that starts from this graph's parts, for a copy with some of them replaced. */
    public Builder toBuilder() {
        Builder b = new Builder(numNodes);
        b.adjacency = adjacency;
        b.features = features;
        b.nodeLabels = nodeLabels;
        b.graphLabel = graphLabel;
        return b;
    }

    /** Number of nodes. */
    public int numNodes() {
        return numNodes;
    }

    /** Number of stored directed edges (an undirected edge counts twice, a self-loop once). */
    public int numEdges() {
        return adjacency.nnz();
    }

    /** The (numNodes x numNodes) weighted adjacency matrix. */
    public SparseMatrix adjacency() {
        return adjacency;
    }

    /** Whether every edge has its reverse with the same weight. */
    public boolean isUndirected() {
        return adjacency.isSymmetric();
    }

    /** GCN's D^-1/2 (A + I) D^-1/2, computed on first use and remembered. */
    public SparseMatrix gcnNormalizedAdjacency() {
        SparseMatrix a = gcnAdjacency;
        if (a == null) {
            a = adjacency.gcnNormalized();
            gcnAdjacency = a;
        }
        return a;
    }

    /** The node features, if the graph has any. */
    public Optional<NodeFeatures> features() {
        return Optional.ofNullable(features);
    }

    /**
     * The node features.
     *
     * @throws IllegalStateException if the graph has none
     */
    public NodeFeatures requireFeatures() {
        if (features == null) {
            throw new IllegalStateException("the graph (" + numNodes + " nodes) has no node features; "
                    + "give it some, for example a constant feature per node");
        }
        return features;
    }

    /** Number of features per node, 0 if the graph has none. */
    public int numFeatures() {
        return features == null ? 0 : features.numFeatures();
    }

    /** Whether the graph carries node labels. */
    public boolean hasNodeLabels() {
        return nodeLabels != null;
    }

    /** A copy of the node labels ({@link #UNLABELLED} where unknown), if the graph has them. */
    public Optional<int[]> nodeLabels() {
        return nodeLabels == null ? Optional.empty() : Optional.of(nodeLabels.clone());
    }

    /**
     * The label of one node.
     *
     * @throws IllegalStateException if the graph has no node labels
     */
    public int nodeLabel(int node) {
        if (nodeLabels == null) {
            throw new IllegalStateException("the graph has no node labels");
        }
        return nodeLabels[Objects.checkIndex(node, numNodes)];
    }

    /** The label of the whole graph (for graph classification), if it has one. */
    public OptionalInt graphLabel() {
        return graphLabel == null ? OptionalInt.empty() : OptionalInt.of(graphLabel);
    }

    @Override
    public String toString() {
        return "Graph[nodes=" + numNodes + ", edges=" + numEdges()
                + (features == null ? "" : ", features=" + features)
                + (nodeLabels == null ? "" : ", node labels")
                + (graphLabel == null ? "" : ", graph label=" + graphLabel) + "]";
    }

    /** Collects and validates the parts of a {@link Graph}. */
    public static final class Builder {
        private final int numNodes;
        private SparseMatrix adjacency;
        private NodeFeatures features;
        private int[] nodeLabels;
        private Integer graphLabel;

        private Builder(int numNodes) {
            if (numNodes < 0) {
                throw new IllegalArgumentException("node count must not be negative, got " + numNodes);
            }
            this.numNodes = numNodes;
        }

        /**
         * The adjacency matrix.
         *
         * @throws IllegalArgumentException if it is not numNodes x numNodes
         */
        public Builder adjacency(SparseMatrix adjacency) {
            Objects.requireNonNull(adjacency, "adjacency");
            if (adjacency.rows() != numNodes || adjacency.cols() != numNodes) {
                throw new IllegalArgumentException("adjacency must be " + numNodes + " x " + numNodes
                        + " for " + numNodes + " nodes, got " + adjacency.rows() + " x " + adjacency.cols());
            }
            this.adjacency = adjacency;
            return this;
        }

        /**
         * Directed edges {@code sources[k] -> targets[k]} with weight {@code weights[k]} (or 1 if
         * {@code weights} is null); duplicate edges are merged by {@code duplicates}.
         *
         * @throws IllegalArgumentException naming the first edge whose node is out of range or
         *     whose weight is not finite
         */
        public Builder edges(int[] sources, int[] targets, float[] weights, DuplicatePolicy duplicates) {
            return adjacency(SparseMatrix.fromCoo(numNodes, numNodes, sources, targets, weights).deduplicate(duplicates));
        }

        /** Undirected edges: each pair is stored in both directions, duplicates keep one weight. */
        public Builder undirectedEdges(int[] sources, int[] targets, float[] weights) {
            return adjacency(SparseMatrix.fromCoo(numNodes, numNodes, sources, targets, weights)
                    .symmetrize(DuplicatePolicy.KEEP_FIRST));
        }

        /** Node features (rows must equal the node count; checked by {@link #build()}). */
        public Builder features(NodeFeatures features) {
            this.features = features;
            return this;
        }

        /** Dense node features, one row per node (not copied: do not change the array afterwards). */
        public Builder features(INDArray features) {
            return features(NodeFeatures.dense(features));
        }

        /** Sparse node features, one row per node. */
        public Builder features(SparseMatrix features) {
            return features(NodeFeatures.sparse(features));
        }

        /** Integer node labels, {@link Graph#UNLABELLED} (-1) where unknown (copied). */
        public Builder nodeLabels(int[] labels) {
            this.nodeLabels = labels == null ? null : labels.clone();
            return this;
        }

        /** The label of the whole graph, at least 0. */
        public Builder graphLabel(int label) {
            if (label < 0) {
                throw new IllegalArgumentException("graph label must not be negative, got " + label);
            }
            this.graphLabel = label;
            return this;
        }

        /** Removes the graph label. */
        public Builder noGraphLabel() {
            this.graphLabel = null;
            return this;
        }

        /**
         * The graph.
         *
         * @throws IllegalArgumentException if the features or labels do not have one row per node
         *     or a label is below -1
         */
        public Graph build() {
            if (adjacency == null) {
                adjacency = SparseMatrix.empty(numNodes, numNodes);
            }
            if (features != null && features.numRows() != numNodes) {
                throw new IllegalArgumentException("features have " + features.numRows() + " rows for "
                        + numNodes + " nodes");
            }
            if (nodeLabels != null) {
                if (nodeLabels.length != numNodes) {
                    throw new IllegalArgumentException(nodeLabels.length + " node labels for " + numNodes + " nodes");
                }
                for (int i = 0; i < nodeLabels.length; i++) {
                    if (nodeLabels[i] < UNLABELLED) {
                        throw new IllegalArgumentException("node " + i + " has label " + nodeLabels[i]
                                + "; labels are 0, 1, ... or -1 for unknown");
                    }
                }
            }
            return new Graph(this);
        }
    }
}
