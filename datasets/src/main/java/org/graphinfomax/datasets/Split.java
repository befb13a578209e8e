package org.graphinfomax.datasets;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * A train / validation / test split of the nodes (or graphs) of a dataset, as three arrays of
 * indices. The three parts never overlap and no index appears twice; each part keeps the order it
 * was given in. Instances are immutable: the accessors return copies.
 */
public final class Split {

    private final int[] train;
    private final int[] validation;
    private final int[] test;

    private Split(int[] train, int[] validation, int[] test) {
        this.train = train;
        this.validation = validation;
        this.test = test;
    }

    /**
     * A split from three index arrays (copied).
     *
     * @throws IllegalArgumentException naming the first negative or repeated index, or one that
     *     lies in two parts
     */
    public static Split of(int[] train, int[] validation, int[] test) {
        int[] tr = Objects.requireNonNull(train, "train").clone();
        int[] va = Objects.requireNonNull(validation, "validation").clone();
        int[] te = Objects.requireNonNull(test, "test").clone();
        BitSet seen = new BitSet();
        String[] names = {"train", "validation", "test"};
        int[][] parts = {tr, va, te};
        for (int p = 0; p < parts.length; p++) {
            for (int index : parts[p]) {
                if (index < 0) {
                    throw new IllegalArgumentException(names[p] + " index " + index + " is negative");
                }
                if (seen.get(index)) {
                    throw new IllegalArgumentException("index " + index + " appears twice (again in the "
                            + names[p] + " part)");
                }
                seen.set(index);
            }
        }
        return new Split(tr, va, te);
    }

    /**
     * The indices {@code from, from + 1, ..., to - 1} in order, for splits made of contiguous ranges.
     *
     * @throws IllegalArgumentException if {@code to < from}
     */
    public static int[] range(int from, int to) {
        if (to < from) {
            throw new IllegalArgumentException("range end " + to + " is before its start " + from);
        }
        int[] r = new int[to - from];
        Arrays.setAll(r, i -> from + i);
        return r;
    }

    /** The training indices (a copy). */
    public int[] train() {
        return train.clone();
    }

    /** The validation indices (a copy). */
    public int[] validation() {
        return validation.clone();
    }

    /** The test indices (a copy). */
    public int[] test() {
        return test.clone();
    }

    /** Number of training indices. */
    public int trainSize() {
        return train.length;
    }

    /** Number of validation indices. */
    public int validationSize() {
        return validation.length;
    }

    /** Number of test indices. */
    public int testSize() {
        return test.length;
    }

    /** The largest index in any part, or -1 for an empty split. */
    public int maxIndex() {
        int max = -1;
        for (int[] part : new int[][] {train, validation, test}) {
            for (int i : part) {
                max = Math.max(max, i);
            }
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Split s && Arrays.equals(train, s.train) && Arrays.equals(validation, s.validation)
                && Arrays.equals(test, s.test);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(train), Arrays.hashCode(validation), Arrays.hashCode(test));
    }

    @Override
    public String toString() {
        return "Split[train=" + train.length + ", validation=" + validation.length + ", test=" + test.length + "]";
    }
}
