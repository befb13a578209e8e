package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Masks weigh expectations, they do not zero scores: a masked score matrix must give exactly what the
 * selected entries give as plain positive and negative vectors, whatever the masked-out entries hold, and
 * the gradient of an entry in neither mask is zero. (InfoNCE's row semantics are tested on their own.)
 */
class MaskingTest {

    private static final double[][] SCORES = {{0.5, 300, -2}, {1.5, -0.3, 300}, {-300, 0.8, 2.5}};
    private static final double[][] POSITIVE = {{1, 0, 0}, {1, 0, 0}, {0, 0, 1}};
    private static final double[][] NEGATIVE = {{0, 0, 1}, {0, 1, 0}, {0, 1, 0}};

    @ParameterizedTest(name = "{0}")
    @MethodSource(AllEstimators.SOURCE)
    void maskedMatrixEqualsTheSelectedEntries(AllEstimators.Case estimator) {
        if (estimator.name().equals("InfoNCE")) {
            return;
        }
        CriticScores matrix = CriticScores.matrix(TestArrays.matrix(DataType.DOUBLE, SCORES),
                TestArrays.matrix(DataType.DOUBLE, POSITIVE), TestArrays.matrix(DataType.DOUBLE, NEGATIVE));
        CriticScores pairs = CriticScores.pairs(TestArrays.row(DataType.DOUBLE, selected(POSITIVE)),
                TestArrays.row(DataType.DOUBLE, selected(NEGATIVE)));
        MiEstimate fromMatrix = estimator.create().estimate(matrix);
        MiEstimate fromPairs = estimator.create().estimate(pairs);
        assertEquals(fromPairs.value(), fromMatrix.value(), 1e-12, estimator.name());
        assertEquals(fromPairs.positiveExpectation(), fromMatrix.positiveExpectation(), 1e-12);
        assertEquals(fromPairs.negativeExpectation(), fromMatrix.negativeExpectation(), 1e-12);
        double[][] gradient = fromMatrix.gradient().toDoubleMatrix();
        assertEquals(0.0, gradient[0][1], 0.0, "entry in neither mask");
        assertEquals(0.0, gradient[1][2], 0.0, "entry in neither mask");
        assertEquals(0.0, gradient[2][0], 0.0, "entry in neither mask");
        double[] positiveGradient = fromPairs.positiveGradient().toDoubleVector();
        assertEquals(positiveGradient[2], gradient[2][2], 1e-12);
    }

    @Test
    void zeroingMaskedScoresWouldGiveADifferentAnswer() {
        INDArray scores = TestArrays.matrix(DataType.DOUBLE, SCORES);
        INDArray positive = TestArrays.matrix(DataType.DOUBLE, POSITIVE);
        INDArray negative = TestArrays.matrix(DataType.DOUBLE, NEGATIVE);
        MiEstimator kl = MiEstimators.measure(NamedMeasure.KL);
        BoundValue masked = kl.evaluate(CriticScores.matrix(scores, positive, negative));
        // KL positive term v + 1 over the three positives (0.5, 1.5, 2.5)
        assertEquals(2.5, masked.positiveExpectation(), 1e-12);
        assertEquals((Math.exp(-2) + Math.exp(-0.3) + Math.exp(0.8)) / 3, masked.negativeExpectation(), 1e-12);
        // The InfoGraph reference applies the term to scores * mask over all 9 entries and divides by the
        // 3 positives: every masked-out entry adds Ep(0) = 1, giving (4.5 + 9) / 3 = 4.5 instead of 2.5.
        double zeroedThenSummed = kl.evaluate(CriticScores.pairs(scores.mul(positive), negative))
                .positiveExpectation() * 9 / 3;
        assertEquals(4.5, zeroedThenSummed, 1e-12);
        assertNotEquals(zeroedThenSummed, masked.positiveExpectation(), 1.0);
    }

    private static double[] selected(double[][] mask) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < mask.length; i++) {
            for (int j = 0; j < mask[i].length; j++) {
                if (mask[i][j] == 1) {
                    values.add(SCORES[i][j]);
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
