package org.graphinfomax.infomax.eval;

import libsvm.svm_node;
import libsvm.svm_parameter;
import libsvm.svm_problem;

/**
 * RBF kernel values for LIBSVM's precomputed-kernel mode, computed once per data set instead of
 * once per fit: the inner products {@code x_i·x_j} and squared distances {@code |x_i - x_j|^2} of
 * all sample pairs are kept, and each fit turns them into {@code exp(-gamma·d)} for its own gamma.
 *
 * <p>The values are bit-for-bit those LIBSVM's own RBF kernel computes, so the fitted models and
 * predictions are the same: in training LIBSVM evaluates
 * {@code exp(-gamma·(x_i·x_i + x_j·x_j - 2·x_i·x_j))} and in prediction
 * {@code exp(-gamma·sum_k (x_ik - y_k)^2)}, both summing in index order (zero entries, which
 * LIBSVM's sparse rows leave out, add exact zeros here). The gain is large for the nested
 * cross-validation, which fits thousands of models on the same rows: a fit then reads its kernel
 * instead of computing {@code l^2} inner products of d-dimensional rows.
 */
final class PrecomputedRbf {

    private final double[][] dots;
    private final double[][] squaredDistances;

    /** @param x one row per sample, all finite */
    PrecomputedRbf(double[][] x) {
        int n = x.length;
        this.dots = new double[n][n];
        this.squaredDistances = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double dot = 0;
                double distance = 0;
                double[] a = x[i];
                double[] b = x[j];
                for (int k = 0; k < a.length; k++) {
                    dot += a[k] * b[k];
                    double d = a[k] - b[k];
                    distance += d * d;
                }
                dots[i][j] = dot;
                dots[j][i] = dot;
                squaredDistances[i][j] = distance;
                squaredDistances[j][i] = distance;
            }
        }
    }

    /** Sets the kernel type of a fit's parameters to the precomputed kernel. */
    static void usePrecomputed(svm_parameter p) {
        p.kernel_type = svm_parameter.PRECOMPUTED;
    }

    /**
     * The training problem on the given rows: row k holds its serial number k + 1 followed by its
     * kernel values against every training row.
     */
    svm_problem problem(int[] rows, int[] labels, double gamma) {
        svm_problem problem = new svm_problem();
        problem.l = rows.length;
        problem.x = new svm_node[rows.length][];
        problem.y = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            int r = rows[k];
            svm_node[] row = new svm_node[rows.length + 1];
            row[0] = node(0, k + 1);
            double[] dotRow = dots[r];
            for (int j = 0; j < rows.length; j++) {
                int c = rows[j];
                row[j + 1] = node(j + 1, Math.exp(-gamma * (dotRow[r] + dots[c][c] - 2 * dotRow[c])));
            }
            problem.x[k] = row;
            problem.y[k] = labels[r];
        }
        return problem;
    }

    /** The kernel row of sample {@code sample} against a fit's training rows, for prediction. */
    svm_node[] predictionRow(int sample, int[] trainingRows, double gamma) {
        svm_node[] row = new svm_node[trainingRows.length + 1];
        row[0] = node(0, 0);
        double[] distances = squaredDistances[sample];
        for (int j = 0; j < trainingRows.length; j++) {
            row[j + 1] = node(j + 1, Math.exp(-gamma * distances[trainingRows[j]]));
        }
        return row;
    }

    private static svm_node node(int index, double value) {
        svm_node n = new svm_node();
        n.index = index;
        n.value = value;
        return n;
    }
}
