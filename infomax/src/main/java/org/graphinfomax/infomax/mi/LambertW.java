package org.graphinfomax.infomax.mi;

/**
 * The principal branch W0 of the Lambert W function, the inverse of {@code w -> w e^w} on {@code w >= -1}.
 *
 * <p>Neither Apache Commons Math 3 nor the other numerical libraries resolvable from Maven Central for this
 * project offer it, so it is computed here by Halley's iteration (Corless et al. 1996, "On the Lambert W
 * function", Adv. Comput. Math. 5). For positive arguments the iteration runs on {@code s = log W(e^x)},
 * which solves {@code e^s + s = x}: that form neither overflows for huge arguments nor loses precision for
 * tiny ones, which is what the Jeffrey-divergence conjugate needs.
 */
public final class LambertW {

    private static final double BRANCH_POINT = -Math.exp(-1.0);
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-15;

    private LambertW() {
    }

    /**
     * @param z a real number {@code >= -1/e}
     * @return W0(z), the solution {@code w >= -1} of {@code w e^w = z}
     * @throws IllegalArgumentException if z is NaN or below -1/e
     */
    public static double w0(double z) {
        if (Double.isNaN(z) || z < BRANCH_POINT) {
            throw new IllegalArgumentException("Lambert W0 is real only for z >= -1/e = " + BRANCH_POINT
                    + ", got z = " + z);
        }
        if (z > 0) {
            return w0Exp(Math.log(z));
        }
        if (z == 0) {
            return 0.0;
        }
        return w0OnNegativeInterval(z);
    }

    /**
     * @param x any real number (may be +-infinity)
     * @return W0(e^x), computed without forming e^x
     */
    public static double w0Exp(double x) {
        return Math.exp(logW0Exp(x));
    }

    /**
     * @param x any real number (may be +-infinity)
     * @return {@code log W0(e^x)}, the solution s of {@code e^s + s = x}
     * @throws IllegalArgumentException if x is NaN
     */
    public static double logW0Exp(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("Lambert W0(e^x) needs a number, got x = NaN");
        }
        if (Double.isInfinite(x)) {
            return x;
        }
        // Start to the right of the root: e^s + s - x is increasing and convex in s.
        double s = x > 1.0 ? Math.log(x) : x;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double es = Math.exp(s);
            double residual = es + s - x;
            double slope = es + 1.0;
            double step = residual * slope / (slope * slope - 0.5 * residual * es);
            s -= step;
            if (Math.abs(step) <= TOLERANCE * Math.max(1.0, Math.abs(s))) {
                break;
            }
        }
        return s;
    }

    /** Halley's iteration on {@code w e^w - z} for {@code -1/e <= z < 0}, where -1 <= W0(z) < 0. */
    private static double w0OnNegativeInterval(double z) {
        double w;
        if (z > -0.25) {
            w = z * (1.0 - z);
        } else {
            // Series about the branch point: W = -1 + p - p^2/3 + 11 p^3 / 72, p = sqrt(2 (e z + 1)).
            double p = Math.sqrt(Math.max(0.0, 2.0 * (Math.E * z + 1.0)));
            if (p == 0.0) {
                return -1.0;
            }
            w = -1.0 + p - p * p / 3.0 + 11.0 * p * p * p / 72.0;
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double ew = Math.exp(w);
            double residual = w * ew - z;
            double wPlusOne = w + 1.0;
            if (wPlusOne <= 0.0) {
                return -1.0;
            }
            double step = residual / (ew * wPlusOne - (w + 2.0) * residual / (2.0 * wPlusOne));
            w -= step;
            if (Math.abs(step) <= TOLERANCE * Math.max(1.0, Math.abs(w))) {
                break;
            }
        }
        return Math.max(w, -1.0);
    }
}
