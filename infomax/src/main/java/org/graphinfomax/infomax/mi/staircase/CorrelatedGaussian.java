package org.graphinfomax.infomax.mi.staircase;

import org.graphinfomax.infomax.mi.critic.PairSampler;
import org.graphinfomax.infomax.mi.critic.PairedBatch;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The correlated Gaussians of Poole et al. 2019 (Section 5): {@code x ~ N(0, I_d)} and
 * {@code y = rho·x + sqrt(1 - rho^2)·eps} with independent {@code eps ~ N(0, I_d)}, so that every coordinate
 * pair has correlation rho and the mutual information is {@code I(X; Y) = -(d/2)·log(1 - rho^2)} nats. For a
 * target I the correlation is {@code rho = sqrt(1 - exp(-2I/d))}.
 */
public final class CorrelatedGaussian implements PairSampler {

    private final int dimension;
    private final double rho;
    private final double noiseScale;

    /**
     * @param dimension d
     * @param rho       the correlation, in [0, 1)
     */
    public CorrelatedGaussian(int dimension, double rho) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, got " + dimension);
        }
        if (!(rho >= 0 && rho < 1)) {
            throw new IllegalArgumentException("correlation must be in [0, 1), got " + rho);
        }
        this.dimension = dimension;
        this.rho = rho;
        this.noiseScale = Math.sqrt(1 - rho * rho);
    }

    /**
     * @param dimension d
     * @param nats      the mutual information wanted, at least 0
     * @return the sampler whose true mutual information is {@code nats}
     */
    public static CorrelatedGaussian withMutualInformation(int dimension, double nats) {
        return new CorrelatedGaussian(dimension, rhoFor(dimension, nats));
    }

    /**
     * @param dimension d
     * @param nats      mutual information, at least 0
     * @return {@code sqrt(1 - exp(-2 nats / d))}
     */
    public static double rhoFor(int dimension, double nats) {
        if (!(nats >= 0) || !Double.isFinite(nats)) {
            throw new IllegalArgumentException("mutual information must be finite and at least 0, got " + nats);
        }
        return Math.sqrt(-Math.expm1(-2 * nats / dimension));
    }

    /** @return d */
    public int dimension() {
        return dimension;
    }

    /** @return rho */
    public double rho() {
        return rho;
    }

    /** @return the true mutual information {@code -(d/2) log(1 - rho^2)} in nats */
    public double mutualInformation() {
        return -0.5 * dimension * Math.log1p(-rho * rho);
    }

    @Override
    public PairedBatch sample(int batchSize, DataType type, Random rng) {
        INDArray x = Nd4j.randn(Nd4j.create(type, batchSize, dimension), rng);
        INDArray y = Nd4j.randn(Nd4j.create(type, batchSize, dimension), rng).muli(noiseScale);
        if (rho > 0) {
            Nd4j.getBlasWrapper().level1().axpy(x.length(), rho, x, y);
        }
        return new PairedBatch(x, y);
    }

    @Override
    public String toString() {
        return "CorrelatedGaussian[d=" + dimension + ", rho=" + rho + ", I=" + mutualInformation() + " nats]";
    }
}
