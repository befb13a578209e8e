package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FDivergenceTest {

    private static final double[] WIDE_SCORES = {-1000, -300, -100, -40, 40, 100, 300, 1000};

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void generatorVanishesAtOneExceptForTheGanOffset(FDivergence divergence) {
        double expected = divergence == FDivergence.GAN ? -Math.log(4.0) : 0.0;
        assertEquals(expected, divergence.generator(1.0), 1e-15);
    }

    @Test
    void jensenShannonConventionIsTwiceTheDivergence() {
        // For disjoint P and Q, D_f = f(0) + lim f(u)/u; JS(P, Q) = log 2, so the tabulated generator gives 2 log 2.
        FDivergence js = FDivergence.JENSEN_SHANNON;
        double huge = 1e12;
        assertEquals(2 * Math.log(2.0), js.generator(0.0) + js.generator(huge) / huge, 1e-9);
        assertEquals(2 * Math.log(2.0) - Math.log(4.0),
                FDivergence.GAN.generator(0.0) + FDivergence.GAN.generator(huge) / huge, 1e-9);
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void activationLiesInTheConjugateDomainForEveryScore(FDivergence divergence) {
        ConjugateDomain domain = divergence.conjugateDomain();
        for (double v = -30; v <= 30; v += 0.01) {
            double t = divergence.activation(v);
            assertTrue(domain.contains(t), divergence + ": g(" + v + ") = " + t + " outside " + domain);
            assertTrue(Double.isFinite(divergence.conjugate(t)), divergence + ": f*(g(" + v + ")) not finite");
        }
        for (double v : WIDE_SCORES) {
            double t = divergence.activation(v);
            assertTrue(domain.closureContains(t), divergence + ": g(" + v + ") = " + t + " outside " + domain);
        }
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void fenchelYoungInequalityHoldsWithEqualityAtTheDerivative(FDivergence divergence) {
        ConjugateDomain domain = divergence.conjugateDomain();
        double low = Math.max(domain.lower(), -8.0);
        double high = Math.min(domain.upper(), 8.0);
        for (double logU = -6; logU <= 6; logU += 0.25) {
            double u = Math.exp(logU);
            double fu = divergence.generator(u);
            for (int step = 1; step < 200; step++) {
                double t = low + (high - low) * step / 200.0;
                double slack = divergence.conjugate(t) - (t * u - fu);
                assertTrue(slack >= -1e-9 * Math.max(1.0, Math.abs(t * u)),
                        divergence + ": f*(" + t + ") below t u - f(u) at u = " + u + " by " + slack);
            }
            double tangent = divergence.generatorDerivative(u);
            if (domain.contains(tangent)) {
                assertEquals(tangent * u - fu, divergence.conjugate(tangent), 1e-9 * Math.max(1.0, Math.abs(fu)),
                        divergence + ": equality at t = f'(" + u + ")");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void optimalScoreActivatesToTheGeneratorDerivative(FDivergence divergence) {
        for (double logU = -5; logU <= 5; logU += 0.5) {
            double expected = divergence.generatorDerivative(Math.exp(logU));
            assertEquals(expected, divergence.activation(divergence.optimalScore(logU)),
                    1e-12 * Math.max(1.0, Math.abs(expected)), divergence + " at log u = " + logU);
        }
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void arrayTermsMatchTheScalarActivationAndConjugate(FDivergence divergence) {
        double[] grid = new double[101];
        for (int k = 0; k < grid.length; k++) {
            grid[k] = -5.0 + 0.1 * k;
        }
        for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
            double tolerance = type == DataType.DOUBLE ? 1e-12 : 2e-5;
            INDArray v = Nd4j.create(grid, new long[] {grid.length}, type);
            double[] positive = StableOps.toHost(divergence.positiveTerm().value(v));
            double[] negative = StableOps.toHost(divergence.negativeTerm().value(v));
            for (int k = 0; k < grid.length; k++) {
                double g = divergence.activation(grid[k]);
                double conjugate = divergence.conjugate(g);
                assertEquals(g, positive[k], tolerance * Math.max(1.0, Math.abs(g)), divergence + " g at " + grid[k]);
                assertEquals(conjugate, negative[k], tolerance * Math.max(1.0, Math.abs(conjugate)),
                        divergence + " f*(g) at " + grid[k]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void termDerivativesMatchCentralDifferences(FDivergence divergence) {
        for (ScoreTerm term : new ScoreTerm[] {divergence.positiveTerm(), divergence.negativeTerm()}) {
            INDArray v = TestArrays.gaussian(5, DataType.DOUBLE, 1, 40, 0.0, 2.0);
            INDArray analytic = term.derivative(v);
            INDArray original = v.dup();
            CentralDifference.assertGradient(() -> term.value(v).sumNumber().doubleValue(), v, analytic, 1e-7);
            assertEquals(original, v, "scores left untouched");
        }
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void termsStayFiniteForScoresOfMagnitudeUpToAThousand(FDivergence divergence) {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray v = Nd4j.create(WIDE_SCORES, new long[] {WIDE_SCORES.length}, type);
            for (ScoreTerm term : new ScoreTerm[] {divergence.positiveTerm(), divergence.negativeTerm()}) {
                assertTrue(TestArrays.allFinite(term.value(v)), divergence + " " + term + " value in " + type);
                assertTrue(TestArrays.allFinite(term.derivative(v)), divergence + " " + term + " slope in " + type);
            }
        }
    }

    @Test
    void stableFormsAreExactFarOutInTheTails() {
        INDArray v = Nd4j.create(new double[] {-1000, 1000}, new long[] {2}, DataType.FLOAT);
        // GAN: -softplus(-v) is -1000 at v = -1000 and 0 at 1000; softplus(v) is 0 and 1000.
        double[] positive = StableOps.toHost(FDivergence.GAN.positiveTerm().value(v));
        double[] negative = StableOps.toHost(FDivergence.GAN.negativeTerm().value(v));
        assertEquals(-1000.0, positive[0], 0.0);
        assertEquals(0.0, positive[1], 1e-30);
        assertEquals(0.0, negative[0], 1e-30);
        assertEquals(1000.0, negative[1], 0.0);
        // KL's e^(v - 1) saturates at e^80 in FLOAT instead of overflowing.
        double[] exponential = StableOps.toHost(FDivergence.KULLBACK_LEIBLER.negativeTerm().value(v));
        assertEquals(Math.exp(StableOps.FLOAT_EXP_CAP), exponential[1], 1e30);
        assertTrue(Double.isFinite(exponential[1]));
    }

    @Test
    void exactValuesOnTinyInputs() {
        double omega = 0.5671432904097838; // W(1)
        assertEquals(omega + 1 / omega - 1, FDivergence.JEFFREY.conjugate(1.0), 1e-15);
        INDArray one = TestArrays.row(DataType.DOUBLE, 1.0);
        assertEquals(omega + 1 / omega - 1, FDivergence.JEFFREY.negativeTerm().value(one).getDouble(0), 1e-15);
        assertEquals(1 / omega, FDivergence.JEFFREY.negativeTerm().derivative(one).getDouble(0), 1e-14);
        // f-GAN KL (NWJ) on positives (1, 2) and negatives (1, 3): 1.5 - (e^0 + e^2) / 2
        CriticScores scores = CriticScores.pairs(TestArrays.row(DataType.DOUBLE, 1, 2),
                TestArrays.row(DataType.DOUBLE, 1, 3));
        assertEquals(1.5 - (1 + Math.exp(2)) / 2,
                MiEstimators.fDivergence(FDivergence.KULLBACK_LEIBLER).evaluate(scores).value(), 1e-14);
        // total variation: (tanh 1 + tanh 2) / 4 - (tanh 1 + tanh 3) / 4
        assertEquals((Math.tanh(2) - Math.tanh(3)) / 4,
                MiEstimators.fDivergence(FDivergence.TOTAL_VARIATION).evaluate(scores).value(), 1e-15);
        // Pearson: 1.5 - mean(v^2/4 + v) = 1.5 - (1.25 + 5.25) / 2
        assertEquals(1.5 - 3.25, MiEstimators.fDivergence(FDivergence.PEARSON_CHI_SQUARED).evaluate(scores).value(),
                1e-15);
    }

    @Test
    void conjugateIsInfiniteOutsideItsDomain() {
        assertEquals(Double.POSITIVE_INFINITY, FDivergence.GAN.conjugate(0.1));
        assertEquals(Double.POSITIVE_INFINITY, FDivergence.TOTAL_VARIATION.conjugate(0.6));
        assertEquals(Double.POSITIVE_INFINITY, FDivergence.JENSEN_SHANNON.conjugate(Math.log(2.0)));
        assertEquals(2.0, FDivergence.NEYMAN_CHI_SQUARED.conjugate(1.0), 0.0);
        assertEquals("(-inf, 0.0)", FDivergence.GAN.conjugateDomain().toString());
    }
}
