package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Central-difference gradient checks in DOUBLE precision. */
final class CentralDifference {

    static final double STEP = 1e-6;

    private CentralDifference() {
    }

    /**
     * Perturbs every entry of {@code parameter} in place by +-{@link #STEP} and compares
     * {@code (f(x + h) - f(x - h)) / 2h} with {@code analytic}.
     *
     * @param function  reads {@code parameter} (by reference) and returns a scalar
     * @param parameter a DOUBLE array, restored afterwards
     * @param analytic  the claimed gradient, same shape
     * @param tolerance maximum of |analytic - numeric| / max(1, |analytic| + |numeric|)
     */
    static void assertGradient(DoubleSupplier function, INDArray parameter, INDArray analytic, double tolerance) {
        assertEquals(DataType.DOUBLE, parameter.dataType(), "gradient checks run in DOUBLE");
        assertTrue(java.util.Arrays.equals(parameter.shape(), analytic.shape()), "gradient shape");
        INDArray flat = parameter.reshape(parameter.length());
        INDArray claimed = analytic.dup('c').reshape(analytic.length());
        double worst = 0.0;
        long worstIndex = -1;
        for (long k = 0; k < flat.length(); k++) {
            double original = flat.getDouble(k);
            flat.putScalar(k, original + STEP);
            double plus = function.getAsDouble();
            flat.putScalar(k, original - STEP);
            double minus = function.getAsDouble();
            flat.putScalar(k, original);
            double numeric = (plus - minus) / (2.0 * STEP);
            double exact = claimed.getDouble(k);
            double error = Math.abs(exact - numeric) / Math.max(1.0, Math.abs(exact) + Math.abs(numeric));
            if (error > worst) {
                worst = error;
                worstIndex = k;
            }
        }
        assertTrue(worst <= tolerance, "worst relative gradient error " + worst + " at flat index " + worstIndex);
    }
}
