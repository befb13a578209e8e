package org.graphinfomax.infomax.mi;

/**
 * D_f(P || Q) = E_Q[f(p/q)] for the bivariate standard normal with correlation rho (P) against the product
 * of its marginals (Q), by the midpoint rule on [-10, 10]^2 with step 0.01 (the tails beyond carry < 1e-20).
 */
final class QuadratureTruth {

    private static final double HALF_WIDTH = 10.0;
    private static final double STEP = 0.01;

    private QuadratureTruth() {
    }

    static double divergence(FDivergence divergence, double rho) {
        int points = (int) Math.round(2 * HALF_WIDTH / STEP);
        double variance = 1.0 - rho * rho;
        double logNormaliser = -0.5 * Math.log(variance);
        double sum = 0.0;
        for (int a = 0; a < points; a++) {
            double x = -HALF_WIDTH + (a + 0.5) * STEP;
            double qx = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
            for (int b = 0; b < points; b++) {
                double y = -HALF_WIDTH + (b + 0.5) * STEP;
                double qy = Math.exp(-0.5 * y * y) / Math.sqrt(2 * Math.PI);
                double residual = y - rho * x;
                double u = Math.exp(logNormaliser - residual * residual / (2 * variance) + 0.5 * y * y);
                double q = qx * qy;
                if (q > 0) {
                    sum += q * divergence.generator(u);
                }
            }
        }
        return sum * STEP * STEP;
    }
}
