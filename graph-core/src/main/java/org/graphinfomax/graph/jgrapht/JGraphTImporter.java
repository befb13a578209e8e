package org.graphinfomax.graph.jgrapht;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.graphinfomax.graph.DuplicatePolicy;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.ImportedGraph;
import org.graphinfomax.graph.NodeIndex;
import org.graphinfomax.graph.SparseMatrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds a {@link Graph} from any JGraphT graph, directed or undirected, weighted or not.
 *
 * <p>Nodes are numbered in the iteration order of {@code vertexSet()} (insertion order for
 * JGraphT's default graphs), and the returned {@link NodeIndex} maps them back. An undirected edge
 * becomes two directed entries (a self-loop one). Parallel edges of a multigraph are merged by a
 * {@link DuplicatePolicy}, by default summed. Features and labels come from caller-supplied
 * functions of the vertex:
 *
 * <pre>{@code
 * ImportedGraph<String> imported = JGraphTImporter.<String, DefaultEdge>create()
 *         .features(v -> embeddingOf(v))     // float[] per vertex, all of one length
 *         .labels(v -> classOf(v))           // optional
 *         .importGraph(jgraph);
 * }</pre>
 *
 * @param <V> vertex type
 * @param <E> edge type
 */
public final class JGraphTImporter<V, E> {

    private Function<? super V, float[]> features;
    private ToIntFunction<? super V> labels;
    private Integer graphLabel;
    private DuplicatePolicy parallelEdges = DuplicatePolicy.SUM;

    private JGraphTImporter() {
    }

    /** A new importer with no features, no labels and parallel edges summed. */
    public static <V, E> JGraphTImporter<V, E> create() {
        return new JGraphTImporter<>();
    }

    /** Node features: a function returning one float vector per vertex (all of the same length). */
    public JGraphTImporter<V, E> features(Function<? super V, float[]> features) {
        this.features = Objects.requireNonNull(features, "features");
        return this;
    }

    /** Node labels: a function returning 0, 1, ... per vertex, or -1 when unknown. */
    public JGraphTImporter<V, E> labels(ToIntFunction<? super V> labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        return this;
    }

    /** A label for the whole graph. */
    public JGraphTImporter<V, E> graphLabel(int label) {
        this.graphLabel = label;
        return this;
    }

    /** How parallel edges (multigraphs) are merged; SUM by default. */
    public JGraphTImporter<V, E> parallelEdges(DuplicatePolicy policy) {
        this.parallelEdges = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Converts the graph.
     *
     * @throws IllegalArgumentException if a feature vector is missing, of the wrong length or not
     *     finite, or an edge weight is not finite (the message names the vertex or edge)
     */
    public ImportedGraph<V> importGraph(org.jgrapht.Graph<V, E> source) {
        NodeIndex<V> index = NodeIndex.of(new ArrayList<>(source.vertexSet()));
        int n = index.size();
        boolean directed = source.getType().isDirected();
        boolean weighted = source.getType().isWeighted();
        SparseMatrix.Builder adjacency = SparseMatrix.builder(n, n);
        for (E edge : source.edgeSet()) {
            int s = index.indexOf(source.getEdgeSource(edge));
            int t = index.indexOf(source.getEdgeTarget(edge));
            double w = weighted ? source.getEdgeWeight(edge) : 1.0;
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("edge " + edge + " has weight " + w + "; weights must be finite");
            }
            adjacency.add(s, t, (float) w);
            if (!directed && s != t) {
                adjacency.add(t, s, (float) w);
            }
        }
        Graph.Builder graph = Graph.builder(n).adjacency(adjacency.build(parallelEdges));
        if (features != null) {
            graph.features(featureMatrix(index));
        }
        if (labels != null) {
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = labels.applyAsInt(index.id(i));
            }
            graph.nodeLabels(y);
        }
        if (graphLabel != null) {
            graph.graphLabel(graphLabel);
        }
        return new ImportedGraph<>(graph.build(), index);
    }

    private org.nd4j.linalg.api.ndarray.INDArray featureMatrix(NodeIndex<V> index) {
        int n = index.size();
        List<float[]> rows = new ArrayList<>(n);
        int width = -1;
        for (int i = 0; i < n; i++) {
            V v = index.id(i);
            float[] row = features.apply(v);
            if (row == null) {
                throw new IllegalArgumentException("vertex " + v + " has no feature vector");
            }
            if (width < 0) {
                width = row.length;
            } else if (row.length != width) {
                throw new IllegalArgumentException("vertex " + v + " has " + row.length + " features, vertex "
                        + index.id(0) + " has " + width);
            }
            for (int k = 0; k < row.length; k++) {
                if (!Float.isFinite(row[k])) {
                    throw new IllegalArgumentException("feature " + k + " of vertex " + v + " is " + row[k]
                            + "; features must be finite");
                }
            }
            rows.add(row);
        }
        float[] flat = new float[n * Math.max(width, 0)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows.get(i), 0, flat, i * width, width);
        }
        return Nd4j.create(flat, new long[] {n, Math.max(width, 0)}, 'c').castTo(DataType.FLOAT);
    }
}
