package org.graphinfomax.infomax.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.graphinfomax.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The semi-supervised graph-classification protocol: stratified k-fold cross-validation (10 folds)
 * in which, in every fold, only a stratified fraction (10%) of the training graphs keep their
 * labels. A {@link Learner} is trained on those labelled graphs plus all training graphs as
 * unlabelled data, then predicts the test fold; the test fold is never seen during training, not
 * even without its labels. Accuracy is reported per fold and summarised over the folds.
 */
public final class SemiSupervisedCrossValidation {

    private static final Logger LOG = LoggerFactory.getLogger(SemiSupervisedCrossValidation.class);

    private final int folds;
    private final double labelledFraction;
    private final long seed;

    private SemiSupervisedCrossValidation(int folds, double labelledFraction, long seed) {
        this.folds = folds;
        this.labelledFraction = labelledFraction;
        this.seed = seed;
    }

    /**
     * A protocol.
     *
     * @param folds number of folds, at least 2
     * @param labelledFraction fraction of each fold's training graphs that keep their labels, in (0, 1]
     * @param seed seed of the folds, the labelled samples and the learners
     */
    public static SemiSupervisedCrossValidation of(int folds, double labelledFraction, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + folds);
        }
        if (!(labelledFraction > 0 && labelledFraction <= 1)) {
            throw new IllegalArgumentException("labelled fraction must be in (0, 1], got " + labelledFraction);
        }
        return new SemiSupervisedCrossValidation(folds, labelledFraction, seed);
    }

    /** The protocol of the InfoGraph paper's semi-supervised experiments: 10 folds, 10% labelled. */
    public static SemiSupervisedCrossValidation standard(long seed) {
        return of(10, 0.1, seed);
    }

    /** Trains on one fold and predicts its test graphs. */
    @FunctionalInterface
    public interface Learner {

        /**
         * @param labelled the labelled training graphs
         * @param labels their classes
         * @param unlabelled all training graphs of the fold (the labelled ones included), without labels
         * @param test the graphs to classify
         * @param seed a seed for this fold
         * @return the predicted class of every test graph
         */
        int[] fitAndPredict(List<Graph> labelled, int[] labels, List<Graph> unlabelled, List<Graph> test, long seed);
    }

    /**
     * The outcome.
     *
     * @param foldAccuracies test accuracy of every fold
     * @param labelledCounts number of labelled graphs in every fold
     */
    public record Result(double[] foldAccuracies, int[] labelledCounts) {

        /** Mean and standard deviation over the folds. */
        public AccuracySummary summary() {
            return new AccuracySummary(foldAccuracies);
        }

        @Override
        public String toString() {
            return summary() + ", labelled per fold " + Arrays.toString(labelledCounts);
        }
    }

    /**
     * Runs the protocol.
     *
     * @param graphs the graphs
     * @param labels one class per graph, 0..C-1
     * @param learner the method under evaluation
     * @throws IllegalArgumentException if sizes differ, a label is negative, or fewer than two
     *     classes occur
     */
    public Result evaluate(List<Graph> graphs, int[] labels, Learner learner) {
        Objects.requireNonNull(graphs, "graphs");
        Objects.requireNonNull(learner, "learner");
        Labels.requireClasses(labels, graphs.size());
        double[] accuracy = new double[folds];
        int[] labelledCounts = new int[folds];
        List<StratifiedKFold.Fold> split = StratifiedKFold.split(labels, folds, seed);
        for (int f = 0; f < folds; f++) {
            int[] train = split.get(f).train();
            int[] test = split.get(f).test();
            int[] trainLabels = pick(labels, train);
            int[] chosen = StratifiedSampling.sample(trainLabels, labelledFraction, seed * 7919 + f);
            int[] labelled = Arrays.stream(chosen).map(i -> train[i]).toArray();
            int[] predicted = learner.fitAndPredict(select(graphs, labelled), pick(labels, labelled),
                    select(graphs, train), select(graphs, test), seed * 104_729 + f);
            if (predicted.length != test.length) {
                throw new IllegalStateException("the learner predicted " + predicted.length + " classes for "
                        + test.length + " test graphs");
            }
            int correct = 0;
            for (int k = 0; k < test.length; k++) {
                correct += predicted[k] == labels[test[k]] ? 1 : 0;
            }
            accuracy[f] = (double) correct / test.length;
            labelledCounts[f] = labelled.length;
            LOG.info("semi-supervised fold {}: {} labelled, accuracy {}", f, labelled.length, accuracy[f]);
        }
        return new Result(accuracy, labelledCounts);
    }

    private static int[] pick(int[] values, int[] positions) {
        return Arrays.stream(positions).map(i -> values[i]).toArray();
    }

    private static List<Graph> select(List<Graph> graphs, int[] positions) {
        List<Graph> out = new ArrayList<>(positions.length);
        for (int i : positions) {
            out.add(graphs.get(i));
        }
        return out;
    }
}
