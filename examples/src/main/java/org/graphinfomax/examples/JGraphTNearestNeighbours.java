package org.graphinfomax.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.graph.ImportedGraph;
import org.graphinfomax.graph.jgrapht.JGraphTImporter;
import org.graphinfomax.infomax.dgi.DeepGraphInfomax;
import org.jgrapht.Graph;
import org.jgrapht.generate.NamedGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Library example (a): a JGraphT graph built in code, DGI node embeddings, and the nearest
 * neighbours of a node by cosine similarity.
 *
 * <p>The graph is Zachary's karate club (34 members, 78 friendships; W. W. Zachary, J. Anthropol.
 * Res. 33(4), 1977), made by JGraphT's {@code NamedGraphGenerator}. It has no node attributes,
 * so every member gets a one-hot feature of its own id, the usual choice for featureless graphs.
 *
 * <pre>
 * java -cp graph-infomax.jar org.graphinfomax.examples.JGraphTNearestNeighbours [member] [k]
 * </pre>
 */
public final class JGraphTNearestNeighbours {

    private JGraphTNearestNeighbours() {
    }

    /**
     * A node and its cosine similarity to the query node.
     *
     * @param node the JGraphT vertex
     * @param similarity cosine similarity of the embeddings, in [-1, 1]
     */
    public record Neighbour(Integer node, double similarity) {
    }

    /** Zachary's karate club as a JGraphT graph with vertices 0..33. */
    public static Graph<Integer, DefaultEdge> karateClub() {
        Graph<Integer, DefaultEdge> club = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.createDefaultEdgeSupplier(), false);
        new NamedGraphGenerator<Integer, DefaultEdge>().generateZacharyKarateClubGraph(club);
        return club;
    }

    /**
     * A graph's DGI embeddings with the map back to its vertices.
     *
     * @param graph the imported graph; node i is {@code graph.nodes().id(i)}
     * @param embeddings one row per node
     */
    public record Embedded(ImportedGraph<Integer> graph, INDArray embeddings) {

        /** The {@code k} vertices whose embeddings are most similar (cosine) to {@code query}'s. */
        public List<Neighbour> nearest(int query, int k) {
            int n = (int) embeddings.rows();
            INDArray unit = embeddings.divColumnVector(embeddings.norm2(1).reshape(n, 1).addi(1e-12));
            int q = graph.nodes().indexOf(query);
            double[] similarity = unit.mmul(unit.getRow(q).reshape(unit.columns(), 1)).toDoubleVector();
            List<Neighbour> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i != q) {
                    all.add(new Neighbour(graph.nodes().id(i), similarity[i]));
                }
            }
            all.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
            return all.subList(0, Math.min(k, all.size()));
        }
    }

    /**
     * Embeds a JGraphT graph with DGI.
     *
     * @param graph any JGraphT graph with integer vertices
     * @param seed DGI's seed
     */
    public static Embedded embed(Graph<Integer, DefaultEdge> graph, long seed) {
        int n = graph.vertexSet().size();
        // 1. JGraphT -> graph-infomax: one-hot features; imported.nodes() maps indices back to vertices.
        List<Integer> order = new ArrayList<>(graph.vertexSet());
        ImportedGraph<Integer> imported = JGraphTImporter.<Integer, DefaultEdge>create()
                .features(v -> oneHot(order.indexOf(v), n))
                .importGraph(graph);
        // 2. DGI with a small encoder (34 nodes need far fewer than the paper's 512 units).
        DeepGraphInfomax dgi = DeepGraphInfomax.builder(n).hiddenSizes(16).seed(seed).build();
        dgi.fit(imported.graph());
        return new Embedded(imported, dgi.embed(imported.graph()));
    }

    private static float[] oneHot(int vertex, int n) {
        float[] row = new float[n];
        row[vertex] = 1f;
        return row;
    }

    /** Prints the nearest neighbours of a member (default 0, the instructor) and whether they are friends. */
    public static void main(String[] args) {
        int query = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Graph<Integer, DefaultEdge> club = karateClub();
        System.out.printf(Locale.ROOT, "Karate club: %d members, %d friendships%n", club.vertexSet().size(),
                club.edgeSet().size());
        System.out.printf(Locale.ROOT, "Members most similar to member %d:%n", query);
        for (Neighbour nb : embed(club, 0).nearest(query, k)) {
            System.out.printf(Locale.ROOT, "  member %2d  cosine %.3f  %s%n", nb.node(), nb.similarity(),
                    club.containsEdge(query, nb.node()) ? "friend" : "friend of a friend or further");
        }
    }
}
