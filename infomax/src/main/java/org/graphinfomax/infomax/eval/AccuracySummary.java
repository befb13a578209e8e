package org.graphinfomax.infomax.eval;

import java.util.Arrays;
import java.util.Locale;

/**
 * Accuracies of repeated evaluations (fractions in [0, 1]) with their mean and sample standard
 * deviation.
 *
 * @param runs the accuracy of each repetition
 */
public record AccuracySummary(double[] runs) {

    /** Copies the array; at least one run is required. */
    public AccuracySummary {
        if (runs.length == 0) {
            throw new IllegalArgumentException("no runs to summarise");
        }
        runs = runs.clone();
    }

    @Override
    public double[] runs() {
        return runs.clone();
    }

    /** Mean accuracy. */
    public double mean() {
        return Arrays.stream(runs).average().orElseThrow();
    }

    /** Sample standard deviation (n - 1 in the denominator; 0 for a single run). */
    public double std() {
        if (runs.length < 2) {
            return 0;
        }
        double m = mean();
        double ss = Arrays.stream(runs).map(a -> (a - m) * (a - m)).sum();
        return Math.sqrt(ss / (runs.length - 1));
    }

    /** For example {@code 82.31 +- 0.54 % (50 runs)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f +- %.2f %% (%d runs)", 100 * mean(), 100 * std(), runs.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccuracySummary s && Arrays.equals(runs, s.runs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(runs);
    }
}
