package org.graphinfomax.infomax.mi.staircase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphinfomax.infomax.mi.CriticScores;
import org.graphinfomax.infomax.mi.MiEstimator;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.graphinfomax.infomax.mi.critic.PairedBatch;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The staircase's estimators at the analytically optimal critic, no training: for the correlated Gaussians of
 * {@link CorrelatedGaussian} (d = 20, the staircase's levels, batches of K = 64 drawn by the experiment's own
 * sampler) the log density ratio {@code log p(y_j | x_i) / p(y_j)} is known in closed form. At that critic
 * (shifted by 1 for NWJ, whose optimum is {@code 1 + log ratio}) NWJ is unbiased, DV is nearly so at these
 * levels, the JS-trained estimator reports the truth, and InfoNCE is below both the truth and log K (its
 * optimum at K = 64 is about 1.82 nats at 2 nats and 3.07 at 4 nats, by an independent numpy computation of
 * 2000 batches). These are the ceilings the trained critics of the staircase can approach (Poole et al. 2019,
 * Section 2 and Figure 2).
 */
class StaircaseOptimalCriticTest {

    private static final int DIMENSION = 20;
    private static final int BATCH = 64;
    private static final int BATCHES = 300;

    @Test
    void nwjDvAndJsRecoverTheTruthAtTheLowLevels() {
        for (double level : new double[] {2, 4}) {
            double[] means = meanEstimates(level, 1.0, MiEstimators.nwj(), MiEstimators.donskerVaradhan());
            assertEquals(level, means[0], 0.08, "NWJ at 1 + log ratio, " + level + " nats");
            assertEquals(level, means[1], 0.12, "DV at the log ratio (shifted by 1: DV ignores constants), " + level);
            double js = meanEstimates(level, 0.0, MiEstimators.jsTrainedNwj())[0];
            assertEquals(level, js, 0.08, "JS-trained NWJ at the JSD optimum (the log ratio), " + level + " nats");
        }
    }

    @Test
    void infoNceAtTheOptimalCriticIsBelowTheTruthAndLogK() {
        double logK = Math.log(BATCH);
        double at2 = meanEstimates(2, 0.0, MiEstimators.infoNce())[0];
        double at4 = meanEstimates(4, 0.0, MiEstimators.infoNce())[0];
        double at10 = meanEstimates(10, 0.0, MiEstimators.infoNce())[0];
        assertEquals(1.82, at2, 0.06, "InfoNCE's optimum at 2 nats, K = 64");
        assertEquals(3.07, at4, 0.06, "InfoNCE's optimum at 4 nats, K = 64");
        assertTrue(at10 < logK && at10 > logK - 0.1, "InfoNCE saturates just below log K at 10 nats: " + at10);
    }

    @Test
    void nwjIsUnbiasedEvenWhereItsVarianceIsLarge() {
        double[] means = meanEstimates(8, 1.0, MiEstimators.nwj());
        assertEquals(8.0, means[0], 0.6, "NWJ at the optimal critic, 8 nats");
    }

    /**
     * @return the mean over {@value #BATCHES} batches of each estimator's value at scores
     *     {@code offset + log p(y_j | x_i) / p(y_j)}
     */
    private static double[] meanEstimates(double level, double offset, MiEstimator... estimators) {
        CorrelatedGaussian data = CorrelatedGaussian.withMutualInformation(DIMENSION, level);
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(Math.round(level * 1000) + 17);
        double[] sums = new double[estimators.length];
        for (int b = 0; b < BATCHES; b++) {
            PairedBatch batch = data.sample(BATCH, DataType.DOUBLE, rng);
            CriticScores scores = CriticScores.square(logRatio(batch, data.rho()).addi(offset));
            for (int e = 0; e < estimators.length; e++) {
                sums[e] += estimators[e].evaluate(scores).value();
            }
        }
        for (int e = 0; e < sums.length; e++) {
            sums[e] /= BATCHES;
        }
        return sums;
    }

    /**
     * {@code log p(y_j | x_i) - log p(y_j)} for y | x ~ N(rho x, (1 - rho^2) I) and y ~ N(0, I):
     * {@code -(d/2) log v - |y_j - rho x_i|^2 / (2v) + |y_j|^2 / 2} with {@code v = 1 - rho^2}.
     */
    private static INDArray logRatio(PairedBatch batch, double rho) {
        double v = 1 - rho * rho;
        INDArray x = batch.x();
        INDArray y = batch.y();
        INDArray xNorms = x.mul(x).sum(true, 1); // K x 1
        INDArray yNorms = y.mul(y).sum(true, 1).transpose(); // 1 x K
        INDArray ratio = Nd4j.gemm(x, y, false, true).muli(rho / v); // 2 rho x_i.y_j / (2v)
        ratio.subiColumnVector(xNorms.muli(rho * rho / (2 * v)));
        ratio.addiRowVector(yNorms.muli(0.5 - 1 / (2 * v)));
        return ratio.addi(-0.5 * DIMENSION * Math.log(v));
    }
}
