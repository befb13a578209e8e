package org.graphinfomax.infomax.infograph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.junit.jupiter.api.Test;

class GraphBatchesTest {

    @Test
    void aTrailingSingleGraphJoinsThePreviousBatch() {
        assertEquals(List.of("0-128", "128-188"), ranges(188, 128));
        assertEquals(List.of("0-128", "128-257"), ranges(257, 128));
        assertEquals(List.of("0-2", "2-4", "4-7"), ranges(7, 2));
        assertEquals(List.of("0-3"), ranges(3, 128));
    }

    private static List<String> ranges(int count, int batch) {
        return GraphBatches.partition(count, batch).stream().map(r -> r[0] + "-" + r[1]).toList();
    }

    @Test
    void shuffledBatchesCoverEveryGraphOnceAndDependOnlyOnTheSeed() {
        List<Graph> graphs = TinyGraphs.graphs(11, 2, 3);
        List<GraphBatch> a = GraphBatches.shuffled(graphs, 4, new Random(9));
        List<GraphBatch> b = GraphBatches.shuffled(graphs, 4, new Random(9));
        assertArrayEquals(new int[] {4, 4, 3}, a.stream().mapToInt(GraphBatch::numGraphs).toArray());
        assertEquals(graphs.stream().mapToInt(Graph::numNodes).sum(), a.stream().mapToInt(GraphBatch::numNodes).sum());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).unbatch().stream().map(Graph::numNodes).toList(),
                    b.get(i).unbatch().stream().map(Graph::numNodes).toList());
        }
        assertArrayEquals(new int[] {4, 4, 3}, GraphBatches.inOrder(graphs, 4).stream()
                .mapToInt(GraphBatch::numGraphs).toArray());
    }
}
