package org.graphinfomax.infomax.mi.staircase;

import java.util.List;
import java.util.Objects;

/**
 * All runs of a staircase experiment.
 *
 * @param config the settings
 * @param runs   one run per critic type and estimator, critic types outermost, in the configured orders
 */
public record StaircaseResult(StaircaseConfig config, List<StaircaseRun> runs) {

    /** Copies the list. */
    public StaircaseResult {
        Objects.requireNonNull(config, "config");
        runs = List.copyOf(runs);
    }

    /**
     * @param critic    a critic type that was run
     * @param estimator an estimator that was run
     * @return its run
     * @throws IllegalArgumentException if that combination was not run
     */
    public StaircaseRun run(CriticType critic, StaircaseEstimator estimator) {
        return runs.stream().filter(r -> r.critic() == critic && r.estimator() == estimator).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run of " + estimator.label() + " with the "
                        + critic.label() + " critic; the experiment ran " + config.estimators() + " x "
                        + config.critics()));
    }

    /** @return the runs of one critic type, in the configured estimator order */
    public List<StaircaseRun> runs(CriticType critic) {
        return runs.stream().filter(r -> r.critic() == critic).toList();
    }

    /** @return the true MI of every step of the staircase, in nats */
    public double[] trueMutualInformation() {
        double[] levels = config.levels();
        double[] truth = new double[levels.length * config.stepsPerLevel()];
        for (int step = 0; step < truth.length; step++) {
            truth[step] = levels[step / config.stepsPerLevel()];
        }
        return truth;
    }
}
