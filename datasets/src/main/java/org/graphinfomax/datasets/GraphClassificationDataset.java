package org.graphinfomax.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;

/**
 * Many small graphs to be classified as wholes: every {@link Graph} carries its class as graph
 * label ({@code 0..numClasses()-1}; {@code classNames().get(c)} is the class's name in the
 * source, e.g. {@code "-1"} for MUTAG's label -1) and all graphs have the same node features,
 * described by {@link #featureDescription()}.
 *
 * <p>Models consume graphs in batches: {@link #batches(int)} (in order),
 * {@link #shuffledBatches(int, long)} (a seeded shuffle, e.g. one seed per epoch) or
 * {@link #batch(int...)} for chosen graphs; each is a {@link GraphBatch}, the disjoint union with
 * the node-to-graph index that pooling needs.
 */
public final class GraphClassificationDataset {

    private final String name;
    private final List<Graph> graphs;
    private final List<String> classNames;
    private final String featureDescription;

    /**
     * @param name a short name, such as {@code "MUTAG"}
     * @param graphs the graphs, each with at least one node and a graph label
     * @param classNames one name per class
     * @param featureDescription how the node features were made, e.g. "one-hot node labels (7)"
     * @throws IllegalArgumentException naming the first graph without nodes or label, with a label
     *     that has no class name, or with a different number of features than graph 0
     */
    public GraphClassificationDataset(String name, List<Graph> graphs, List<String> classNames,
            String featureDescription) {
        this.name = Objects.requireNonNull(name, "name");
        this.graphs = List.copyOf(graphs);
        this.classNames = List.copyOf(classNames);
        this.featureDescription = Objects.requireNonNull(featureDescription, "featureDescription");
        if (this.graphs.isEmpty()) {
            throw new IllegalArgumentException("dataset " + name + " has no graphs");
        }
        int features = this.graphs.get(0).numFeatures();
        for (int g = 0; g < this.graphs.size(); g++) {
            Graph graph = this.graphs.get(g);
            if (graph.numNodes() == 0) {
                throw new IllegalArgumentException("dataset " + name + ": graph " + g + " has no nodes");
            }
            if (graph.graphLabel().isEmpty()) {
                throw new IllegalArgumentException("dataset " + name + ": graph " + g + " has no graph label");
            }
            int label = graph.graphLabel().getAsInt();
            if (label >= this.classNames.size()) {
                throw new IllegalArgumentException("dataset " + name + ": graph " + g + " has label " + label
                        + " but there are only " + this.classNames.size() + " class names");
            }
            if (graph.numFeatures() != features) {
                throw new IllegalArgumentException("dataset " + name + ": graph " + g + " has " + graph.numFeatures()
                        + " features, graph 0 has " + features);
            }
        }
    }

    /** The dataset's name. */
    public String name() {
        return name;
    }

    /** The graphs, in the source's order (unmodifiable). */
    public List<Graph> graphs() {
        return graphs;
    }

    /** Graph {@code i}. */
    public Graph graph(int i) {
        return graphs.get(i);
    }

    /** Number of graphs. */
    public int size() {
        return graphs.size();
    }

    /** The class names in the source, indexed by graph label. */
    public List<String> classNames() {
        return classNames;
    }

    /** Number of classes. */
    public int numClasses() {
        return classNames.size();
    }

    /** The graph labels, indexed by graph. */
    public int[] labels() {
        return graphs.stream().mapToInt(g -> g.graphLabel().getAsInt()).toArray();
    }

    /** How many graphs each class has. */
    public int[] classCounts() {
        int[] counts = new int[numClasses()];
        for (Graph g : graphs) {
            counts[g.graphLabel().getAsInt()]++;
        }
        return counts;
    }

    /** Number of features per node (the same for every graph). */
    public int numFeatures() {
        return graphs.get(0).numFeatures();
    }

    /** How the node features were built from the source. */
    public String featureDescription() {
        return featureDescription;
    }

    /** Total number of nodes over all graphs. */
    public long totalNodes() {
        return graphs.stream().mapToLong(Graph::numNodes).sum();
    }

    /** Average number of nodes per graph. */
    public double averageNodes() {
        return (double) totalNodes() / graphs.size();
    }

    /** Average number of undirected edges per graph (stored directed edges / 2). */
    public double averageEdges() {
        return graphs.stream().mapToLong(Graph::numEdges).sum() / 2.0 / graphs.size();
    }

    /** The disjoint union of the given graphs, in the given order. */
    public GraphBatch batch(int... indices) {
        List<Graph> chosen = new ArrayList<>(indices.length);
        for (int i : indices) {
            chosen.add(graphs.get(Objects.checkIndex(i, graphs.size())));
        }
        return GraphBatch.of(chosen);
    }

    /** Consecutive batches of {@code batchSize} graphs in order (the last one may be smaller). */
    public List<GraphBatch> batches(int batchSize) {
        return batchesOf(Split.range(0, graphs.size()), batchSize);
    }

    /**
     * Batches of {@code batchSize} graphs after a shuffle of all graphs that depends only on
     * {@code seed} (the last batch may be smaller).
     */
    public List<GraphBatch> shuffledBatches(int batchSize, long seed) {
        int[] order = Split.range(0, graphs.size());
        Random random = new Random(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return batchesOf(order, batchSize);
    }

    /** The dataset restricted to the given graphs, in that order (e.g. one fold of a cross-validation). */
    public GraphClassificationDataset subset(int[] indices) {
        List<Graph> chosen = new ArrayList<>(indices.length);
        for (int i : indices) {
            chosen.add(graphs.get(Objects.checkIndex(i, graphs.size())));
        }
        return new GraphClassificationDataset(name, chosen, classNames, featureDescription);
    }

    private List<GraphBatch> batchesOf(int[] order, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        List<GraphBatch> out = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(order.length, from + batchSize);
            int[] part = new int[to - from];
            System.arraycopy(order, from, part, 0, part.length);
            out.add(batch(part));
        }
        return out;
    }

    @Override
    public String toString() {
        return "GraphClassificationDataset[" + name + ": " + graphs.size() + " graphs, " + numClasses()
                + " classes, " + numFeatures() + " features (" + featureDescription + ")]";
    }
}
