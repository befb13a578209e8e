package org.graphinfomax.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GraphBatchTest {

    private static List<Graph> randomGraphs(Random rnd, int count, boolean sparseFeatures) {
        List<Graph> graphs = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            int n = 1 + rnd.nextInt(12);
            Graph.Builder b = Graph.builder(n).adjacency(RandomGraphs.randomUndirected(rnd, n, 2 * n))
                    .nodeLabels(rnd.ints(n, 0, 3).toArray()).graphLabel(g % 2);
            if (sparseFeatures) {
                b.features(RandomGraphs.randomMatrix(rnd, n, 5, n));
            } else {
                b.features(Nd4j.rand(DataType.FLOAT, n, 5));
            }
            graphs.add(b.build());
        }
        return graphs;
    }

    @Test
    void unionAndSplitRoundTrip() {
        Random rnd = new Random(42);
        for (boolean sparse : new boolean[] {false, true}) {
            List<Graph> graphs = randomGraphs(rnd, 9, sparse);
            GraphBatch batch = GraphBatch.of(graphs);
            assertEquals(9, batch.numGraphs());
            assertEquals(graphs.stream().mapToInt(Graph::numNodes).sum(), batch.numNodes());
            assertEquals(graphs.stream().mapToInt(Graph::numEdges).sum(), batch.merged().numEdges());
            int[] index = batch.graphIndex();
            for (int g = 0; g < 9; g++) {
                assertEquals(graphs.get(g).numNodes(), batch.nodeCount(g));
                for (int i = batch.nodeOffset(g); i < batch.nodeOffset(g + 1); i++) {
                    assertEquals(g, index[i]);
                }
            }
            assertArrayEquals(index, batch.graphIndexArray().toIntVector());
            assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1, 0, 1, 0}, batch.graphLabels().orElseThrow());

            List<Graph> back = batch.unbatch();
            for (int g = 0; g < 9; g++) {
                Graph original = graphs.get(g);
                Graph copy = back.get(g);
                assertEquals(original.adjacency(), copy.adjacency(), "graph " + g);
                assertEquals(original.requireFeatures().toDense(DataType.FLOAT), copy.requireFeatures().toDense(DataType.FLOAT));
                assertArrayEquals(original.nodeLabels().orElseThrow(), copy.nodeLabels().orElseThrow());
                assertEquals(original.graphLabel(), copy.graphLabel());
            }

            INDArray perNode = batch.merged().requireFeatures().toDense(DataType.FLOAT);
            List<INDArray> parts = batch.split(perNode);
            for (int g = 0; g < 9; g++) {
                assertEquals(graphs.get(g).requireFeatures().toDense(DataType.FLOAT), parts.get(g));
            }
        }
    }

    @Test
    void emptyOrInconsistentGraphsAreRejected() {
        Graph ok = Graph.builder(2).features(Nd4j.zeros(DataType.FLOAT, 2, 3)).build();
        var e = assertThrows(IllegalArgumentException.class,
                () -> GraphBatch.of(List.of(ok, Graph.builder(0).features(Nd4j.zeros(DataType.FLOAT, 0, 3)).build())));
        assertEquals("graph 1 of the batch has no nodes", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GraphBatch.of(List.of(ok, Graph.builder(2).features(Nd4j.zeros(DataType.FLOAT, 2, 4)).build())));
        assertTrue(e.getMessage().contains("graph 1 has 4 features but graph 0 has 3 features"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GraphBatch.of(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> GraphBatch.of(List.of(ok, Graph.builder(2).features(Nd4j.zeros(DataType.FLOAT, 2, 3)).graphLabel(1).build())));
    }

    @Test
    void splitRejectsWrongRowCount() {
        GraphBatch batch = GraphBatch.of(randomGraphs(new Random(1), 3, false));
        assertThrows(IllegalArgumentException.class, () -> batch.split(Nd4j.zeros(batch.numNodes() + 1, 2)));
    }
}
