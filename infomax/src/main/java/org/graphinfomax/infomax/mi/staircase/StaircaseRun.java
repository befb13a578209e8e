package org.graphinfomax.infomax.mi.staircase;

import java.util.Objects;
import org.graphinfomax.infomax.mi.critic.MiTrajectory;

/**
 * The outcome of one estimator with one critic type: the per-step estimates over the whole staircase, the
 * mean estimate at the end of every level and, if configured, the rho = 0 run.
 *
 * @param critic          the critic type
 * @param estimator       the estimator
 * @param staircase       the estimates of every step of the staircase, levels one after the other
 * @param levelMeans      per level, the mean estimate over the last {@code averageWindow} steps of that level
 * @param independent     the rho = 0 run, or null if none was configured
 * @param independentMean the mean of its last {@code averageWindow} estimates, NaN if none
 */
public record StaircaseRun(CriticType critic, StaircaseEstimator estimator, MiTrajectory staircase,
        double[] levelMeans, MiTrajectory independent, double independentMean) {

    /** Copies the level means. */
    public StaircaseRun {
        Objects.requireNonNull(critic, "critic");
        Objects.requireNonNull(estimator, "estimator");
        Objects.requireNonNull(staircase, "staircase");
        levelMeans = levelMeans.clone();
    }

    /** @return a copy of the level means */
    @Override
    public double[] levelMeans() {
        return levelMeans.clone();
    }

    /** @return the mean estimate at the end of level {@code i} */
    public double levelMean(int i) {
        return levelMeans[i];
    }

    /** @return wall-clock milliseconds per 1000 training steps over the staircase and the rho = 0 run */
    public double millisPerThousandSteps() {
        long nanos = staircase.elapsedNanos() + (independent == null ? 0 : independent.elapsedNanos());
        int steps = staircase.steps() + (independent == null ? 0 : independent.steps());
        return nanos / 1e3 / steps;
    }
}
