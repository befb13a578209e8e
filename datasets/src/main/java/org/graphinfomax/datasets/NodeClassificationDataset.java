package org.graphinfomax.datasets;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import org.graphinfomax.graph.DenseFeatures;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.SparseFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * One graph whose nodes are to be classified: the {@link Graph} (adjacency, node features if the
 * source has them, node labels with {@link Graph#UNLABELLED} where unknown), the {@link Split} of
 * its nodes, the names of the classes (label {@code c} is {@code classNames().get(c)}) and the
 * source's id of every node (node {@code i} is {@code nodeIds().get(i)}).
 *
 * <p>Features are kept as the source has them. Many methods (DGI and GCN among them) row-normalise
 * bag-of-words features first; {@link #rowNormalizedFeatures()} and
 * {@link #withRowNormalizedFeatures()} do that.
 */
public final class NodeClassificationDataset {

    private final String name;
    private final Graph graph;
    private final Split split;
    private final List<String> classNames;
    private final List<String> nodeIds;

    /**
     * @param name a short name for messages and reports, such as {@code "cora"}
     * @param graph the graph; it must carry node labels
     * @param split indices of the nodes for training, validation and testing
     * @param classNames one name per class
     * @param nodeIds one id per node, e.g. {@link #indexIds(int)} when nodes have no ids of their own
     * @throws IllegalArgumentException if the graph has no node labels, a label has no class name,
     *     the split names a node that does not exist or there is not one id per node
     */
    public NodeClassificationDataset(String name, Graph graph, Split split, List<String> classNames,
            List<String> nodeIds) {
        this.name = Objects.requireNonNull(name, "name");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.split = Objects.requireNonNull(split, "split");
        this.classNames = List.copyOf(classNames);
        this.nodeIds = nodeIds instanceof IndexIds ? nodeIds : List.copyOf(nodeIds);
        int[] labels = graph.nodeLabels().orElseThrow(
                () -> new IllegalArgumentException("dataset " + name + ": the graph has no node labels"));
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= this.classNames.size()) {
                throw new IllegalArgumentException("dataset " + name + ": node " + i + " has label " + labels[i]
                        + " but there are only " + this.classNames.size() + " class names");
            }
        }
        if (split.maxIndex() >= graph.numNodes()) {
            throw new IllegalArgumentException("dataset " + name + ": the split names node " + split.maxIndex()
                    + " of a graph with " + graph.numNodes() + " nodes");
        }
        if (this.nodeIds.size() != graph.numNodes()) {
            throw new IllegalArgumentException("dataset " + name + ": " + this.nodeIds.size() + " node ids for "
                    + graph.numNodes() + " nodes");
        }
    }

    /** The ids "0", "1", ..., "n-1", for nodes known only by their index (not materialised). */
    public static List<String> indexIds(int n) {
        return new IndexIds(n);
    }

    /** The dataset's name. */
    public String name() {
        return name;
    }

    /** The graph, with node labels and (if the source has them) node features. */
    public Graph graph() {
        return graph;
    }

    /** The split of the nodes. */
    public Split split() {
        return split;
    }

    /** The class names, indexed by label. */
    public List<String> classNames() {
        return classNames;
    }

    /** Number of classes. */
    public int numClasses() {
        return classNames.size();
    }

    /** The source's id of each node, indexed by node. */
    public List<String> nodeIds() {
        return nodeIds;
    }

    /** Number of nodes. */
    public int numNodes() {
        return graph.numNodes();
    }

    /** The node labels ({@link Graph#UNLABELLED} where unknown), a copy. */
    public int[] labels() {
        return graph.nodeLabels().orElseThrow();
    }

    /**
     * The node features with every row divided by its sum (rows summing to zero stay zero), as
     * DGI's and GCN's reference code preprocess Cora, Citeseer and Pubmed.
     *
     * @throws IllegalStateException if the graph has no features
     */
    public NodeFeatures rowNormalizedFeatures() {
        NodeFeatures x = graph.requireFeatures();
        if (x instanceof SparseFeatures sparse) {
            return NodeFeatures.sparse(sparse.matrix().rowNormalized());
        }
        INDArray dense = ((DenseFeatures) x).array();
        INDArray sums = dense.sum(true, 1);
        BooleanIndexing.replaceWhere(sums, 1.0, Conditions.equals(0.0));
        return NodeFeatures.dense(dense.divColumnVector(sums));
    }

    /** This dataset with {@link #rowNormalizedFeatures()} in place of the original features. */
    public NodeClassificationDataset withRowNormalizedFeatures() {
        Graph normalized = graph.toBuilder().features(rowNormalizedFeatures()).build();
        return new NodeClassificationDataset(name, normalized, split, classNames, nodeIds);
    }

    @Override
    public String toString() {
        return "NodeClassificationDataset[" + name + ": " + graph.numNodes() + " nodes, " + graph.numEdges()
                + " directed edges, " + graph.numFeatures() + " features, " + numClasses() + " classes, " + split + "]";
    }

    /** The decimal strings of 0..n-1, computed on access. */
    private static final class IndexIds extends AbstractList<String> {
        private final int n;

        IndexIds(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("negative node count " + n);
            }
            this.n = n;
        }

        @Override
        public String get(int index) {
            return Integer.toString(Objects.checkIndex(index, n));
        }

        @Override
        public int size() {
            return n;
        }
    }
}
