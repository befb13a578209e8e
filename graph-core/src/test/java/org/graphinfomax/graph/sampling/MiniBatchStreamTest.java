package org.graphinfomax.graph.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.graphinfomax.graph.SparseMatrix;
import org.graphinfomax.graph.generate.StochasticBlockModel;
import org.junit.jupiter.api.Test;

class MiniBatchStreamTest {

    private static final SparseMatrix GRAPH = StochasticBlockModel.builder(2_000, 4).averageDegree(10).seed(3).build()
            .adjacency();

    @Test
    void prefetchingGivesTheSameBatchesAsSampling() {
        NeighbourSampler sampler = new NeighbourSampler(GRAPH, 5, 5);
        int[][] batches = NodeBatches.shuffled(GRAPH.rows(), 128, 7);
        List<MiniBatch> direct = collect(MiniBatchStream.of(sampler, batches, 42, 0));
        List<MiniBatch> prefetched = collect(MiniBatchStream.of(sampler, batches, 42, 3));
        assertEquals(batches.length, direct.size());
        assertEquals(direct.size(), prefetched.size());
        for (int b = 0; b < direct.size(); b++) {
            assertEquals(b, prefetched.get(b).index());
            assertArrayEquals(direct.get(b).inputNodes(), prefetched.get(b).inputNodes());
            assertEquals(direct.get(b).blocks().get(0).meanAggregation(), prefetched.get(b).blocks().get(0).meanAggregation());
        }
    }

    @Test
    void anEpochCoversEveryNodeOnce() {
        int[][] batches = NodeBatches.shuffled(1_001, 100, 3);
        assertEquals(11, batches.length);
        assertEquals(1, batches[10].length);
        int[] all = Arrays.stream(batches).flatMapToInt(Arrays::stream).sorted().toArray();
        for (int i = 0; i < all.length; i++) {
            assertEquals(i, all[i]);
        }
        assertFalse(Arrays.equals(batches[0], NodeBatches.shuffled(1_001, 100, 4)[0]), "the order depends on the seed");
    }

    @Test
    void backgroundFailuresReachTheConsumer() {
        NeighbourSampler sampler = new NeighbourSampler(GRAPH, 3);
        int[][] batches = {{1, 2}, {3, 99_999}, {4}};
        try (MiniBatchStream stream = MiniBatchStream.of(sampler, batches, 1, 2)) {
            assertEquals(2, stream.next().numTargets());
            IllegalStateException e = assertThrows(IllegalStateException.class, stream::next);
            assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
            assertFalse(stream.hasNext());
        }
    }

    @Test
    void closingEarlyStopsTheProducer() {
        NeighbourSampler sampler = new NeighbourSampler(GRAPH, 3, 3);
        MiniBatchStream stream = MiniBatchStream.of(sampler, NodeBatches.shuffled(GRAPH.rows(), 10, 1), 1, 2);
        stream.next();
        stream.close();
        assertFalse(stream.hasNext());
        long samplerThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("graphinfomax-sampler") && t.isAlive()).count();
        assertEquals(0, samplerThreads, "no sampler thread survives close()");
    }

    private static List<MiniBatch> collect(MiniBatchStream stream) {
        List<MiniBatch> out = new ArrayList<>();
        try (stream) {
            while (stream.hasNext()) {
                out.add(stream.next());
            }
        }
        return out;
    }
}
