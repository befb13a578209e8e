package org.graphinfomax.infomax.mi;

/**
 * The logistic function and its integral on doubles, in forms that neither overflow nor lose the
 * small tail values: used wherever a handful of scores is turned into a loss on the host.
 */
public final class Logistic {

    private Logistic() {
    }

    /** @return {@code log(1 + exp(x))} without overflow */
    public static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** @return {@code 1 / (1 + exp(-x))} without overflow */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }
}
