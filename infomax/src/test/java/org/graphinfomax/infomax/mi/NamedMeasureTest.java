package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;

class NamedMeasureTest {

    private static final double LOG2 = Math.log(2.0);

    @Test
    void measuresAreFoundByNameIgnoringCase() {
        assertSame(NamedMeasure.JSD, NamedMeasure.byName("jsd"));
        assertSame(NamedMeasure.DV, NamedMeasure.byName(" DV "));
        assertEquals("W1", MiEstimators.measure("w1").name());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NamedMeasure.byName("JS"));
        assertEquals("unknown measure 'JS'; known measures: GAN, JSD, X2, KL, RKL, DV, H2, W1", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NamedMeasure.byName(null));
    }

    /** Positive scores (1, 2) and negative scores (0, log 2), each term computed by hand. */
    @Test
    void exactValuesOnATinyBatch() {
        CriticScores scores = CriticScores.pairs(TestArrays.row(DataType.DOUBLE, 1, 2),
                TestArrays.row(DataType.DOUBLE, 0, LOG2));
        double softplusMinus1 = Math.log(1 + Math.exp(-1));
        double softplusMinus2 = Math.log(1 + Math.exp(-2));
        double meanExpMinusV = (Math.exp(-1) + Math.exp(-2)) / 2;
        Map<NamedMeasure, double[]> expected = Map.of(
                NamedMeasure.GAN, new double[] {-(softplusMinus1 + softplusMinus2) / 2, (LOG2 + Math.log(3)) / 2},
                NamedMeasure.JSD, new double[] {LOG2 - (softplusMinus1 + softplusMinus2) / 2,
                        (LOG2 + Math.log(3)) / 2 - LOG2},
                NamedMeasure.X2, new double[] {1.5, (LOG2 * LOG2 / 4 + LOG2) / 2},
                NamedMeasure.KL, new double[] {2.5, 1.5},
                NamedMeasure.RKL, new double[] {-meanExpMinusV, (-1 + LOG2 - 1) / 2},
                NamedMeasure.DV, new double[] {1.5, Math.log(1.5)},
                NamedMeasure.H2, new double[] {1 - meanExpMinusV, 0.5},
                NamedMeasure.W1, new double[] {1.5, LOG2 / 2});
        for (NamedMeasure measure : NamedMeasure.values()) {
            BoundValue bound = MiEstimators.measure(measure).evaluate(scores);
            double[] terms = expected.get(measure);
            assertEquals(terms[0], bound.positiveExpectation(), 1e-14, measure + " positive");
            assertEquals(terms[1], bound.negativeExpectation(), 1e-14, measure + " negative");
            assertEquals(terms[0] - terms[1], bound.value(), 1e-14, measure + " value");
            assertEquals(-bound.value(), bound.loss(), 0.0, measure + " loss");
        }
    }

    /** A critic that ignores its input (the optimum when P = Q) scores 0; GAN's offset is -log 4. */
    @ParameterizedTest
    @EnumSource(NamedMeasure.class)
    void inputIgnoringOptimalCriticGivesZeroWhenPEqualsQ(NamedMeasure measure) {
        double expected = measure == NamedMeasure.GAN ? -Math.log(4.0) : 0.0;
        CriticScores constant = CriticScores.byGraph(org.nd4j.linalg.factory.Nd4j.zeros(DataType.DOUBLE, 6, 3),
                new int[] {0, 0, 1, 1, 2, 2});
        assertEquals(expected, MiEstimators.measure(measure).evaluate(constant).value(), 1e-15);
    }

    @Test
    void dvAndW1AreInvariantToAConstantCritic() {
        CriticScores constant = CriticScores.pairs(TestArrays.row(DataType.DOUBLE, 7, 7, 7),
                TestArrays.row(DataType.DOUBLE, 7, 7));
        assertEquals(0.0, MiEstimators.measure(NamedMeasure.DV).evaluate(constant).value(), 1e-14);
        assertEquals(0.0, MiEstimators.measure(NamedMeasure.W1).evaluate(constant).value(), 1e-14);
    }

    @Test
    void formulasDescribeTheTerms() {
        assertEquals("-softplus(-v) + log 2", NamedMeasure.JSD.positiveFormula());
        assertEquals("softplus(v) - log 2", NamedMeasure.JSD.negativeFormula());
        assertEquals("log mean exp(v)", NamedMeasure.DV.negativeFormula());
        assertTrue(MiEstimators.measure(NamedMeasure.KL).toString().contains("E_Q[exp(v)]"));
    }
}
