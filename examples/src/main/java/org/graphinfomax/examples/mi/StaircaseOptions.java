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

    @Option(names = "--critic", split = ",", defaultValue = "separable", paramLabel = "TYPE[,TYPE]",
            description = "critic types: separable, concatenated (comma-separated; default ${DEFAULT-VALUE})")
    List<String> critics;

    @Option(names = "--estimators", split = ",", defaultValue = "InfoNCE,NWJ,JS,DV/MINE", paramLabel = "NAME[,NAME...]",
            description = "estimators (default ${DEFAULT-VALUE})")
    List<String> estimators;

    @Option(names = "--levels", split = ",", defaultValue = "2,4,6,8,10", paramLabel = "NATS[,NATS...]",
            description = "true MI of each level in nats (default ${DEFAULT-VALUE})")
    double[] levels;

    @Option(names = "--steps-per-level", defaultValue = "4000", paramLabel = "N",
            description = "training steps per level (default ${DEFAULT-VALUE})")
    int stepsPerLevel;

    @Option(names = "--independent-steps", defaultValue = "4000", paramLabel = "N",
            description = "steps of the rho = 0 run, 0 for none (default ${DEFAULT-VALUE})")
    int independentSteps;

    @Option(names = "--window", paramLabel = "N",
            description = "last steps of a level averaged in the table (default: 1000, at most a quarter of a level)")
    Integer window;

    @Option(names = "--batch", defaultValue = "64", paramLabel = "K",
            description = "samples per training batch (default ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--smoothing", defaultValue = "100", paramLabel = "N",
            description = "moving-average window of the plotted estimates (default ${DEFAULT-VALUE})")
    int smoothing;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "seed (default ${DEFAULT-VALUE})")
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
