package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Scores of magnitude 100 to 1000 give finite values and gradients (no NaN, no infinity) in FLOAT and DOUBLE. */
class NumericalStabilityTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(AllEstimators.SOURCE)
    void hugeScoresGiveFiniteResults(AllEstimators.Case estimator) {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (double magnitude : new double[] {100, 300, 1000}) {
                INDArray scores = TestArrays.gaussian(17, type, 6, 6, 0.0, 1.0).muli(magnitude);
                MiEstimator instance = estimator.create();
                assertFinite(estimator.name() + " " + type + " x" + magnitude,
                        instance.estimate(CriticScores.square(scores)), true);
                assertFinite(estimator.name() + " " + type + " x" + magnitude + " second batch",
                        instance.estimate(CriticScores.square(scores.neg())), true);
                MiEstimate pairs = instance.estimate(CriticScores.pairs(scores.getRow(0), scores.getRow(1)));
                assertFinite(estimator.name() + " " + type + " x" + magnitude + " pairs", pairs, false);
            }
        }
    }

    @Test
    void logSumExpBasedBoundsAreExactForHugeScores() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            // FLOAT resolves 1000 to about 6e-5
            double tolerance = type == DataType.FLOAT ? 2e-4 : 1e-12;
            CriticScores scores = CriticScores.pairs(TestArrays.row(type, 1000, 1000),
                    TestArrays.row(type, 1000, 999));
            double logMeanExp = 1000 + Math.log((1 + Math.exp(-1)) / 2);
            assertEquals(1000 - logMeanExp, MiEstimators.donskerVaradhan().evaluate(scores).value(), tolerance);
            // JSD: E_P[log 2 - softplus(-1000)] - E_Q[softplus(v) - log 2] = 2 log 2 - 999.5 (e^-999 is below double range)
            double jsd = 2 * Math.log(2) - (1000 + 999) / 2.0;
            assertEquals(jsd, MiEstimators.measure(NamedMeasure.JSD).evaluate(scores).value(), tolerance);
            // InfoNCE: each positive 1000 against negatives {1000, 999}
            double infoNce = Math.log(3) - Math.log(2 + Math.exp(-1));
            assertEquals(infoNce, MiEstimators.infoNce().evaluate(scores).value(), tolerance);
        }
    }

    private static void assertFinite(String what, MiEstimate estimate, boolean matrix) {
        BoundValue bound = estimate.bound();
        assertTrue(Double.isFinite(bound.value()) && Double.isFinite(bound.loss())
                && Double.isFinite(bound.positiveExpectation()) && Double.isFinite(bound.negativeExpectation()),
                what + ": " + bound);
        if (matrix) {
            assertTrue(TestArrays.allFinite(estimate.gradient()), what + ": gradient");
        } else {
            assertTrue(TestArrays.allFinite(estimate.positiveGradient()), what + ": positive gradient");
            assertTrue(TestArrays.allFinite(estimate.negativeGradient()), what + ": negative gradient");
        }
    }
}
