package org.graphinfomax.infomax.mi.critic;

import java.util.Arrays;
import java.util.List;

/**
 * The per-step record of a critic's training: the estimate (nats) and the training loss of every step, each
 * measured on that step's batch before the step's update, and the wall-clock time the steps took.
 */
public final class MiTrajectory {

    private final int firstStep;
    private final double[] estimates;
    private final double[] losses;
    private final long elapsedNanos;

    /**
     * @param firstStep    the trainer's step count before the first recorded step
     * @param estimates    the estimate of every step
     * @param losses       the training loss of every step, as many as estimates
     * @param elapsedNanos wall-clock time of the steps
     */
    public MiTrajectory(int firstStep, double[] estimates, double[] losses, long elapsedNanos) {
        if (estimates.length != losses.length) {
            throw new IllegalArgumentException(estimates.length + " estimates but " + losses.length + " losses");
        }
        this.firstStep = firstStep;
        this.estimates = estimates.clone();
        this.losses = losses.clone();
        this.elapsedNanos = elapsedNanos;
    }

    /**
     * @param parts trajectories of consecutive training calls, in order
     * @return one trajectory holding all steps, starting at the first part's first step, with the summed time
     */
    public static MiTrajectory concat(List<MiTrajectory> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        int total = parts.stream().mapToInt(MiTrajectory::steps).sum();
        double[] estimates = new double[total];
        double[] losses = new double[total];
        long nanos = 0;
        int at = 0;
        for (MiTrajectory part : parts) {
            System.arraycopy(part.estimates, 0, estimates, at, part.steps());
            System.arraycopy(part.losses, 0, losses, at, part.steps());
            at += part.steps();
            nanos += part.elapsedNanos;
        }
        return new MiTrajectory(parts.get(0).firstStep, estimates, losses, nanos);
    }

    /** @return the trainer's step count before the first step of this trajectory */
    public int firstStep() {
        return firstStep;
    }

    /** @return the number of steps recorded */
    public int steps() {
        return estimates.length;
    }

    /** @return a copy of the per-step estimates, in nats */
    public double[] estimates() {
        return estimates.clone();
    }

    /** @return a copy of the per-step training losses */
    public double[] losses() {
        return losses.clone();
    }

    /** @return the estimate of step {@code i} of this trajectory (0-based) */
    public double estimate(int i) {
        return estimates[i];
    }

    /**
     * @param from first step, inclusive (0-based within this trajectory)
     * @param to   last step, exclusive
     * @return the mean estimate over those steps
     */
    public double meanEstimate(int from, int to) {
        if (from < 0 || to > estimates.length || from >= to) {
            throw new IllegalArgumentException("step range [" + from + ", " + to + ") is empty or outside [0, "
                    + estimates.length + ")");
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += estimates[i];
        }
        return sum / (to - from);
    }

    /** @return the mean estimate over the last {@code n} steps */
    public double meanOfLast(int n) {
        return meanEstimate(estimates.length - n, estimates.length);
    }

    /**
     * @param window number of steps averaged, at least 1
     * @return the trailing moving average of the estimates (the first entries average the steps so far)
     */
    public double[] movingAverage(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + window);
        }
        double[] smoothed = new double[estimates.length];
        double sum = 0;
        for (int i = 0; i < estimates.length; i++) {
            sum += estimates[i];
            if (i >= window) {
                sum -= estimates[i - window];
            }
            smoothed[i] = sum / Math.min(i + 1, window);
        }
        return smoothed;
    }

    /** @return wall-clock nanoseconds of all steps */
    public long elapsedNanos() {
        return elapsedNanos;
    }

    /** @return wall-clock milliseconds per 1000 steps */
    public double millisPerThousandSteps() {
        return estimates.length == 0 ? Double.NaN : elapsedNanos / 1e3 / estimates.length;
    }

    @Override
    public String toString() {
        return "MiTrajectory[" + steps() + " steps from " + firstStep + ", last estimate "
                + (estimates.length == 0 ? "none" : estimates[estimates.length - 1]) + "]";
    }

    /** Equal when first step, estimates and losses are equal; the timing is ignored. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MiTrajectory t && firstStep == t.firstStep && Arrays.equals(estimates, t.estimates)
                && Arrays.equals(losses, t.losses);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(estimates) + firstStep;
    }
}
