package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Central-difference checks (DOUBLE) of {@code d loss / d score} for every estimator, in the masked MATRIX
 * layout (some entries in neither mask, some rows without positives, some with several) and in the PAIRS
 * layout. MINE is checked on its first batch, where its moving average equals the batch mean.
 */
class GradientCheckTest {

    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest(name = "{0}")
    @MethodSource(AllEstimators.SOURCE)
    void matrixLayoutWithMasks(AllEstimators.Case estimator) {
        INDArray scores = TestArrays.gaussian(1, DataType.DOUBLE, 7, 5, 0.0, 1.5);
        INDArray positive = TestArrays.bernoulliMask(2, DataType.DOUBLE, 7, 5, 0.3);
        INDArray negative = TestArrays.bernoulliMask(3, DataType.DOUBLE, 7, 5, 0.6);
        CriticScores critic = CriticScores.matrix(scores, positive, negative);
        MiEstimate estimate = estimator.create().estimate(critic);
        MiEstimator reference = estimator.create();
        CentralDifference.assertGradient(() -> reference.evaluate(critic).loss(), scores, estimate.gradient(),
                TOLERANCE);
        assertEquals(reference.evaluate(critic).value(), estimate.value(), 1e-12, estimator.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(AllEstimators.SOURCE)
    void pairsLayout(AllEstimators.Case estimator) {
        INDArray positive = TestArrays.gaussian(4, DataType.DOUBLE, 1, 9, 0.5, 1.0);
        INDArray negative = TestArrays.gaussian(5, DataType.DOUBLE, 3, 4, -0.5, 1.0);
        CriticScores critic = CriticScores.pairs(positive, negative);
        MiEstimate estimate = estimator.create().estimate(critic);
        MiEstimator reference = estimator.create();
        CentralDifference.assertGradient(() -> reference.evaluate(critic).loss(), positive,
                estimate.positiveGradient(), TOLERANCE);
        CentralDifference.assertGradient(() -> reference.evaluate(critic).loss(), negative,
                estimate.negativeGradient(), TOLERANCE);
        assertThrows(IllegalStateException.class, estimate::gradient, estimator.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(AllEstimators.SOURCE)
    void squareCriticMatrix(AllEstimators.Case estimator) {
        INDArray scores = TestArrays.gaussian(6, DataType.DOUBLE, 6, 6, 0.0, 2.0);
        CriticScores critic = CriticScores.square(scores);
        MiEstimate estimate = estimator.create().estimate(critic);
        MiEstimator reference = estimator.create();
        CentralDifference.assertGradient(() -> reference.evaluate(critic).loss(), scores, estimate.gradient(),
                TOLERANCE);
    }
}
