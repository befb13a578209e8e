package org.graphinfomax.infomax.mi.staircase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The acceptance criteria of the staircase (issue 5), evaluated on the level means of a result: InfoNCE within
 * {@value #TOLERANCE} nat of the truth at 2 nats and below log K at 6, 8 and 10 nats; NWJ and JS within
 * {@value #TOLERANCE} nat at 2 and 4 nats; every estimator's rho = 0 mean below {@value #INDEPENDENCE_TOLERANCE}
 * in absolute value. Criteria whose level (or rho = 0 run) was not part of the experiment are skipped.
 */
public final class StaircaseAcceptance {

    /** Largest accepted distance to the true MI, in nats. */
    public static final double TOLERANCE = 0.5;
    /** Largest accepted |estimate| at rho = 0, in nats. */
    public static final double INDEPENDENCE_TOLERANCE = 0.1;

    private StaircaseAcceptance() {
    }

    /**
     * One criterion.
     *
     * @param description what is required, e.g. "separable InfoNCE at 2 nats within 0.5"
     * @param value       the measured mean estimate
     * @param passed      whether the criterion holds
     */
    public record Check(String description, double value, boolean passed) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-4s %-52s estimate %7.3f", passed ? "PASS" : "FAIL", description, value);
        }
    }

    /**
     * @param result a staircase result
     * @return the applicable checks, in a fixed order
     */
    public static List<Check> evaluate(StaircaseResult result) {
        List<Check> checks = new ArrayList<>();
        double logK = Math.log(result.config().batchSize());
        for (StaircaseRun run : result.runs()) {
            String prefix = run.critic().label() + " " + run.estimator().label();
            switch (run.estimator()) {
                case INFONCE -> {
                    near(checks, result, run, prefix, 2);
                    for (double level : new double[] {6, 8, 10}) {
                        int i = levelIndex(result, level);
                        if (i >= 0) {
                            double v = run.levelMean(i);
                            checks.add(new Check(String.format(Locale.ROOT, "%s at %.0f nats below log K = %.2f",
                                    prefix, level, logK), v, v < logK));
                        }
                    }
                }
                case NWJ, JS -> {
                    near(checks, result, run, prefix, 2);
                    near(checks, result, run, prefix, 4);
                }
                default -> {
                }
            }
            if (run.independent() != null) {
                double v = run.independentMean();
                checks.add(new Check(prefix + " at rho = 0 within " + INDEPENDENCE_TOLERANCE + " of 0", v,
                        Math.abs(v) < INDEPENDENCE_TOLERANCE));
            }
        }
        return checks;
    }

    private static void near(List<Check> checks, StaircaseResult result, StaircaseRun run, String prefix, double level) {
        int i = levelIndex(result, level);
        if (i >= 0) {
            double v = run.levelMean(i);
            checks.add(new Check(String.format(Locale.ROOT, "%s at %.0f nats within %.1f", prefix, level, TOLERANCE), v,
                    Math.abs(v - level) <= TOLERANCE));
        }
    }

    private static int levelIndex(StaircaseResult result, double level) {
        double[] levels = result.config().levels();
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == level) {
                return i;
            }
        }
        return -1;
    }
}
