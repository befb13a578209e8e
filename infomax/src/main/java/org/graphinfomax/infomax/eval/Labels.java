package org.graphinfomax.infomax.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Checks shared by the evaluation protocols. */
final class Labels {

    private Labels() {
    }

    /**
     * The number of classes (largest label + 1).
     *
     * @throws IllegalArgumentException if a label is negative, the count does not match the
     *     embedding rows, or fewer than two classes occur
     */
    static int requireClasses(int[] labels, long rows) {
        if (labels.length != rows) {
            throw new IllegalArgumentException(labels.length + " labels for " + rows + " embedding rows");
        }
        int max = -1;
        boolean[] seen = new boolean[0];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("sample " + i + " has label " + labels[i] + "; labels must be 0, 1, ...");
            }
            if (labels[i] >= seen.length) {
                seen = java.util.Arrays.copyOf(seen, labels[i] + 1);
            }
            seen[labels[i]] = true;
            max = Math.max(max, labels[i]);
        }
        int present = 0;
        for (boolean s : seen) {
            present += s ? 1 : 0;
        }
        if (present < 2) {
            throw new IllegalArgumentException("a classifier needs samples of at least two classes, got "
                    + (present == 0 ? "none" : "only class " + max));
        }
        return max + 1;
    }

    /**
     * The positions of every class's samples, class 0 first, each list in ascending order.
     *
     * @throws IllegalArgumentException naming the first negative label
     */
    static List<List<Integer>> indicesByClass(int[] labels) {
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("sample " + i + " has label " + labels[i]);
            }
            byClass.get(labels[i]).add(i);
        }
        return byClass;
    }
}
