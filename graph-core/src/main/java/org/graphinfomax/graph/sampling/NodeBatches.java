package org.graphinfomax.graph.sampling;

import java.util.SplittableRandom;

/** Splits nodes into batches of target nodes for mini-batch training and batched inference. */
public final class NodeBatches {

    private NodeBatches() {
    }

    /**
     * All nodes 0..n-1 in a seeded random order, cut into batches of {@code batchSize} (the last
     * one may be smaller): one epoch of mini-batch training.
     */
    public static int[][] shuffled(int n, int batchSize, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return split(order, batchSize);
    }

    /** The given nodes in their order, cut into batches of {@code batchSize} (the last may be smaller). */
    public static int[][] split(int[] nodes, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        int count = (nodes.length + batchSize - 1) / batchSize;
        int[][] batches = new int[count][];
        for (int b = 0; b < count; b++) {
            int from = b * batchSize;
            batches[b] = java.util.Arrays.copyOfRange(nodes, from, Math.min(nodes.length, from + batchSize));
        }
        return batches;
    }

    /** The seed of batch {@code index} of a stream seeded with {@code seed}. */
    static long batchSeed(long seed, int index) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1L))).nextLong();
    }
}
