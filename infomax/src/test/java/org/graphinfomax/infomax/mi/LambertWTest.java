package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LambertWTest {

    @Test
    void knownValues() {
        assertEquals(0.0, LambertW.w0(0.0));
        assertEquals(1.0, LambertW.w0(Math.E), 1e-15);
        assertEquals(0.5671432904097838, LambertW.w0(1.0), 1e-15); // the omega constant
        assertEquals(2.0, LambertW.w0(2.0 * Math.exp(2.0)), 1e-14);
        assertEquals(-Math.log(2.0), LambertW.w0(-Math.log(2.0) / 2.0), 1e-14);
        assertEquals(-1.0, LambertW.w0(-Math.exp(-1.0)), 1e-7);
    }

    @Test
    void invertsWTimesExpWOnAWideGrid() {
        for (double z = -0.3678; z < 0; z += 0.001) {
            double w = LambertW.w0(z);
            assertTrue(w >= -1.0 && w <= 0.0, "branch at z = " + z);
            assertEquals(z, w * Math.exp(w), 1e-15, "z = " + z);
        }
        for (double logZ = -700; logZ <= 700; logZ += 0.37) {
            double w = LambertW.w0(Math.exp(logZ));
            // log(w e^w) = log z, compared in log space where rounding does not grow with z
            assertEquals(logZ, Math.log(w) + w, 1e-15 * Math.max(1.0, Math.abs(logZ)), "z = e^" + logZ);
        }
    }

    @Test
    void logOfWOfExpSolvesItsEquationWithoutOverflow() {
        for (double x = -1e4; x <= 1e6; x = x < 0 ? x / 1.7 + 0.5 : x * 1.9 + 0.3) {
            double s = LambertW.logW0Exp(x);
            assertTrue(Double.isFinite(s), "x = " + x);
            // e^s + s = x, compared relative to the larger side
            assertEquals(0.0, (Math.exp(s) + s - x) / Math.max(1.0, Math.abs(x)), 1e-14, "x = " + x);
        }
        assertEquals(1.0, LambertW.w0Exp(1.0), 1e-15);
        assertEquals(-800.0, LambertW.logW0Exp(-800.0), 1e-12, "W(z) ~ z for tiny z");
        assertEquals(Double.POSITIVE_INFINITY, LambertW.logW0Exp(Double.POSITIVE_INFINITY));
    }

    @Test
    void rejectsArgumentsOffTheRealBranch() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> LambertW.w0(-0.5));
        assertTrue(error.getMessage().contains("-0.5"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LambertW.w0(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LambertW.logW0Exp(Double.NaN));
    }
}
