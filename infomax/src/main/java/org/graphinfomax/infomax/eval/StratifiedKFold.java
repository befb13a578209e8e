package org.graphinfomax.infomax.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Stratified k-fold splits: each class's samples are shuffled with a seeded generator and dealt to
 * the folds in turn, so every fold holds about 1/k of each class and the folds partition the
 * samples.
 */
public final class StratifiedKFold {

    private StratifiedKFold() {
    }

    /** One split: the training and the test indices (into the arrays given to {@link #split}). */
    public record Fold(int[] train, int[] test) {
    }

    /**
     * Splits the samples.
     *
     * @param labels one non-negative class per sample
     * @param k number of folds, between 2 and the number of samples
     * @param seed seed of the shuffle
     */
    public static List<Fold> split(int[] labels, int k, long seed) {
        if (k < 2 || k > labels.length) {
            throw new IllegalArgumentException("need 2 <= k <= " + labels.length + " samples, got k = " + k);
        }
        List<List<Integer>> byClass = Labels.indicesByClass(labels);
        Random rnd = new Random(seed);
        int[] foldOf = new int[labels.length];
        int next = 0;
        for (List<Integer> members : byClass) {
            java.util.Collections.shuffle(members, rnd);
            for (int member : members) {
                foldOf[member] = next;
                next = (next + 1) % k;
            }
        }
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            final int fold = f;
            int[] test = java.util.stream.IntStream.range(0, labels.length).filter(i -> foldOf[i] == fold).toArray();
            int[] train = java.util.stream.IntStream.range(0, labels.length).filter(i -> foldOf[i] != fold).toArray();
            folds.add(new Fold(train, test));
        }
        return folds;
    }
}
