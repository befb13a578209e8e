package org.graphinfomax.examples;

import java.util.Locale;
import java.util.Random;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.infomax.mi.CriticScores;
import org.graphinfomax.infomax.mi.MiEstimate;
import org.graphinfomax.infomax.mi.MiEstimator;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.graphinfomax.infomax.training.StepWorkspace;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GraphContext;
import org.graphinfomax.layers.Mlp;
import org.graphinfomax.layers.Optimizer;
import org.graphinfomax.layers.ParameterStore;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Library example (d): estimating the mutual information between two vector variables with a
 * trained critic, here X, Y in R^d, jointly Gaussian with correlation {@code rho} between x_k and
 * y_k, whose true MI is {@code -d/2 log(1 - rho^2)} nats.
 *
 * <p>The critic is separable, {@code T(x, y) = f(x) . g(y)} with two small MLPs, so one batch of
 * K pairs gives the whole K x K score matrix in one product: the diagonal holds the joint pairs,
 * the rest pairs from the product of the marginals ({@link CriticScores#square}). Any estimator of
 * {@link MiEstimators} turns the scores into a bound and its gradient; Adam maximises the bound
 * (Poole et al., "On variational bounds of mutual information", ICML 2019, use this set-up).
 *
 * <pre>
 * java -cp graph-infomax.jar org.graphinfomax.examples.GaussianMutualInformation [true MI in nats]
 * </pre>
 */
public final class GaussianMutualInformation {

    private static final int DIMENSIONS = 5;
    private static final int BATCH = 128;
    private static final int HIDDEN = 64;
    private static final int EMBEDDING = 16;

    private GaussianMutualInformation() {
    }

    /**
     * The result of an estimation.
     *
     * @param trueMi the exact MI of the distribution
     * @param estimate the mean of the estimator's value over the last quarter of the steps
     */
    public record Result(double trueMi, double estimate) {
    }

    /** The correlation per dimension that gives {@code mi} nats over {@value #DIMENSIONS} dimensions. */
    public static double correlationFor(double mi) {
        return Math.sqrt(1 - Math.exp(-2 * mi / DIMENSIONS));
    }

    /**
     * Trains a critic for {@code steps} batches and returns the estimate.
     *
     * @param estimator e.g. {@link MiEstimators#infoNce()} (at most log K = 4.85 nats for K = 128)
     * @param trueMi the MI of the sampled distribution, in nats
     */
    public static Result estimate(MiEstimator estimator, double trueMi, int steps, long seed) {
        double rho = correlationFor(trueMi);
        Mlp f = Mlp.of(DIMENSIONS, HIDDEN, EMBEDDING);
        Mlp g = Mlp.of(DIMENSIONS, HIDDEN, EMBEDDING);
        ParameterStore store = ParameterStore.builder(DataType.FLOAT).add("f", f).add("g", g).build(seed);
        Optimizer adam = new Optimizer(Adam.builder().learningRate(5e-4).build());
        GraphContext pointwise = GraphContext.of(Graph.builder(BATCH).build());
        StepWorkspace workspace = new StepWorkspace("gaussian-mi-example");
        Random random = new Random(seed);
        double sum = 0;
        int counted = 0;
        try {
            for (int step = 0; step < steps; step++) {
                INDArray[] xy = samplePairs(random, rho);
                double value = workspace.run(() -> {
                    store.zeroGradients();
                    Forward fx = f.forward(xy[0], pointwise, ForwardMode.training(0));
                    Forward gy = g.forward(xy[1], pointwise, ForwardMode.training(0));
                    INDArray scores = fx.output().mmul(gy.output().transpose());
                    MiEstimate est = estimator.estimate(CriticScores.square(scores));
                    INDArray dScores = est.gradient();
                    INDArray dF = dScores.mmul(gy.output());
                    INDArray dG = dScores.transpose().mmul(fx.output());
                    fx.backward(dF);
                    gy.backward(dG);
                    adam.step(store);
                    return est.value();
                });
                if (step >= steps * 3 / 4) {
                    sum += value;
                    counted++;
                }
            }
        } finally {
            workspace.release();
        }
        return new Result(trueMi, sum / counted);
    }

    /** K pairs (x, y) with y_k = rho x_k + sqrt(1 - rho^2) e_k, all standard normal. */
    private static INDArray[] samplePairs(Random random, double rho) {
        float[] x = new float[BATCH * DIMENSIONS];
        float[] y = new float[BATCH * DIMENSIONS];
        double noise = Math.sqrt(1 - rho * rho);
        for (int i = 0; i < x.length; i++) {
            double a = random.nextGaussian();
            x[i] = (float) a;
            y[i] = (float) (rho * a + noise * random.nextGaussian());
        }
        long[] shape = {BATCH, DIMENSIONS};
        return new INDArray[] {Nd4j.create(x, shape, 'c'), Nd4j.create(y, shape, 'c')};
    }

    /** Estimates 2 nats (or the MI given as argument) with InfoNCE and with the JS-trained NWJ estimator. */
    public static void main(String[] args) {
        double mi = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        System.out.printf(Locale.ROOT, "X, Y in R^%d, correlation %.3f per dimension: true MI %.3f nats%n", DIMENSIONS,
                correlationFor(mi), mi);
        for (MiEstimator estimator : new MiEstimator[] {MiEstimators.infoNce(), MiEstimators.jsTrainedNwj()}) {
            Result r = estimate(estimator, mi, 1000, 0);
            System.out.printf(Locale.ROOT, "  %-22s estimate %.3f nats%n", estimator.name(), r.estimate());
        }
    }
}
