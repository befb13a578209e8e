package org.graphinfomax.infomax.infograph;

import java.nio.FloatBuffer;

/**
 * Softplus and sigmoid of many FLOAT scores in one pass on the CPU, for the JSD losses whose
 * score matrices (nodes x graphs) are the largest element-wise work of an InfoGraph step. With
 * {@code e = exp(-|s|)}:
 * <pre>
 *   softplus(s) = max(s, 0) + log1p(e),   sigmoid(s) = (s &gt;= 0 ? 1 : e) / (1 + e)
 * </pre>
 * so one exponential per score serves both. Scores are processed in blocks of {@value #BLOCK}
 * held in heap arrays, each block in a few simple loops of arithmetic that the JIT compiles to
 * vector instructions (about 4 ns per score on this project's 2-core machine, against 30-45 ns
 * for the same figures from separate libnd4j element-wise passes, whose {@code expf}/{@code
 * log1pf} are scalar):
 * <ul>
 *   <li>{@code exp(-|s|)}: -|s| = k ln 2 + r with |r| &lt;= ln 2 / 2 (k rounded by adding and
 *       subtracting 1.5 x 2^23; ln 2 in two parts, Cody and Waite), {@code exp(r)} by its degree-6
 *       Taylor polynomial (remainder below 1.3e-7), times 2^k from the exponent bits. -|s| is
 *       clamped at -87.3, so {@code e} stays a normal float (at least 1.2e-38, where the exact
 *       value would be smaller or 0).</li>
 *   <li>{@code log1p(e) = 2 atanh(t)}, {@code t = e / (2 + e)} in [0, 1/3]: the odd series to
 *       t^13 (remainder below 1e-8 relative), written as {@code e * 2/(2+e) * series(t^2)}.</li>
 *   <li>the choice between 1 and e in the sigmoid's numerator is arithmetic, {@code e w + (1 - w)}
 *       with a step w in [0, 1] from a clamped product (exactly 0 or 1 except within 1e-30 of 0,
 *       where e is 1), not a branch, so that the loop vectorises.</li>
 * </ul>
 * No operation produces a subnormal float (those cost the CPU a microcode assist each), which is
 * also why the sigmoid is returned unscaled. Relative error of each softplus and sigmoid value
 * below 1e-6 (tests check dense grids over [-120, 120]); NaN propagates. Not thread-safe: one
 * kernel per thread.
 */
final class FloatLogisticKernel {

    /** Scores per block (4 KiB per array, so that a block's arrays stay in the L1 cache). */
    static final int BLOCK = 1024;

    private static final float LOG2_E = 1.44269504088896341f;
    /** ln 2 in two parts: the high part has few enough bits that k * LN2_HIGH is exact. */
    private static final float LN2_HIGH = 0.693359375f;
    private static final float LN2_LOW = -2.12194440e-4f;
    /** Adding and subtracting 1.5 x 2^23 rounds a float of magnitude below 2^22 to an integer. */
    private static final float ROUNDING = 12582912f;
    private static final float SMALLEST_EXPONENT = -87.3f;
    /** Below this e, the series correction of log1p is 1 in float; keeps t^2 a normal float. */
    private static final float TINY_TAIL = 1e-15f;
    private static final float STEP_SLOPE = 1e30f;

    /** The scores of a block; {@link #apply} replaces them with their sigmoids when asked. */
    final float[] values = new float[BLOCK];
    /** The softplus of each score of the last block. */
    final float[] softplus = new float[BLOCK];
    private final float[] exponent = new float[BLOCK];
    private final float[] tail = new float[BLOCK];

    /**
     * The sum (in double) of softplus over {@code length} scores read from {@code scores} at
     * absolute positions 0 ..; if {@code sigmoidOut} is not null, the sigmoid of each score is
     * written there at the same position.
     */
    double softplusSum(FloatBuffer scores, FloatBuffer sigmoidOut, int length) {
        double total = 0;
        for (int start = 0; start < length; start += BLOCK) {
            int n = Math.min(BLOCK, length - start);
            scores.get(start, values, 0, n);
            apply(n, sigmoidOut != null);
            total += sum(softplus, n);
            if (sigmoidOut != null) {
                sigmoidOut.put(start, values, 0, n);
            }
        }
        return total;
    }

    /**
     * Computes {@link #softplus} of {@code values[0, n)} and, if {@code sigmoid}, replaces those
     * values with their sigmoids.
     */
    void apply(int n, boolean sigmoid) {
        expOfMinusAbs(n);
        for (int i = 0; i < n; i++) {
            float e = tail[i];
            float twoOverTwoPlusE = 2f / (2f + e);
            float t = Math.max(e, TINY_TAIL) * twoOverTwoPlusE * 0.5f;
            float t2 = t * t;
            float series = 1f + t2 * (1f / 3 + t2 * (1f / 5 + t2 * (1f / 7 + t2 * (1f / 9 + t2 * (1f / 11
                    + t2 * (1f / 13))))));
            softplus[i] = Math.max(values[i], 0f) + e * twoOverTwoPlusE * series;
        }
        if (sigmoid) {
            for (int i = 0; i < n; i++) {
                float e = tail[i];
                float negative = Math.min(1f, Math.max(0f, -values[i] * STEP_SLOPE));
                values[i] = (e * negative + (1f - negative)) / (1f + e);
            }
        }
    }

    /** tail[i] = exp(-|values[i]|), in two loops (the second converts k to 2^k through its bits). */
    private void expOfMinusAbs(int n) {
        for (int i = 0; i < n; i++) {
            float a = Math.max(-Math.abs(values[i]), SMALLEST_EXPONENT);
            float k = (a * LOG2_E + ROUNDING) - ROUNDING;
            float r = a - k * LN2_HIGH - k * LN2_LOW;
            tail[i] = 1f + r * (1f + r * (0.5f + r * (1.6666667e-1f + r * (4.1666668e-2f + r * (8.333334e-3f
                    + r * 1.3888889e-3f)))));
            exponent[i] = k;
        }
        for (int i = 0; i < n; i++) {
            tail[i] *= Float.intBitsToFloat(((int) exponent[i] + 127) << 23);
        }
    }

    private static double sum(float[] x, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
        }
        for (; i < n; i++) {
            s0 += x[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
