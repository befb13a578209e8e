package org.graphinfomax.infomax.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;
import libsvm.svm_problem;
import org.junit.jupiter.api.Test;

/** The precomputed kernel reproduces LIBSVM's own RBF kernel exactly: same models, same decision values. */
class PrecomputedRbfTest {

    @Test
    void precomputedKernelGivesTheSameModelAsLibsvmsRbf() {
        Random random = new Random(3);
        int n = 60;
        double[][] x = new double[n][7];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int j = 0; j < 7; j++) {
                // sparse-ish rows with a class-dependent shift, as LIBSVM's sparse rows leave zeros out
                x[i][j] = random.nextDouble() < 0.3 ? 0 : random.nextGaussian() + labels[i] * (j % 2);
            }
        }
        int[] train = new int[45];
        for (int k = 0; k < train.length; k++) {
            train[k] = k;
        }
        double gamma = SvmCrossValidation.scaleGamma(x, train);
        PrecomputedRbf kernel = new PrecomputedRbf(x);
        for (double c : new double[] {0.1, 10, 1000}) {
            svm_model direct = svm.svm_train(sparseProblem(x, labels, train), parameters(svm_parameter.RBF, gamma, c));
            svm_parameter p = parameters(svm_parameter.RBF, gamma, c);
            PrecomputedRbf.usePrecomputed(p);
            svm_model precomputed = svm.svm_train(kernel.problem(train, labels, gamma), p);
            for (int t = 45; t < n; t++) {
                double[] expected = new double[3];
                double[] actual = new double[3];
                double a = svm.svm_predict_values(direct, sparseRow(x[t]), expected);
                double b = svm.svm_predict_values(precomputed, kernel.predictionRow(t, train, gamma), actual);
                assertEquals(a, b, "predicted class of sample " + t + " at C = " + c);
                assertArrayEquals(expected, actual, 0.0, "decision values of sample " + t + " at C = " + c);
            }
        }
    }

    private static svm_parameter parameters(int kernel, double gamma, double c) {
        svm_parameter p = new svm_parameter();
        p.svm_type = svm_parameter.C_SVC;
        p.kernel_type = kernel;
        p.gamma = gamma;
        p.C = c;
        p.cache_size = 200;
        p.eps = 1e-3;
        p.shrinking = 1;
        p.weight_label = new int[0];
        p.weight = new double[0];
        return p;
    }

    private static svm_problem sparseProblem(double[][] x, int[] labels, int[] rows) {
        svm_problem problem = new svm_problem();
        problem.l = rows.length;
        problem.x = new svm_node[rows.length][];
        problem.y = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            problem.x[k] = sparseRow(x[rows[k]]);
            problem.y[k] = labels[rows[k]];
        }
        return problem;
    }

    private static svm_node[] sparseRow(double[] values) {
        List<svm_node> row = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            if (values[j] != 0) {
                svm_node node = new svm_node();
                node.index = j + 1;
                node.value = values[j];
                row.add(node);
            }
        }
        return row.toArray(new svm_node[0]);
    }
}
