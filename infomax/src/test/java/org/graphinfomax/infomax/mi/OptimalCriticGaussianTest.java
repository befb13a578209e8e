package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * No training: for the correlated Gaussian pair the density ratio is known, so the optimal critic of every
 * bound is known in closed form. Feeding it to the estimators on samples must recover the true mutual
 * information (or f-divergence), which shows that the bounds estimate the real quantity.
 */
class OptimalCriticGaussianTest {

    private static final int SAMPLES = 1000;
    private static final int DIMENSION = 2;
    private static final double RHO = 0.8;
    private static final double TRUE_MI = GaussianPairs.mutualInformation(DIMENSION, RHO); // 1.0217 nats
    private static final GaussianPairs PAIRS = GaussianPairs.sample(11, SAMPLES, DIMENSION, RHO);
    private static final CriticScores LOG_RATIO = CriticScores.square(PAIRS.scores(r -> r, DataType.DOUBLE));

    @Test
    void donskerVaradhanRecoversTheMutualInformationForAnyConstantShift() {
        CriticScores shifted = CriticScores.square(PAIRS.scores(r -> r + 3.0, DataType.DOUBLE));
        assertEquals(TRUE_MI, MiEstimators.donskerVaradhan().evaluate(LOG_RATIO).value(), 0.1);
        assertEquals(MiEstimators.donskerVaradhan().evaluate(LOG_RATIO).value(),
                MiEstimators.donskerVaradhan().evaluate(shifted).value(), 1e-9);
        assertEquals(TRUE_MI, MiEstimators.mine().estimate(LOG_RATIO).value(), 0.1);
    }

    @Test
    void nwjRecoversTheMutualInformationAtOnePlusTheLogRatio() {
        CriticScores optimal = CriticScores.square(PAIRS.scores(r -> 1.0 + r, DataType.DOUBLE));
        assertEquals(TRUE_MI, MiEstimators.nwj().evaluate(optimal).value(), 0.1);
        assertEquals(TRUE_MI, MiEstimators.measure(NamedMeasure.KL).evaluate(LOG_RATIO).value(), 0.1);
        // The raw log ratio is not NWJ's optimum: there E_Q[e^(v - 1)] = 1/e, so NWJ = I - 1/e in expectation.
        assertEquals(TRUE_MI - Math.exp(-1.0), MiEstimators.nwj().evaluate(LOG_RATIO).value(), 0.1);
    }

    @Test
    void jsTrainedEstimatorRecoversTheMutualInformationAtTheJsdOptimum() {
        // The JSD objective is maximised at v = log p(y|x)/p(y); NWJ at v + 1 is then exact.
        assertEquals(TRUE_MI, MiEstimators.jsTrainedNwj().evaluate(LOG_RATIO).value(), 0.1);
        // The reference convention (NWJ on the raw scores) falls short by 1/e there.
        assertEquals(TRUE_MI - Math.exp(-1.0), MiEstimators.jsTrainedNwj(0.0).evaluate(LOG_RATIO).value(), 0.1);
    }

    @Test
    void infoNceRecoversTheMutualInformationWellBelowLogKAndIgnoresRowConstants() {
        CriticScores rowShifted = CriticScores.square(PAIRS.scores((row, r) -> r + 0.01 * row, DataType.DOUBLE));
        double estimate = MiEstimators.infoNce().evaluate(LOG_RATIO).value();
        assertEquals(TRUE_MI, estimate, 0.1);
        assertEquals(estimate, MiEstimators.infoNce().evaluate(rowShifted).value(), 1e-9);
    }

    @Test
    void infoNceSaturatesBelowLogKWhenTheMutualInformationExceedsIt() {
        int batch = 64;
        double trueMi = GaussianPairs.mutualInformation(10, 0.9); // 8.3 nats
        double logK = Math.log(batch);
        for (long seed = 1; seed <= 5; seed++) {
            GaussianPairs pairs = GaussianPairs.sample(seed, batch, 10, 0.9);
            double estimate = MiEstimators.infoNce().evaluate(
                    CriticScores.square(pairs.scores(r -> r, DataType.DOUBLE))).value();
            assertTrue(estimate <= logK, "InfoNCE " + estimate + " exceeds log K " + logK);
            assertTrue(estimate > logK - 0.15, "InfoNCE " + estimate + " should saturate near log K " + logK);
            assertTrue(estimate < trueMi - 4.0);
        }
    }

    @Test
    void floatScoresGiveTheSameEstimates() {
        CriticScores single = CriticScores.square(PAIRS.scores(r -> r, DataType.FLOAT));
        for (MiEstimator estimator : new MiEstimator[] {MiEstimators.donskerVaradhan(), MiEstimators.infoNce(),
                MiEstimators.jsTrainedNwj(), MiEstimators.measure(NamedMeasure.JSD)}) {
            assertEquals(estimator.evaluate(LOG_RATIO).value(), estimator.evaluate(single).value(), 1e-4,
                    estimator.name());
        }
    }

    /**
     * Every f-GAN bound at its optimal critic equals D_f(P_XY || P_X P_Y). d = 1 and rho = 0.3 keep the
     * chi-squared estimators' variance finite; 200 000 joint and 200 000 independent samples in PAIRS layout.
     */
    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void everyFDivergenceBoundIsTightAtItsOptimalCritic(FDivergence divergence) {
        int count = 200_000;
        double rho = 0.3;
        double[] joint = GaussianPairs.logRatioSamples(21, count, 1, rho, true);
        double[] product = GaussianPairs.logRatioSamples(22, count, 1, rho, false);
        for (int i = 0; i < count; i++) {
            joint[i] = divergence.optimalScore(joint[i]);
            product[i] = divergence.optimalScore(product[i]);
        }
        double estimate = MiEstimators.fDivergence(divergence).evaluate(CriticScores.pairs(
                Nd4j.create(joint, new long[] {count}, DataType.DOUBLE),
                Nd4j.create(product, new long[] {count}, DataType.DOUBLE))).value();
        double truth = truth(divergence, rho);
        assertEquals(truth, estimate, 0.08 * Math.abs(truth) + 0.002, divergence.label());
    }

    @Test
    void closedFormDivergencesAgreeWithQuadrature() {
        for (FDivergence divergence : new FDivergence[] {FDivergence.KULLBACK_LEIBLER, FDivergence.PEARSON_CHI_SQUARED,
                FDivergence.SQUARED_HELLINGER}) {
            assertEquals(CLOSED_FORMS.get(divergence), QuadratureTruth.divergence(divergence, 0.3), 1e-6,
                    divergence.label());
        }
    }

    /** D_f for one coordinate pair with correlation 0.3, in closed form where one is known. */
    private static final Map<FDivergence, Double> CLOSED_FORMS = closedForms(0.3);

    private static double truth(FDivergence divergence, double rho) {
        Double closed = CLOSED_FORMS.get(divergence);
        return closed != null ? closed : QuadratureTruth.divergence(divergence, rho);
    }

    private static Map<FDivergence, Double> closedForms(double rho) {
        double r2 = rho * rho;
        double kl = -0.5 * Math.log(1 - r2);
        double reverseKl = r2 / (1 - r2) + 0.5 * Math.log(1 - r2);
        double bhattacharyya = Math.pow(1 - r2, 0.25) / Math.sqrt(1 - r2 / 4);
        Map<FDivergence, Double> forms = new EnumMap<>(FDivergence.class);
        forms.put(FDivergence.KULLBACK_LEIBLER, kl);
        forms.put(FDivergence.REVERSE_KL, reverseKl);
        forms.put(FDivergence.JEFFREY, kl + reverseKl);
        forms.put(FDivergence.PEARSON_CHI_SQUARED, 1 / (1 - r2) - 1);
        forms.put(FDivergence.NEYMAN_CHI_SQUARED, (1 - r2) / Math.sqrt(1 - 4 * r2) - 1);
        forms.put(FDivergence.SQUARED_HELLINGER, 2 * (1 - bhattacharyya));
        return forms;
    }
}
