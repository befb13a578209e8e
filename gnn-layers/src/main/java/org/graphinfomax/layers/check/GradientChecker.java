package org.graphinfomax.layers.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.graphinfomax.layers.ParameterSpec;
import org.graphinfomax.layers.ParameterStore;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Compares the gradients of explicit backward passes with central finite differences
 * {@code (f(x + h) - f(x - h)) / 2h}, in DOUBLE precision.
 *
 * <p>An element passes when {@code |analytic - numerical| <= absoluteFloor} (tiny gradients, where
 * the finite difference is dominated by round-off) or when the relative error
 * {@code |analytic - numerical| / max(|analytic|, |numerical|)} is at most
 * {@code maxRelativeError}. Defaults: h = 1e-6, maximum relative error 1e-5, absolute floor 1e-8.
 * With h = 1e-6 the truncation error of the central difference is O(h^2) relative to the third
 * derivative and the round-off O(1e-16 / h) = O(1e-10) relative to the loss, so smooth, correctly
 * differentiated code typically shows relative errors of 1e-7 or below, while a wrong factor or a
 * missing term gives errors of order 1. Kinks (ReLU at 0, ties of a maximum) must be avoided by the
 * test data; random continuous inputs hit them with negligible probability.
 *
 * <p>Checking every element costs two forward passes each; {@link #sampling(int, long)} limits the
 * elements checked per parameter array to a seeded random sample.
 */
public final class GradientChecker {

    /** Default finite-difference step. */
    public static final double DEFAULT_EPSILON = 1e-6;
    /** Default maximum relative error. */
    public static final double DEFAULT_MAX_RELATIVE_ERROR = 1e-5;
    /** Default absolute difference below which an element always passes. */
    public static final double DEFAULT_ABSOLUTE_FLOOR = 1e-8;

    private static final int MAX_REPORTED_FAILURES = 20;

    private final double epsilon;
    private final double maxRelativeError;
    private final double absoluteFloor;
    private final int maxPerArray;
    private final long sampleSeed;

    private GradientChecker(double epsilon, double maxRelativeError, double absoluteFloor, int maxPerArray,
            long sampleSeed) {
        this.epsilon = positive(epsilon, "epsilon");
        this.maxRelativeError = positive(maxRelativeError, "maximum relative error");
        if (!(absoluteFloor >= 0)) {
            throw new IllegalArgumentException("absolute floor must be at least 0, got " + absoluteFloor);
        }
        this.absoluteFloor = absoluteFloor;
        this.maxPerArray = maxPerArray;
        this.sampleSeed = sampleSeed;
    }

    /** A checker with the default step and thresholds, checking every element. */
    public static GradientChecker defaults() {
        return new GradientChecker(DEFAULT_EPSILON, DEFAULT_MAX_RELATIVE_ERROR, DEFAULT_ABSOLUTE_FLOOR,
                Integer.MAX_VALUE, 0);
    }

    /** The same checker with another finite-difference step. */
    public GradientChecker withEpsilon(double value) {
        return new GradientChecker(value, maxRelativeError, absoluteFloor, maxPerArray, sampleSeed);
    }

    /** The same checker with another relative-error threshold. */
    public GradientChecker withMaxRelativeError(double value) {
        return new GradientChecker(epsilon, value, absoluteFloor, maxPerArray, sampleSeed);
    }

    /** The same checker with another absolute floor. */
    public GradientChecker withAbsoluteFloor(double value) {
        return new GradientChecker(epsilon, maxRelativeError, value, maxPerArray, sampleSeed);
    }

    /** The same checker probing at most {@code maxPerArray} elements per array, chosen from {@code seed}. */
    public GradientChecker sampling(int maxPerArray, long seed) {
        if (maxPerArray < 1) {
            throw new IllegalArgumentException("must check at least one element per array, got " + maxPerArray);
        }
        return new GradientChecker(epsilon, maxRelativeError, absoluteFloor, maxPerArray, seed);
    }

    /** The relative-error threshold. */
    public double maxRelativeError() {
        return maxRelativeError;
    }

    /**
     * Checks the gradients of every trainable parameter of {@code store}. The store's gradients are
     * zeroed, the objective is evaluated once with backprop to obtain the analytic gradients, and
     * then every (sampled) element is perturbed by +-h. Values are restored afterwards; the store's
     * gradients then hold the analytic gradients.
     *
     * @throws IllegalArgumentException if the store is not DOUBLE
     */
    public GradientCheckResult checkParameters(ParameterStore store, Objective objective) {
        Objects.requireNonNull(objective, "objective");
        requireDouble(store.dataType(), "parameter store");
        store.zeroGradients();
        objective.evaluate(true);
        INDArray analytic = store.gradients().dup();
        INDArray params = store.params();
        Accumulator acc = new Accumulator();
        long offset = 0;
        for (ParameterSpec spec : store.specs()) {
            if (!spec.trainable()) {
                continue;
            }
            for (long k : sample(spec.length(), spec.name())) {
                long flat = offset + k;
                double numerical = centralDifference(params, flat, objective);
                acc.compare(spec.name() + "[" + k + "]", analytic.getDouble(flat), numerical);
            }
            offset += spec.length();
        }
        store.gradients().assign(analytic);
        return acc.result();
    }

    /**
     * Checks the gradient with respect to an input array that the objective reads.
     *
     * @param name a name for messages
     * @param input a DOUBLE array the objective reads (perturbed in place, restored afterwards)
     * @param objective the loss
     * @param analyticGradient returns the input gradient recorded by the last backprop evaluation
     */
    public GradientCheckResult checkInput(String name, INDArray input, Objective objective,
            Supplier<INDArray> analyticGradient) {
        requireDouble(input.dataType(), "input '" + name + "'");
        if (input.isView() || input.ordering() != 'c') {
            throw new IllegalArgumentException("input '" + name + "' must be a row-major array that is not a view");
        }
        objective.evaluate(true);
        INDArray analytic = Objects.requireNonNull(analyticGradient.get(), "analytic gradient of " + name);
        if (analytic.length() != input.length()) {
            throw new IllegalArgumentException("the gradient of '" + name + "' has " + analytic.length()
                    + " elements, the input " + input.length());
        }
        INDArray grad = analytic.dup('c');
        Accumulator acc = new Accumulator();
        for (long k : sample(input.length(), name)) {
            acc.compare(name + "[" + k + "]", grad.getDouble(k), centralDifference(input, k, objective));
        }
        return acc.result();
    }

    private double centralDifference(INDArray values, long index, Objective objective) {
        double original = values.getDouble(index);
        values.putScalar(index, original + epsilon);
        double plus = objective.evaluate(false);
        values.putScalar(index, original - epsilon);
        double minus = objective.evaluate(false);
        values.putScalar(index, original);
        return (plus - minus) / (2 * epsilon);
    }

    private long[] sample(long length, String name) {
        if (length <= maxPerArray) {
            long[] all = new long[(int) length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        SplittableRandom random = new SplittableRandom(sampleSeed ^ name.hashCode());
        long[] picked = new long[maxPerArray];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = random.nextLong(length);
        }
        return picked;
    }

    private static void requireDouble(DataType type, String what) {
        if (type != DataType.DOUBLE) {
            throw new IllegalArgumentException("gradient checks need DOUBLE precision, the " + what + " is " + type);
        }
    }

    private static double positive(double value, String what) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + value);
        }
        return value;
    }

    /** Collects comparisons. */
    private final class Accumulator {
        private final List<GradientCheckResult.Failure> failures = new ArrayList<>();
        private int checked;
        private int failureCount;
        private double maxError;
        private String worst = "";

        void compare(String element, double analytic, double numerical) {
            checked++;
            double diff = Math.abs(analytic - numerical);
            double scale = Math.max(Math.abs(analytic), Math.abs(numerical));
            double relative = scale == 0 ? 0 : diff / scale;
            boolean excused = diff <= absoluteFloor;
            if (!excused && relative > maxError) {
                maxError = relative;
                worst = element;
            }
            if (!excused && !(relative <= maxRelativeError)) {
                failureCount++;
                if (failures.size() < MAX_REPORTED_FAILURES) {
                    failures.add(new GradientCheckResult.Failure(element, analytic, numerical, relative));
                }
            }
        }

        GradientCheckResult result() {
            return new GradientCheckResult(checked, failures, failureCount, maxError, worst);
        }
    }
}
