package org.graphinfomax.infomax.eval;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Gaussian clusters, one per class, for testing classifiers. */
final class ClusteredData {
    final INDArray x;
    final int[] labels;

    private ClusteredData(INDArray x, int[] labels) {
        this.x = x;
        this.labels = labels;
    }

    /** {@code n} samples in {@code d} dimensions; class means are {@code separation} apart on random axes. */
    static ClusteredData generate(long seed, int n, int d, int classes, double separation) {
        Random rnd = new Random(seed);
        double[][] means = new double[classes][d];
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < d; j++) {
                means[c][j] = separation * rnd.nextGaussian() / Math.sqrt(d);
            }
        }
        double[][] x = new double[n][d];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % classes;
            for (int j = 0; j < d; j++) {
                x[i][j] = means[labels[i]][j] + rnd.nextGaussian();
            }
        }
        return new ClusteredData(Nd4j.createFromArray(x), labels);
    }

    /** The same points with labels shuffled: no classifier can beat chance. */
    int[] shuffledLabels(long seed) {
        int[] y = labels.clone();
        Random rnd = new Random(seed);
        for (int i = y.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
        return y;
    }
}
