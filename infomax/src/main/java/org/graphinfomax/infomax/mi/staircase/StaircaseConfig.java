package org.graphinfomax.infomax.mi.staircase;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the staircase experiment. {@link #poole2019()} gives the published protocol (Poole et al. 2019,
 * Section 5 and Figure 2): d = 20, true MI stepping through 2, 4, 6, 8, 10 nats with 4000 steps per level,
 * batch 64, Adam with learning rate 5e-4, critics with two hidden ReLU layers of 256 units, 32-d separable
 * embeddings; the level means average the last 1000 steps of each level. Beyond the paper, a separate run
 * of {@code independentSteps} steps on independent x and y (rho = 0) checks that every estimate is near 0.
 *
 * @param dimension        d, the dimension of x and y
 * @param levels           the true MI of each level, in nats, in order (may be empty if there is a rho = 0 run)
 * @param stepsPerLevel    training steps per level
 * @param independentSteps steps of the rho = 0 run (0: no such run)
 * @param averageWindow    the level mean averages this many last steps of the level
 * @param batchSize        K
 * @param learningRate     Adam's learning rate
 * @param hiddenSizes      hidden ReLU layer sizes of the critics
 * @param embeddingSize    embedding size of the separable critic
 * @param seed             seed of every run (initialisation and sampling; see {@link StaircaseExperiment})
 * @param estimators       the estimators to run
 * @param critics          the critic types to run
 */
public record StaircaseConfig(int dimension, double[] levels, int stepsPerLevel, int independentSteps,
        int averageWindow, int batchSize, double learningRate, int[] hiddenSizes, int embeddingSize, long seed,
        List<StaircaseEstimator> estimators, List<CriticType> critics) {

    /** Validates and copies the arrays and lists. */
    public StaircaseConfig {
        positive(dimension, "dimension");
        positive(stepsPerLevel, "steps per level");
        positive(averageWindow, "average window");
        if (averageWindow > stepsPerLevel || (independentSteps > 0 && averageWindow > independentSteps)) {
            throw new IllegalArgumentException("the average window (" + averageWindow + ") exceeds the steps of a level ("
                    + stepsPerLevel + ") or of the rho = 0 run (" + independentSteps + ")");
        }
        if (independentSteps < 0) {
            throw new IllegalArgumentException("rho = 0 steps must be at least 0, got " + independentSteps);
        }
        if (batchSize < 2) {
            throw new IllegalArgumentException("batch size must be at least 2, got " + batchSize);
        }
        if (levels.length == 0 && independentSteps == 0) {
            throw new IllegalArgumentException("need at least one MI level or a rho = 0 run");
        }
        for (double level : levels) {
            if (!(level >= 0) || !Double.isFinite(level)) {
                throw new IllegalArgumentException("MI levels must be finite and at least 0, got " + Arrays.toString(levels));
            }
        }
        if (estimators.isEmpty() || critics.isEmpty()) {
            throw new IllegalArgumentException("need at least one estimator and one critic type");
        }
        levels = levels.clone();
        hiddenSizes = hiddenSizes.clone();
        estimators = List.copyOf(estimators);
        critics = List.copyOf(critics);
    }

    /** @return the published protocol for all four estimators and the separable critic, seed 1 */
    public static StaircaseConfig poole2019() {
        return new StaircaseConfig(20, new double[] {2, 4, 6, 8, 10}, 4000, 4000, 1000, 64, 5e-4,
                new int[] {256, 256}, 32, 1, List.of(StaircaseEstimator.values()), List.of(CriticType.SEPARABLE));
    }

    /** @return a copy of the MI levels */
    @Override
    public double[] levels() {
        return levels.clone();
    }

    /** @return a copy of the hidden sizes */
    @Override
    public int[] hiddenSizes() {
        return hiddenSizes.clone();
    }

    /**
     * @param perLevel    steps per level
     * @param independent steps of the rho = 0 run
     * @param window      steps averaged at the end of each level
     * @return this configuration with other step counts
     */
    public StaircaseConfig withSteps(int perLevel, int independent, int window) {
        return new StaircaseConfig(dimension, levels, perLevel, independent, window, batchSize, learningRate,
                hiddenSizes, embeddingSize, seed, estimators, critics);
    }

    /**
     * @param values the MI levels in nats
     * @return this configuration with other levels
     */
    public StaircaseConfig withLevels(double... values) {
        return new StaircaseConfig(dimension, values, stepsPerLevel, independentSteps, averageWindow, batchSize,
                learningRate, hiddenSizes, embeddingSize, seed, estimators, critics);
    }

    /**
     * @param values the estimators
     * @return this configuration with other estimators
     */
    public StaircaseConfig withEstimators(List<StaircaseEstimator> values) {
        return new StaircaseConfig(dimension, levels, stepsPerLevel, independentSteps, averageWindow, batchSize,
                learningRate, hiddenSizes, embeddingSize, seed, values, critics);
    }

    /**
     * @param values the critic types
     * @return this configuration with other critics
     */
    public StaircaseConfig withCritics(List<CriticType> values) {
        return new StaircaseConfig(dimension, levels, stepsPerLevel, independentSteps, averageWindow, batchSize,
                learningRate, hiddenSizes, embeddingSize, seed, estimators, values);
    }

    /**
     * @param value the seed
     * @return this configuration with another seed
     */
    public StaircaseConfig withSeed(long value) {
        return new StaircaseConfig(dimension, levels, stepsPerLevel, independentSteps, averageWindow, batchSize,
                learningRate, hiddenSizes, embeddingSize, value, estimators, critics);
    }

    /** Records compare arrays by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StaircaseConfig c && dimension == c.dimension && Arrays.equals(levels, c.levels)
                && stepsPerLevel == c.stepsPerLevel && independentSteps == c.independentSteps
                && averageWindow == c.averageWindow && batchSize == c.batchSize
                && Double.compare(learningRate, c.learningRate) == 0 && Arrays.equals(hiddenSizes, c.hiddenSizes)
                && embeddingSize == c.embeddingSize && seed == c.seed && estimators.equals(c.estimators)
                && critics.equals(c.critics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimension, Arrays.hashCode(levels), stepsPerLevel, independentSteps, averageWindow,
                batchSize, learningRate, Arrays.hashCode(hiddenSizes), embeddingSize, seed, estimators, critics);
    }

    @Override
    public String toString() {
        return "StaircaseConfig[d=" + dimension + ", levels=" + Arrays.toString(levels) + " nats, " + stepsPerLevel
                + " steps per level, rho=0 run " + independentSteps + " steps, last " + averageWindow
                + " averaged, batch " + batchSize + ", Adam lr " + learningRate + ", hidden "
                + Arrays.toString(hiddenSizes) + ", embedding " + embeddingSize + ", seed " + seed + ", "
                + estimators + ", " + critics + "]";
    }

    private static void positive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }
    }
}
