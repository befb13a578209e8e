package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class MineEstimatorTest {

    private static CriticScores batch(long seed, double negativeMean) {
        return CriticScores.pairs(TestArrays.gaussian(seed, DataType.DOUBLE, 1, 16, 1.0, 1.0),
                TestArrays.gaussian(seed + 1, DataType.DOUBLE, 1, 16, negativeMean, 1.0));
    }

    @Test
    void firstBatchInitialisesTheAverageAndGivesTheExactGradient() {
        MineEstimator mine = MiEstimators.mine(0.01);
        assertTrue(Double.isNaN(mine.logMovingAverage()));
        CriticScores first = batch(1, 0.0);
        MiEstimate estimate = mine.estimate(first);
        MiEstimate exact = MiEstimators.donskerVaradhan().estimate(first);
        assertEquals(estimate.negativeExpectation(), mine.logMovingAverage(), 0.0);
        assertEquals(exact.value(), estimate.value(), 1e-15);
        assertEquals(exact.negativeGradient(), estimate.negativeGradient());
        assertEquals(exact.positiveGradient(), estimate.positiveGradient());
    }

    @Test
    void laterBatchesDivideByTheMovingAverage() {
        double rate = 0.2;
        MineEstimator mine = MiEstimators.mine(rate);
        double firstLogMean = mine.estimate(batch(1, 0.0)).negativeExpectation();
        CriticScores second = batch(3, 1.5);
        MiEstimate estimate = mine.estimate(second);
        double secondLogMean = estimate.negativeExpectation();
        double average = (1 - rate) * Math.exp(firstLogMean) + rate * Math.exp(secondLogMean);
        assertEquals(Math.log(average), mine.logMovingAverage(), 1e-14);

        MiEstimate exact = MiEstimators.donskerVaradhan().estimate(second);
        assertEquals(exact.positiveGradient(), estimate.positiveGradient());
        INDArray expected = exact.negativeGradient().mul(Math.exp(secondLogMean) / average);
        assertTrue(expected.equalsWithEps(estimate.negativeGradient(), 1e-14), "bias-corrected gradient");
        assertEquals(exact.value(), estimate.value(), 1e-15, "the reported value is the batch DV bound");
    }

    @Test
    void rateOneGivesThePlainDonskerVaradhanGradientEveryTime() {
        MineEstimator mine = MiEstimators.mine(1.0);
        mine.estimate(batch(1, 0.0));
        CriticScores second = batch(5, 3.0);
        assertEquals(MiEstimators.donskerVaradhan().estimate(second).negativeGradient(),
                mine.estimate(second).negativeGradient());
    }

    @Test
    void correctionStaysBelowOneOverRateWhenScoresJump() {
        double rate = 0.01;
        MineEstimator mine = MiEstimators.mine(rate);
        mine.estimate(batch(1, 0.0));
        MiEstimate jumped = mine.estimate(batch(7, 500.0));
        double negativeMass = jumped.negativeGradient().sumNumber().doubleValue();
        assertTrue(Double.isFinite(negativeMass));
        assertTrue(negativeMass <= 1.0 / rate + 1e-9, "softmax mass times correction = " + negativeMass);
        assertTrue(negativeMass > 0.5 / rate, "a jump of 500 nats makes the correction close to 1/rate");
    }

    @Test
    void evaluateLeavesTheStateAloneAndResetForgetsIt() {
        MineEstimator mine = MiEstimators.mine(0.5);
        mine.estimate(batch(1, 0.0));
        double state = mine.logMovingAverage();
        mine.evaluate(batch(9, 4.0));
        assertEquals(state, mine.logMovingAverage(), 0.0);
        mine.reset();
        assertTrue(Double.isNaN(mine.logMovingAverage()));
        MiEstimate restarted = mine.estimate(batch(9, 4.0));
        assertEquals(restarted.negativeExpectation(), mine.logMovingAverage(), 0.0);
    }

    @Test
    void rejectsRatesOutsideTheUnitInterval() {
        for (double rate : new double[] {0.0, -0.1, 1.5, Double.NaN}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MiEstimators.mine(rate));
            assertTrue(error.getMessage().contains(String.valueOf(rate)), error.getMessage());
        }
        assertEquals("MINE(rate=0.01)", MiEstimators.mine().name());
    }
}
