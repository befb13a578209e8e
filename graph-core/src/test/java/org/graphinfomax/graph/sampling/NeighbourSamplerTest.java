package org.graphinfomax.graph.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.graphinfomax.graph.SparseMatrix;
import org.graphinfomax.graph.generate.StochasticBlockModel;
import org.junit.jupiter.api.Test;

class NeighbourSamplerTest {

    private static final SparseMatrix GRAPH = StochasticBlockModel.builder(3_000, 3).averageDegree(14)
            .powerLawDegrees(2.5).seed(21).build().adjacency();

    private static int[] someTargets(int count, long seed) {
        return Arrays.copyOf(NodeBatches.shuffled(GRAPH.rows(), count, seed)[0], count);
    }

    @Test
    void fanOutIsRespectedWithDistinctTrueNeighbours() {
        int[] fanouts = {5, 3, 7};
        MiniBatch batch = new NeighbourSampler(GRAPH, fanouts).sample(someTargets(64, 1), 99);
        assertEquals(3, batch.numLayers());
        for (int l = 0; l < 3; l++) {
            Block block = batch.blocks().get(l);
            int fanout = fanouts[2 - l];
            SparseMatrix mean = block.meanAggregation();
            for (int i = 0; i < block.numTargets(); i++) {
                int node = block.sourceNode(i);
                int degree = GRAPH.rowNnz(node);
                int sampled = mean.rowNnz(i);
                assertEquals(Math.min(fanout, degree), sampled, "layer " + l + ", node " + node + " of degree " + degree);
                Set<Integer> seen = new HashSet<>();
                for (int p = mean.rowStart(i); p < mean.rowEnd(i); p++) {
                    int neighbour = block.sourceNode(mean.columnAt(p));
                    assertTrue(seen.add(neighbour), "neighbour " + neighbour + " sampled twice for node " + node);
                    assertTrue(GRAPH.get(node, neighbour) != 0f, neighbour + " is not a neighbour of " + node);
                    assertEquals(1f / sampled, mean.valueAt(p), 1e-7f, "mean weight");
                }
            }
        }
    }

    @Test
    void indicesAreLocalAndBlocksChainTogether() {
        int[] targets = someTargets(50, 2);
        MiniBatch batch = new NeighbourSampler(GRAPH, 4, 4).sample(7, targets, 5);
        assertEquals(7, batch.index());
        assertArrayEquals(targets, batch.targetNodes());
        List<Block> blocks = batch.blocks();
        for (int l = 0; l < blocks.size(); l++) {
            Block block = blocks.get(l);
            int[] sources = block.sourceNodes();
            assertEquals(sources.length, new HashSet<>(Arrays.stream(sources).boxed().toList()).size(), "sources are distinct");
            for (int s : sources) {
                assertTrue(s >= 0 && s < GRAPH.rows(), "node " + s + " outside the graph");
            }
            SparseMatrix mean = block.meanAggregation();
            assertEquals(block.numTargets(), mean.rows());
            assertEquals(block.numSources(), mean.cols());
            if (l + 1 < blocks.size()) {
                assertArrayEquals(blocks.get(l + 1).sourceNodes(), block.targetNodes(),
                        "the targets of block " + l + " are the sources of block " + (l + 1));
            }
            assertArrayEquals(Arrays.copyOf(sources, block.numTargets()), block.targetNodes(), "targets come first");
        }
        assertArrayEquals(blocks.get(0).sourceNodes(), batch.inputNodes());
        assertTrue(batch.numInputNodes() < GRAPH.rows(), "a sampled batch touches part of the graph");
    }

    @Test
    void sameSeedSameBatchOtherSeedOtherBatch() {
        NeighbourSampler sampler = new NeighbourSampler(GRAPH, 3, 3);
        int[] targets = someTargets(100, 3);
        MiniBatch a = sampler.sample(targets, 11);
        MiniBatch b = new NeighbourSampler(GRAPH, 3, 3).sample(targets, 11);
        MiniBatch c = sampler.sample(targets, 12);
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(a.blocks().get(l).sourceNodes(), b.blocks().get(l).sourceNodes());
            assertEquals(a.blocks().get(l).meanAggregation(), b.blocks().get(l).meanAggregation());
        }
        assertFalse(Arrays.equals(a.inputNodes(), c.inputNodes()), "another seed samples other neighbours");
    }

    @Test
    void allKeepsTheWholeNeighbourhood() {
        int[] targets = someTargets(30, 4);
        Block block = NeighbourSampler.full(GRAPH, 1).sample(targets, 0).blocks().get(0);
        for (int i = 0; i < targets.length; i++) {
            assertEquals(GRAPH.rowNnz(targets[i]), block.meanAggregation().rowNnz(i));
        }
    }

    @Test
    void neighboursAreDrawnUniformly() {
        // a star: node 0 with 10 neighbours, sample 2 of them 20000 times
        int[] rows = new int[10];
        int[] cols = new int[10];
        for (int k = 0; k < 10; k++) {
            cols[k] = k + 1;
        }
        SparseMatrix star = SparseMatrix.fromCoo(11, 11, rows, cols, null);
        NeighbourSampler sampler = new NeighbourSampler(star, 2);
        int[] counts = new int[11];
        for (int s = 0; s < 20_000; s++) {
            Block block = sampler.sample(new int[] {0}, s).blocks().get(0);
            for (int p = 0; p < 2; p++) {
                counts[block.sourceNode(block.meanAggregation().columnAt(p))]++;
            }
        }
        for (int k = 1; k <= 10; k++) {
            // expected 4000 each, standard deviation about 57
            assertEquals(4000, counts[k], 250, "neighbour " + k + " drawn " + counts[k] + " times");
        }
    }

    @Test
    void isolatedNodesGetEmptyRows() {
        SparseMatrix empty = SparseMatrix.empty(5, 5);
        Block block = new NeighbourSampler(empty, 3).sample(new int[] {4, 2}, 1).blocks().get(0);
        assertEquals(2, block.numSources());
        assertEquals(0, block.numEdges());
    }

    @Test
    void rejectsBadBatchesAndFanouts() {
        NeighbourSampler sampler = new NeighbourSampler(GRAPH, 2);
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> sampler.sample(new int[] {1, 3_000}, 1));
        assertTrue(outside.getMessage().contains("3000"), outside.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> sampler.sample(new int[] {5, 6, 5}, 1));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sampler.sample(new int[0], 1));
        assertThrows(IllegalArgumentException.class, () -> new NeighbourSampler(GRAPH, 0));
        assertThrows(IllegalArgumentException.class, () -> new NeighbourSampler(GRAPH));
        // the scratch index is clean after a rejected batch
        assertEquals(2, sampler.sample(new int[] {5, 6}, 1).numTargets());
    }
}
