package org.graphinfomax.infomax.infograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.graphinfomax.infomax.mi.Logistic;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatLogisticKernel} against {@link Logistic} in double: every softplus and sigmoid value
 * over a dense grid of scores within 1e-6 relative error (tails included, down to the smallest
 * normal float), special values, and the buffer pass with a length that is not a multiple of the
 * block.
 */
class FloatLogisticKernelTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void everyValueOfADenseGridIsWithinItsTolerance() {
        FloatLogisticKernel kernel = new FloatLogisticKernel();
        int points = 2_400_001;
        double worstSoftplus = 0;
        double worstSigmoid = 0;
        float worstAt = 0;
        for (int start = 0; start < points; start += FloatLogisticKernel.BLOCK) {
            int n = Math.min(FloatLogisticKernel.BLOCK, points - start);
            for (int i = 0; i < n; i++) {
                kernel.values[i] = gridPoint(start + i, points);
            }
            float[] scores = kernel.values.clone();
            kernel.apply(n, true);
            for (int i = 0; i < n; i++) {
                double s = scores[i];
                double softplusError = relativeError(kernel.softplus[i], Logistic.softplus(s));
                double sigmoidError = relativeError(kernel.values[i], Logistic.sigmoid(s));
                if (s > -87) {
                    worstSigmoid = Math.max(worstSigmoid, sigmoidError);
                    worstSoftplus = Math.max(worstSoftplus, softplusError);
                    if (softplusError == worstSoftplus) {
                        worstAt = scores[i];
                    }
                }
            }
        }
        assertTrue(worstSoftplus < TOLERANCE, "softplus relative error " + worstSoftplus + " at " + worstAt);
        assertTrue(worstSigmoid < TOLERANCE, "sigmoid relative error " + worstSigmoid);
    }

    @Test
    void tailsBeyondTheFloatRangeStayTinyAndNormal() {
        FloatLogisticKernel kernel = new FloatLogisticKernel();
        float[] scores = {-87.5f, -100f, -1e10f, Float.NEGATIVE_INFINITY, 100f, 1e10f, Float.POSITIVE_INFINITY, 0f, -0f};
        System.arraycopy(scores, 0, kernel.values, 0, scores.length);
        kernel.apply(scores.length, true);
        for (int i = 0; i < 4; i++) {
            assertTrue(kernel.softplus[i] >= Float.MIN_NORMAL && kernel.softplus[i] < 2e-38f, "softplus " + scores[i]);
            assertTrue(kernel.values[i] >= Float.MIN_NORMAL && kernel.values[i] < 2e-38f, "sigmoid " + scores[i]);
        }
        assertEquals(100f, kernel.softplus[4]);
        assertEquals(1f, kernel.values[4]);
        assertEquals(1e10f, kernel.softplus[5]);
        assertEquals(Float.POSITIVE_INFINITY, kernel.softplus[6]);
        assertEquals(1f, kernel.values[6]);
        assertEquals(Math.log(2), kernel.softplus[7], 1e-7);
        assertEquals(0.5f, kernel.values[7]);
        assertEquals(0.5f, kernel.values[8]);
    }

    @Test
    void nanPropagates() {
        FloatLogisticKernel kernel = new FloatLogisticKernel();
        kernel.values[0] = Float.NaN;
        kernel.apply(1, true);
        assertTrue(Float.isNaN(kernel.softplus[0]));
        assertTrue(Float.isNaN(kernel.values[0]));
    }

    @Test
    void bufferPassSumsEveryBlockAndWritesEverySigmoid() {
        int length = 3 * FloatLogisticKernel.BLOCK + 17;
        FloatBuffer scores = ByteBuffer.allocateDirect(4 * length).order(ByteOrder.nativeOrder()).asFloatBuffer();
        FloatBuffer sigmoids = ByteBuffer.allocateDirect(4 * length).order(ByteOrder.nativeOrder()).asFloatBuffer();
        double expected = 0;
        for (int i = 0; i < length; i++) {
            float s = (float) (30 * Math.sin(i * 0.37));
            scores.put(i, s);
            expected += Logistic.softplus(s);
        }
        double total = new FloatLogisticKernel().softplusSum(scores, sigmoids, length);
        assertEquals(expected, total, 1e-6 * expected);
        assertEquals(total, new FloatLogisticKernel().softplusSum(scores, null, length));
        for (int i = 0; i < length; i++) {
            assertEquals(Logistic.sigmoid(scores.get(i)), sigmoids.get(i), 1e-6 * Logistic.sigmoid(scores.get(i)), "at " + i);
        }
    }

    /** Points spread over [-120, 120], denser near 0, plus the exact integers. */
    private static float gridPoint(int i, int points) {
        double u = 2.0 * i / (points - 1) - 1.0;
        return (float) (120 * u * Math.abs(u));
    }

    private static double relativeError(float actual, double exact) {
        return Math.abs(actual - exact) / Math.abs(exact);
    }
}
