package org.graphinfomax.infomax.eval;

import java.util.Objects;
import org.graphinfomax.layers.SeededRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * DGI's evaluation protocol for node embeddings: a logistic-regression (softmax) classifier on
 * frozen embeddings, trained on the training nodes with Adam (learning rate 0.01, 100 full-batch
 * epochs, no weight decay, Xavier-uniform weights and zero bias), scored on the test nodes, and
 * repeated 50 times from fresh initialisations (Veličković et al. 2019, and the reference code's
 * {@code LogReg}).
 *
 * <p>All repetitions train together: their weight matrices sit side by side in one (d x runs*C)
 * matrix, so each epoch is one matrix product instead of one per repetition. The repetitions stay
 * independent, because the loss is a sum of per-repetition losses and Adam is element-wise.
 */
public final class LinearProbe {

    private final double learningRate;
    private final int epochs;
    private final int runs;
    private final double weightDecay;
    private final long seed;

    private LinearProbe(Builder b) {
        this.learningRate = b.learningRate;
        this.epochs = b.epochs;
        this.runs = b.runs;
        this.weightDecay = b.weightDecay;
        this.seed = b.seed;
    }

    /** A builder with the paper's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Trains on {@code train} and scores on {@code test}.
     *
     * @param embeddings one row per node
     * @param labels one label per node (only the train and test nodes' labels are read; others may be -1)
     * @param train indices of the training nodes
     * @param test indices of the test nodes
     * @return the test accuracy of each repetition
     * @throws IllegalArgumentException on empty splits, indices out of range, labels below 0 in a
     *     split, or fewer than two classes among the training labels
     */
    public AccuracySummary evaluate(INDArray embeddings, int[] labels, int[] train, int[] test) {
        Objects.requireNonNull(embeddings, "embeddings");
        if (embeddings.rank() != 2 || labels.length != embeddings.rows()) {
            throw new IllegalArgumentException("expected a 2-D embedding matrix with one row per label, got shape "
                    + java.util.Arrays.toString(embeddings.shape()) + " and " + labels.length + " labels");
        }
        if (train.length == 0 || test.length == 0) {
            throw new IllegalArgumentException("the training and test splits must not be empty");
        }
        int[] trainLabels = pick(labels, train, "training");
        int[] testLabels = pick(labels, test, "test");
        int classes = Math.max(Labels.requireClasses(trainLabels, trainLabels.length),
                java.util.Arrays.stream(testLabels).max().orElse(0) + 1);

        INDArray x = Nd4j.pullRows(embeddings.castTo(DataType.FLOAT), 1, train, 'c');
        INDArray xTest = Nd4j.pullRows(embeddings.castTo(DataType.FLOAT), 1, test, 'c');
        int d = (int) x.columns();
        int n = train.length;
        int width = runs * classes;

        INDArray params = Nd4j.create(DataType.FLOAT, 1, (long) (d + 1) * width);
        INDArray grads = Nd4j.create(DataType.FLOAT, 1, (long) (d + 1) * width);
        INDArray w = params.get(NDArrayIndex.point(0), NDArrayIndex.interval(0, (long) d * width)).reshape('c', d, width);
        INDArray b = params.get(NDArrayIndex.point(0), NDArrayIndex.interval((long) d * width, (long) (d + 1) * width)).reshape(1, width);
        INDArray gw = grads.get(NDArrayIndex.point(0), NDArrayIndex.interval(0, (long) d * width)).reshape('c', d, width);
        INDArray gb = grads.get(NDArrayIndex.point(0), NDArrayIndex.interval((long) d * width, (long) (d + 1) * width)).reshape(1, width);
        double bound = Math.sqrt(6.0 / (d + classes));
        Random rng = SeededRandom.of(seed);
        w.assign(Nd4j.rand(rng, d, width).castTo(DataType.FLOAT).muli(2 * bound).subi(bound));

        Adam adam = Adam.builder().learningRate(learningRate).build();
        INDArray state = Nd4j.create(DataType.FLOAT, 1, adam.stateSize(params.length()));
        GradientUpdater<?> updater = adam.instantiate(state, true);

        INDArray oneHot = oneHot(trainLabels, classes, runs);
        for (int epoch = 0; epoch < epochs; epoch++) {
            INDArray probabilities = softmaxPerRun(x.mmul(w).addiRowVector(b), classes);
            INDArray dLogits = probabilities.subi(oneHot).divi(n);
            Nd4j.gemm(x, dLogits, gw, true, false, 1.0, 0.0);
            gb.assign(dLogits.sum(0).reshape(1, width));
            if (weightDecay != 0) {
                grads.addi(params.mul(weightDecay));
            }
            updater.applyUpdater(grads, epoch, 0);
            params.subi(grads);
        }
        return new AccuracySummary(accuracyPerRun(xTest.mmul(w).addiRowVector(b), testLabels, classes));
    }

    private static int[] pick(int[] labels, int[] indices, String split) {
        int[] out = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int node = Objects.checkIndex(indices[k], labels.length);
            if (labels[node] < 0) {
                throw new IllegalArgumentException("node " + node + " of the " + split + " split has no label");
            }
            out[k] = labels[node];
        }
        return out;
    }

    /** (n x runs*C) one-hot targets, the same for every repetition. */
    private static INDArray oneHot(int[] labels, int classes, int runs) {
        float[] data = new float[labels.length * classes * runs];
        for (int i = 0; i < labels.length; i++) {
            for (int r = 0; r < runs; r++) {
                data[(i * runs + r) * classes + labels[i]] = 1f;
            }
        }
        return Nd4j.create(data, new long[] {labels.length, (long) runs * classes}, 'c');
    }

    /** Softmax over each repetition's block of C columns. */
    private static INDArray softmaxPerRun(INDArray logits, int classes) {
        long n = logits.rows();
        long width = logits.columns();
        INDArray grouped = logits.reshape('c', n * (width / classes), classes);
        return Transforms.softmax(grouped, false).reshape('c', n, width);
    }

    private double[] accuracyPerRun(INDArray logits, int[] labels, int classes) {
        int[] predicted = logits.reshape('c', (long) labels.length * runs, classes).argMax(1).toIntVector();
        double[] accuracy = new double[runs];
        for (int i = 0; i < labels.length; i++) {
            for (int r = 0; r < runs; r++) {
                if (predicted[i * runs + r] == labels[i]) {
                    accuracy[r]++;
                }
            }
        }
        for (int r = 0; r < runs; r++) {
            accuracy[r] /= labels.length;
        }
        return accuracy;
    }

    /** Settings of a {@link LinearProbe}; the defaults are DGI's. */
    public static final class Builder {
        private double learningRate = 0.01;
        private int epochs = 100;
        private int runs = 50;
        private double weightDecay;
        private long seed;

        private Builder() {
        }

        /** Adam's learning rate (0.01). */
        public Builder learningRate(double learningRate) {
            if (!(learningRate > 0)) {
                throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
            }
            this.learningRate = learningRate;
            return this;
        }

        /** Full-batch training epochs (100). */
        public Builder epochs(int epochs) {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
            }
            this.epochs = epochs;
            return this;
        }

        /** Repetitions from fresh initialisations (50). */
        public Builder runs(int runs) {
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be at least 1, got " + runs);
            }
            this.runs = runs;
            return this;
        }

        /** L2 weight decay added to the gradient (0). */
        public Builder weightDecay(double weightDecay) {
            if (weightDecay < 0) {
                throw new IllegalArgumentException("weight decay must not be negative, got " + weightDecay);
            }
            this.weightDecay = weightDecay;
            return this;
        }

        /** Seed of the initialisations. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The probe. */
        public LinearProbe build() {
            return new LinearProbe(this);
        }
    }
}
