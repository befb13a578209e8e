package org.graphinfomax.infomax.mi.staircase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.graphinfomax.infomax.mi.critic.PairedBatch;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The staircase's data: correlation, variances and the MI formula. */
class CorrelatedGaussianTest {

    @Test
    void correlationForATargetInformation() {
        // Poole et al.: rho = sqrt(1 - exp(-2I/d)); for d = 20 and I = 2 nats, rho^2 = 1 - exp(-0.2).
        assertEquals(Math.sqrt(1 - Math.exp(-0.2)), CorrelatedGaussian.rhoFor(20, 2), 1e-15);
        for (double nats : new double[] {0, 2, 4, 6, 8, 10}) {
            assertEquals(nats, CorrelatedGaussian.withMutualInformation(20, nats).mutualInformation(), 1e-12);
        }
        assertEquals(0.0, CorrelatedGaussian.rhoFor(20, 0), 0.0);
        assertThrows(IllegalArgumentException.class, () -> CorrelatedGaussian.rhoFor(20, -1));
        assertThrows(IllegalArgumentException.class, () -> new CorrelatedGaussian(20, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new CorrelatedGaussian(0, 0.5));
    }

    @Test
    void samplesHaveUnitVariancesAndTheCorrelation() {
        CorrelatedGaussian data = CorrelatedGaussian.withMutualInformation(20, 6);
        PairedBatch batch = data.sample(20_000, DataType.DOUBLE, Nd4j.getRandomFactory().getNewRandomInstance(9));
        INDArray x = batch.x();
        INDArray y = batch.y();
        double n = x.length();
        double meanX = x.sumNumber().doubleValue() / n;
        double varX = x.mul(x).sumNumber().doubleValue() / n;
        double varY = y.mul(y).sumNumber().doubleValue() / n;
        double covariance = x.mul(y).sumNumber().doubleValue() / n;
        // 400 000 draws per statistic: standard errors of about 0.002 to 0.003.
        assertEquals(0.0, meanX, 0.01);
        assertEquals(1.0, varX, 0.015);
        assertEquals(1.0, varY, 0.015);
        assertEquals(data.rho(), covariance, 0.015);
    }
}
