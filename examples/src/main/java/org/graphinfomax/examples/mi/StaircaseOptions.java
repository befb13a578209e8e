package org.graphinfomax.examples.mi;

import java.util.List;
import org.graphinfomax.infomax.mi.staircase.CriticType;
import org.graphinfomax.infomax.mi.staircase.StaircaseConfig;
import org.graphinfomax.infomax.mi.staircase.StaircaseEstimator;
import picocli.CommandLine.Option;

/**
 * The command-line options of the staircase experiment (Poole et al. 2019), shared by
 * {@link StaircaseExample} and {@code graph-infomax mi}: every option left out keeps the published
 * protocol of {@link StaircaseConfig#poole2019()}.
 */
public final class StaircaseOptions {

    @Option(names = "--critic", split = ",", defaultValue = "separable", paramLabel = "TYPE",
            description = "Critic types, comma-separated: separable, concatenated (default: ${DEFAULT-VALUE}).")
    List<String> critics;

    @Option(names = "--estimators", split = ",", defaultValue = "InfoNCE,NWJ,JS,DV/MINE", paramLabel = "NAME",
            description = "Estimators, comma-separated: InfoNCE, NWJ, JS, DV/MINE (default: ${DEFAULT-VALUE}).")
    List<String> estimators;

    @Option(names = "--levels", split = ",", defaultValue = "2,4,6,8,10", paramLabel = "NATS",
            description = "True MI of each level in nats (default: ${DEFAULT-VALUE}).")
    double[] levels;

    @Option(names = "--steps-per-level", defaultValue = "4000", paramLabel = "N",
            description = "Training steps per level (default: ${DEFAULT-VALUE}, as the paper).")
    int stepsPerLevel;

    @Option(names = "--independent-steps", defaultValue = "4000", paramLabel = "N",
            description = "Steps of the run on independent x, y (rho = 0); 0 for none (default: ${DEFAULT-VALUE}).")
    int independentSteps;

    @Option(names = "--window", paramLabel = "N",
            description = "Last steps of a level averaged in the table (default: 1000, at most a quarter of a level).")
    Integer window;

    @Option(names = "--batch", defaultValue = "64", paramLabel = "K",
            description = "Samples per training batch K (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--smoothing", defaultValue = "100", paramLabel = "N",
            description = "Moving-average window of the plotted estimates, in steps (default: ${DEFAULT-VALUE}).")
    int smoothing;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the critics' initialisation and the samples (default: ${DEFAULT-VALUE}).")
    long seed;

    /**
     * @return the published protocol with these options applied
     * @throws IllegalArgumentException naming an unknown estimator or critic, or a setting out of range
     */
    public StaircaseConfig config() {
        StaircaseConfig c = StaircaseConfig.poole2019()
                .withLevels(levels)
                .withSteps(stepsPerLevel, independentSteps, window != null ? window : defaultWindow())
                .withEstimators(estimators.stream().map(StaircaseEstimator::byName).toList())
                .withCritics(critics.stream().map(CriticType::byName).toList())
                .withSeed(seed);
        return new StaircaseConfig(c.dimension(), c.levels(), c.stepsPerLevel(), c.independentSteps(),
                c.averageWindow(), batchSize, c.learningRate(), c.hiddenSizes(), c.embeddingSize(), c.seed(),
                c.estimators(), c.critics());
    }

    /** @return the moving-average window of the plots */
    public int smoothing() {
        return smoothing;
    }

    private int defaultWindow() {
        int shortest = independentSteps > 0 ? Math.min(stepsPerLevel, independentSteps) : stepsPerLevel;
        return Math.max(1, Math.min(1000, shortest / 4));
    }
}
