package org.graphinfomax.infomax.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A stratified random sample: the same fraction of every class (rounded, at least one sample per
 * class that occurs), drawn with a seeded shuffle. Used to pick the labelled graphs of a
 * semi-supervised fold.
 */
public final class StratifiedSampling {

    private StratifiedSampling() {
    }

    /**
     * Draws about {@code fraction} of the samples of every class.
     *
     * @param labels one non-negative class per sample
     * @param fraction in (0, 1]
     * @param seed seed of the shuffle
     * @return the chosen positions in {@code labels}, ascending
     * @throws IllegalArgumentException if the fraction is out of range or a label is negative
     */
    public static int[] sample(int[] labels, double fraction, long seed) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
        }
        List<List<Integer>> byClass = Labels.indicesByClass(labels);
        Random random = new Random(seed);
        List<Integer> chosen = new ArrayList<>();
        for (List<Integer> members : byClass) {
            if (members.isEmpty()) {
                continue;
            }
            Collections.shuffle(members, random);
            int take = (int) Math.max(1, Math.round(fraction * members.size()));
            chosen.addAll(members.subList(0, take));
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
