package org.graphinfomax.graph.jgrapht;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.graphinfomax.graph.ImportedGraph;
import org.jgrapht.Graph;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.generate.GnpRandomGraphGenerator;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultUndirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.Multigraph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class JGraphTInteropTest {

    private static Supplier<Integer> counter() {
        int[] next = {0};
        return () -> next[0]++;
    }

    private static <V, E> Set<String> edgeSet(Graph<V, E> g, boolean directed) {
        Set<String> edges = new HashSet<>();
        for (E e : g.edgeSet()) {
            String s = String.valueOf(g.getEdgeSource(e));
            String t = String.valueOf(g.getEdgeTarget(e));
            if (!directed && s.compareTo(t) > 0) {
                String tmp = s;
                s = t;
                t = tmp;
            }
            edges.add(s + "->" + t + "@" + g.getEdgeWeight(e));
        }
        return edges;
    }

    @Test
    void undirectedGnpGraphSurvivesImportAndExport() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(counter(), DefaultEdge::new, false);
        new GnpRandomGraphGenerator<Integer, DefaultEdge>(300, 0.02, 17).generateGraph(g);
        ImportedGraph<Integer> imported = JGraphTImporter.<Integer, DefaultEdge>create().importGraph(g);
        assertEquals(g.vertexSet().size(), imported.graph().numNodes());
        assertEquals(2 * g.edgeSet().size(), imported.graph().numEdges());
        assertTrue(imported.graph().isUndirected());
        Graph<Integer, DefaultWeightedEdge> back = JGraphTExporter.toJGraphT(imported.graph(), imported.nodes());
        assertEquals(g.vertexSet(), back.vertexSet());
        assertEquals(edgeSet(g, false), edgeSet(back, false));
    }

    @Test
    void directedBarabasiAlbertGraphSurvivesImportAndExport() {
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(counter(), DefaultEdge::new, false);
        new BarabasiAlbertGraphGenerator<Integer, DefaultEdge>(5, 3, 400, new Random(3)).generateGraph(g);
        ImportedGraph<Integer> imported = JGraphTImporter.<Integer, DefaultEdge>create().importGraph(g);
        assertEquals(g.edgeSet().size(), imported.graph().numEdges());
        Graph<Integer, DefaultWeightedEdge> back = JGraphTExporter.toJGraphT(imported.graph(), imported.nodes());
        assertEquals(edgeSet(g, true), edgeSet(back, true));
    }

    @Test
    void weightsFeaturesAndLabelsComeAcross() {
        Graph<String, DefaultWeightedEdge> g = new DefaultUndirectedWeightedGraph<>(DefaultWeightedEdge.class);
        g.addVertex("a");
        g.addVertex("b");
        g.addVertex("c");
        g.setEdgeWeight(g.addEdge("a", "b"), 2.5);
        g.setEdgeWeight(g.addEdge("c", "c"), 4.0);
        ImportedGraph<String> imported = JGraphTImporter.<String, DefaultWeightedEdge>create()
                .features(v -> new float[] {v.charAt(0), 1f})
                .labels(v -> v.equals("c") ? -1 : v.charAt(0) - 'a')
                .importGraph(g);
        var graph = imported.graph();
        int a = imported.nodes().indexOf("a");
        int b = imported.nodes().indexOf("b");
        int c = imported.nodes().indexOf("c");
        assertEquals(2.5f, graph.adjacency().get(a, b));
        assertEquals(2.5f, graph.adjacency().get(b, a));
        assertEquals(4f, graph.adjacency().get(c, c));
        assertEquals(3, graph.numEdges());
        assertEquals((float) 'b', graph.requireFeatures().toDense(DataType.FLOAT).getFloat(b, 0));
        assertArrayEquals(new int[] {0, 1, -1}, graph.nodeLabels().orElseThrow());
        assertEquals(edgeSet(g, false), edgeSet(JGraphTExporter.toJGraphT(graph, imported.nodes()), false));
    }

    @Test
    void parallelEdgesAreSummedByDefault() {
        Multigraph<Integer, DefaultEdge> g = new Multigraph<>(DefaultEdge.class);
        g.addVertex(0);
        g.addVertex(1);
        g.addEdge(0, 1);
        g.addEdge(0, 1);
        var graph = JGraphTImporter.<Integer, DefaultEdge>create().importGraph(g).graph();
        assertEquals(2f, graph.adjacency().get(0, 1));
        assertFalse(graph.adjacency().hasDuplicates());
    }

    @Test
    void badFeaturesNameTheVertex() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        g.addVertex("x");
        g.addVertex("y");
        var e = assertThrows(IllegalArgumentException.class, () -> JGraphTImporter.<String, DefaultEdge>create()
                .features(v -> v.equals("y") ? new float[] {1, 2, 3} : new float[] {1, 2}).importGraph(g));
        assertEquals("vertex y has 3 features, vertex x has 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> JGraphTImporter.<String, DefaultEdge>create()
                .features(v -> new float[] {Float.NaN}).importGraph(g));
        assertEquals("feature 0 of vertex x is NaN; features must be finite", e.getMessage());
    }
}
