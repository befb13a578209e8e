package org.graphinfomax.graph.generate;

import java.util.SplittableRandom;

/**
 * Walker's alias method (in Vose's numerically stable form): after O(n) preparation, draws an index
 * with probability proportional to its weight in O(1). Used to pick nodes in proportion to their
 * degree propensity. Weights are kept as probabilities in {@code float}s, which is ample for
 * sampling and halves the memory at a million nodes.
 */
final class AliasTable {

    private final float[] probability;
    private final int[] alias;

    /**
     * @param weights non-negative weights with a positive sum, read from {@code offset}
     * @param offset first weight
     * @param length number of weights
     */
    AliasTable(double[] weights, int offset, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("an alias table needs at least one weight");
        }
        double total = 0;
        for (int i = 0; i < length; i++) {
            total += weights[offset + i];
        }
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new IllegalArgumentException("weights must have a positive, finite sum, got " + total);
        }
        probability = new float[length];
        alias = new int[length];
        double[] scaled = new double[length];
        int[] small = new int[length];
        int[] large = new int[length];
        int smallCount = 0;
        int largeCount = 0;
        for (int i = 0; i < length; i++) {
            scaled[i] = weights[offset + i] * length / total;
            if (scaled[i] < 1.0) {
                small[smallCount++] = i;
            } else {
                large[largeCount++] = i;
            }
        }
        while (smallCount > 0 && largeCount > 0) {
            int s = small[--smallCount];
            int l = large[--largeCount];
            probability[s] = (float) scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            if (scaled[l] < 1.0) {
                small[smallCount++] = l;
            } else {
                large[largeCount++] = l;
            }
        }
        while (largeCount > 0) {
            int l = large[--largeCount];
            probability[l] = 1f;
            alias[l] = l;
        }
        while (smallCount > 0) {
            int s = small[--smallCount];
            probability[s] = 1f;
            alias[s] = s;
        }
    }

    /** Number of outcomes. */
    int size() {
        return probability.length;
    }

    /** An index in [0, size) drawn in proportion to the weights. */
    int sample(SplittableRandom random) {
        int i = random.nextInt(probability.length);
        return random.nextFloat() < probability[i] ? i : alias[i];
    }
}
