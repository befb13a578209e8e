package org.graphinfomax.infomax.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_parameter;
import libsvm.svm_problem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph-classification protocol of InfoGraph (Sun et al. 2020) done without peeking at the
 * test folds: stratified 10-fold cross-validation of an RBF-kernel SVM on frozen embeddings,
 * repeated 5 times with different fold seeds. In each outer fold the penalty C is chosen from
 * {1e-3, ..., 1e3} by a stratified 5-fold cross-validation on the training part only, the SVM is
 * refitted on the whole training part with that C, and scored on the test fold.
 *
 * <p>The SVM is LIBSVM's C-SVC (one-vs-one for several classes), as scikit-learn's {@code SVC}
 * that the reference uses, with the same default kernel width {@code gamma = 1 / (features x
 * variance of the fitted data)}, computed for each fit from its own training data. The RBF kernel
 * values are handed to LIBSVM precomputed ({@link PrecomputedRbf}, the same values LIBSVM would
 * compute), and each inner training set's kernel serves all candidate values of C.
 */
public final class SvmCrossValidation {

    private static final Logger LOG = LoggerFactory.getLogger(SvmCrossValidation.class);
    private static final double[] DEFAULT_C = {1e-3, 1e-2, 1e-1, 1, 10, 100, 1000};

    static {
        svm.svm_set_print_string_function(s -> { });
    }

    private final int folds;
    private final int repeats;
    private final int innerFolds;
    private final double[] cGrid;
    private final long seed;
    private final int threads;
    private final boolean standardize;

    private SvmCrossValidation(Builder b) {
        this.folds = b.folds;
        this.repeats = b.repeats;
        this.innerFolds = b.innerFolds;
        this.cGrid = b.cGrid.clone();
        this.seed = b.seed;
        this.threads = b.threads;
        this.standardize = b.standardize;
    }

    /** A builder with the protocol's settings (10 folds, 5 repeats, inner 5-fold search of C). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The result: accuracy of every fold of every repeat; the summary is over repeats (the mean
     * accuracy of each repeat's folds), as the papers report.
     *
     * @param foldAccuracies [repeat][fold] test accuracy
     * @param chosenC [repeat][fold] the C picked by the inner search
     */
    public record Result(double[][] foldAccuracies, double[][] chosenC) {

        /** Per repeat, the mean over its folds. */
        public AccuracySummary summary() {
            return new AccuracySummary(Arrays.stream(foldAccuracies).mapToDouble(f -> Arrays.stream(f).average().orElseThrow()).toArray());
        }

        @Override
        public String toString() {
            return summary().toString();
        }
    }

    /**
     * The outcome of a nested selection among candidate embeddings.
     *
     * @param result the test accuracies and chosen C of every outer fold
     * @param chosenCandidate [repeat][fold] the index of the candidate picked by the inner search
     */
    public record Selection(Result result, int[][] chosenCandidate) {

        /** How often each candidate was picked, over all outer folds. */
        public int[] pickCounts(int candidates) {
            int[] counts = new int[candidates];
            for (int[] repeat : chosenCandidate) {
                for (int k : repeat) {
                    counts[k]++;
                }
            }
            return counts;
        }
    }

    /**
     * Runs the protocol.
     *
     * @param embeddings one row per graph
     * @param labels one class per graph, 0..C-1
     * @throws IllegalArgumentException if sizes differ, a label is negative, or fewer than two
     *     classes occur
     */
    public Result evaluate(INDArray embeddings, int[] labels) {
        Result result = run(List.of(embeddings), labels).result();
        LOG.info("SVM {}x{}-fold CV: {}", repeats, folds, result);
        return result;
    }

    /**
     * Runs the protocol with model selection among several candidate embeddings of the same
     * graphs (for instance different training epochs, learning rates or depths of an unsupervised
     * encoder): in every outer fold, the candidate AND the value of C are chosen together by the
     * inner cross-validation on the training part only, then refitted and scored on the test fold.
     * The test folds never influence the choice, so the result is an honest estimate of "tune the
     * encoder's hyperparameters by validation, then classify".
     *
     * @param candidates embeddings with one row per graph each, all in the same graph order
     * @param labels one class per graph, 0..C-1
     * @throws IllegalArgumentException if there are no candidates, sizes differ, a label is
     *     negative, or fewer than two classes occur
     */
    public Selection evaluateSelecting(List<INDArray> candidates, int[] labels) {
        Selection selection = run(candidates, labels);
        LOG.info("SVM {}x{}-fold CV selecting among {} embeddings: {}", repeats, folds, candidates.size(),
                selection.result());
        return selection;
    }

    private Selection run(List<INDArray> candidates, int[] labels) {
        Objects.requireNonNull(candidates, "candidates");
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate embeddings to evaluate");
        }
        List<double[][]> xs = new ArrayList<>();
        List<PrecomputedRbf> kernels = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            INDArray embeddings = Objects.requireNonNull(candidates.get(k), "candidate " + k);
            if (embeddings.rank() != 2) {
                throw new IllegalArgumentException("expected a 2-D embedding matrix, got shape "
                        + Arrays.toString(embeddings.shape()) + (candidates.size() > 1 ? " for candidate " + k : ""));
            }
            Labels.requireClasses(labels, embeddings.rows());
            double[][] x = embeddings.castTo(DataType.DOUBLE).toDoubleMatrix();
            requireFinite(x);
            xs.add(x);
            kernels.add(standardize ? null : new PrecomputedRbf(x));
        }
        double[][] accuracy = new double[repeats][folds];
        double[][] chosen = new double[repeats][folds];
        int[][] chosenCandidate = new int[repeats][folds];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "svm-cv");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<double[]>> pending = new ArrayList<>();
            for (int rep = 0; rep < repeats; rep++) {
                List<StratifiedKFold.Fold> split = StratifiedKFold.split(labels, folds, seed + rep);
                for (int f = 0; f < folds; f++) {
                    StratifiedKFold.Fold fold = split.get(f);
                    long innerSeed = (seed + rep) * 1_000_003L + f;
                    pending.add(pool.submit(() -> outerFold(xs, kernels, labels, fold, innerSeed)));
                }
            }
            for (int k = 0; k < pending.size(); k++) {
                double[] r = pending.get(k).get();
                accuracy[k / folds][k % folds] = r[0];
                chosen[k / folds][k % folds] = r[1];
                chosenCandidate[k / folds][k % folds] = (int) r[2];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("SVM evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Selection(new Result(accuracy, chosen), chosenCandidate);
    }

    /** {accuracy on the test fold, chosen C, chosen candidate}. */
    private double[] outerFold(List<double[][]> rawXs, List<PrecomputedRbf> rawKernels, int[] labels,
            StratifiedKFold.Fold fold, long innerSeed) {
        int[] train = fold.train();
        List<double[][]> xs = rawXs;
        List<PrecomputedRbf> kernels = rawKernels;
        if (standardize) {
            xs = rawXs.stream().map(x -> ColumnStandardizer.fit(x, train).transform(x)).toList();
            kernels = xs.stream().map(PrecomputedRbf::new).toList();
        }
        double bestC = cGrid[0];
        int bestCandidate = 0;
        if (cGrid.length > 1 || xs.size() > 1) {
            int[] trainLabels = Arrays.stream(train).map(i -> labels[i]).toArray();
            double[][] correct = new double[xs.size()][cGrid.length];
            for (StratifiedKFold.Fold f : StratifiedKFold.split(trainLabels, innerFolds, innerSeed)) {
                int[] innerTrain = Arrays.stream(f.train()).map(i -> train[i]).toArray();
                int[] innerTest = Arrays.stream(f.test()).map(i -> train[i]).toArray();
                for (int k = 0; k < xs.size(); k++) {
                    Fit fit = new Fit(xs.get(k), kernels.get(k), labels, innerTrain);
                    for (int c = 0; c < cGrid.length; c++) {
                        correct[k][c] += fit.countCorrect(cGrid[c], innerTest);
                    }
                }
            }
            double bestAccuracy = -1;
            for (int k = 0; k < xs.size(); k++) {
                for (int c = 0; c < cGrid.length; c++) {
                    double acc = correct[k][c] / train.length;
                    if (acc > bestAccuracy) {
                        bestAccuracy = acc;
                        bestC = cGrid[c];
                        bestCandidate = k;
                    }
                }
            }
        }
        int correct = new Fit(xs.get(bestCandidate), kernels.get(bestCandidate), labels, train)
                .countCorrect(bestC, fold.test());
        return new double[] {(double) correct / fold.test().length, bestC, bestCandidate};
    }

    /** The training rows of one fit, with their kernel, for any value of C. */
    private static final class Fit {
        private final PrecomputedRbf kernel;
        private final int[] labels;
        private final int[] rows;
        private final double gamma;
        private final svm_problem problem;

        Fit(double[][] x, PrecomputedRbf kernel, int[] labels, int[] rows) {
            this.kernel = kernel;
            this.labels = labels;
            this.rows = rows;
            this.gamma = scaleGamma(x, rows);
            this.problem = kernel.problem(rows, labels, gamma);
        }

        /** Trains with penalty {@code c} and counts the correct predictions on {@code testRows}. */
        int countCorrect(double c, int[] testRows) {
            svm_parameter p = new svm_parameter();
            p.svm_type = svm_parameter.C_SVC;
            PrecomputedRbf.usePrecomputed(p);
            p.gamma = gamma;
            p.C = c;
            p.cache_size = 200;
            p.eps = 1e-3;
            p.shrinking = 1;
            p.probability = 0;
            p.nr_weight = 0;
            p.weight_label = new int[0];
            p.weight = new double[0];
            svm_model model = svm.svm_train(problem, p);
            int correct = 0;
            for (int r : testRows) {
                if ((int) svm.svm_predict(model, kernel.predictionRow(r, rows, gamma)) == labels[r]) {
                    correct++;
                }
            }
            return correct;
        }
    }

    /** scikit-learn's gamma = 'scale': 1 / (features x variance of all entries of the fitted rows). */
    static double scaleGamma(double[][] x, int[] rows) {
        int d = x[0].length;
        double sum = 0;
        double sumSq = 0;
        for (int r : rows) {
            for (double v : x[r]) {
                sum += v;
                sumSq += v * v;
            }
        }
        double count = (double) rows.length * d;
        double variance = sumSq / count - (sum / count) * (sum / count);
        return variance > 0 ? 1.0 / (d * variance) : 1.0;
    }

    private static void requireFinite(double[][] x) {
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("embedding of sample " + i + ", dimension " + j + " is " + x[i][j]);
                }
            }
        }
    }

    /** Settings of {@link SvmCrossValidation}. */
    public static final class Builder {
        private int folds = 10;
        private int repeats = 5;
        private int innerFolds = 5;
        private double[] cGrid = DEFAULT_C;
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean standardize;

        private Builder() {
        }

        /**
         * Whether to standardise every column on each outer fold's training part before the SVM
         * (off by default, as the reference).
         */
        public Builder standardize(boolean on) {
            this.standardize = on;
            return this;
        }

        /** Outer folds (10). */
        public Builder folds(int folds) {
            this.folds = requireAtLeast(folds, 2, "folds");
            return this;
        }

        /** Repetitions with different fold seeds (5). */
        public Builder repeats(int repeats) {
            this.repeats = requireAtLeast(repeats, 1, "repeats");
            return this;
        }

        /** Folds of the inner search for C (5). */
        public Builder innerFolds(int innerFolds) {
            this.innerFolds = requireAtLeast(innerFolds, 2, "inner folds");
            return this;
        }

        /** Candidate values of C ({1e-3, ..., 1e3}); a single value skips the inner search. */
        public Builder cGrid(double... values) {
            if (values.length == 0 || Arrays.stream(values).anyMatch(c -> !(c > 0))) {
                throw new IllegalArgumentException("C values must be positive: " + Arrays.toString(values));
            }
            this.cGrid = values.clone();
            return this;
        }

        /** Seed of the fold assignment (repeat r uses seed + r). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Threads running folds in parallel (all cores). */
        public Builder threads(int threads) {
            this.threads = requireAtLeast(threads, 1, "threads");
            return this;
        }

        /** The protocol. */
        public SvmCrossValidation build() {
            return new SvmCrossValidation(this);
        }

        private static int requireAtLeast(int value, int min, String what) {
            if (value < min) {
                throw new IllegalArgumentException(what + " must be at least " + min + ", got " + value);
            }
            return value;
        }
    }
}
