package org.graphinfomax.graph.jgrapht;

import java.util.function.IntFunction;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeIndex;
import org.graphinfomax.graph.SparseMatrix;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultUndirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Turns a {@link Graph} back into a JGraphT graph: undirected when the adjacency is symmetric
 * (each pair of entries becomes one edge), directed otherwise; edge weights are the entry values;
 * self-loops are kept.
 */
public final class JGraphTExporter {

    private JGraphTExporter() {
    }

    /** The graph with vertices 0..n-1 (the node indices). */
    public static org.jgrapht.Graph<Integer, DefaultWeightedEdge> toJGraphT(Graph graph) {
        return toJGraphT(graph, Integer::valueOf);
    }

    /** The graph with the caller's vertices, as recorded by an importer's {@link NodeIndex}. */
    public static <V> org.jgrapht.Graph<V, DefaultWeightedEdge> toJGraphT(Graph graph, NodeIndex<V> nodes) {
        if (nodes.size() != graph.numNodes()) {
            throw new IllegalArgumentException("index has " + nodes.size() + " nodes, graph has " + graph.numNodes());
        }
        return toJGraphT(graph, nodes::id);
    }

    private static <V> org.jgrapht.Graph<V, DefaultWeightedEdge> toJGraphT(Graph graph, IntFunction<V> vertex) {
        SparseMatrix a = graph.adjacency();
        boolean undirected = a.isSymmetric();
        org.jgrapht.Graph<V, DefaultWeightedEdge> out = undirected
                ? new DefaultUndirectedWeightedGraph<>(DefaultWeightedEdge.class)
                : new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < graph.numNodes(); i++) {
            out.addVertex(vertex.apply(i));
        }
        for (int i = 0; i < a.rows(); i++) {
            for (int p = a.rowStart(i); p < a.rowEnd(i); p++) {
                int j = a.columnAt(p);
                if (undirected && j < i) {
                    continue;
                }
                V s = vertex.apply(i);
                V t = vertex.apply(j);
                DefaultWeightedEdge e = out.getEdge(s, t);
                if (e == null) {
                    e = out.addEdge(s, t);
                    out.setEdgeWeight(e, a.valueAt(p));
                } else {
                    out.setEdgeWeight(e, out.getEdgeWeight(e) + a.valueAt(p));
                }
            }
        }
        return out;
    }
}
