package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * P = Q: joint and marginal samples from one distribution, so there is nothing to find. A critic that ignores
 * its input, at the constant that is optimal for P = Q, gives exactly 0 (GAN: -log 4); scores scattered around
 * that constant give estimates near 0; and a critic that is optimal for correlated data, applied to independent
 * data, gives a lower bound that stays at or below 0.
 */
class SameDistributionTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(AllEstimators.SOURCE)
    void inputIgnoringCriticGivesExactlyZero(AllEstimators.Case estimator) {
        double constant = estimator.optimalCritic().applyAsDouble(0.0);
        INDArray scores = Nd4j.valueArrayOf(new long[] {5, 5}, constant, DataType.DOUBLE);
        assertEquals(estimator.independentValue(), estimator.create().estimate(CriticScores.square(scores)).value(),
                1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(AllEstimators.SOURCE)
    void scoresFromOneDistributionGiveEstimatesNearZero(AllEstimators.Case estimator) {
        double constant = estimator.optimalCritic().applyAsDouble(0.0);
        CriticScores scores = CriticScores.pairs(TestArrays.gaussian(1, DataType.DOUBLE, 1, 4000, constant, 0.02),
                TestArrays.gaussian(2, DataType.DOUBLE, 1, 4000, constant, 0.02));
        assertEquals(estimator.independentValue(), estimator.create().estimate(scores).value(), 0.01);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(AllEstimators.SOURCE)
    void criticForCorrelatedDataFindsNothingInIndependentData(AllEstimators.Case estimator) {
        // The optimal critic for rho = 0.5 evaluated on independent pairs: P and Q are both the product law.
        int count = 20_000;
        double[] positive = GaussianPairs.logRatioSamples(41, count, 1, 0.5, false);
        double[] negative = GaussianPairs.logRatioSamples(42, count, 1, 0.5, false);
        for (int i = 0; i < count; i++) {
            positive[i] = estimator.optimalCritic().applyAsDouble(positive[i]);
            negative[i] = estimator.optimalCritic().applyAsDouble(negative[i]);
        }
        double value = estimator.create().estimate(CriticScores.pairs(
                Nd4j.create(positive, new long[] {count}, DataType.DOUBLE),
                Nd4j.create(negative, new long[] {count}, DataType.DOUBLE))).value();
        assertTrue(value <= estimator.independentValue() + 0.02,
                estimator.name() + " estimated " + value + " on independent data");
    }
}
