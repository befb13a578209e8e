package org.graphinfomax.infomax.mi;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * K paired samples of the correlated Gaussian pair used by Poole et al. 2019: x ~ N(0, I_d) and
 * y = rho x + sqrt(1 - rho^2) eps, so that each coordinate pair has correlation rho and
 * I(X; Y) = -d/2 log(1 - rho^2). The density ratio p(x, y) / (p(x) p(y)) = p(y | x) / p(y) is known in
 * closed form, hence so is every optimal critic.
 */
final class GaussianPairs {

    private final int dimension;
    private final double rho;
    private final double[][] x;
    private final double[][] y;

    private GaussianPairs(int dimension, double rho, double[][] x, double[][] y) {
        this.dimension = dimension;
        this.rho = rho;
        this.x = x;
        this.y = y;
    }

    static GaussianPairs sample(long seed, int count, int dimension, double rho) {
        Random random = new Random(seed);
        double noise = Math.sqrt(1.0 - rho * rho);
        double[][] x = new double[count][dimension];
        double[][] y = new double[count][dimension];
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < dimension; c++) {
                x[i][c] = random.nextGaussian();
                y[i][c] = rho * x[i][c] + noise * random.nextGaussian();
            }
        }
        return new GaussianPairs(dimension, rho, x, y);
    }

    /**
     * @param joint whether y is drawn jointly with x (P) or independently of it (Q = product of marginals)
     * @return {@code count} log density ratios {@code log p(x, y) / (p(x) p(y))} at samples of P or Q
     */
    static double[] logRatioSamples(long seed, int count, int dimension, double rho, boolean joint) {
        Random random = new Random(seed);
        double noise = Math.sqrt(1.0 - rho * rho);
        double variance = noise * noise;
        double[] ratios = new double[count];
        for (int i = 0; i < count; i++) {
            double sum = -0.5 * dimension * Math.log(variance);
            for (int c = 0; c < dimension; c++) {
                double x = random.nextGaussian();
                double y = joint ? rho * x + noise * random.nextGaussian() : random.nextGaussian();
                double residual = y - rho * x;
                sum += -residual * residual / (2.0 * variance) + 0.5 * y * y;
            }
            ratios[i] = sum;
        }
        return ratios;
    }

    /** @return the true mutual information in nats */
    static double mutualInformation(int dimension, double rho) {
        return -0.5 * dimension * Math.log(1.0 - rho * rho);
    }

    /** @return log p(y_j | x_i) / p(y_j), the log density ratio of the pair (x_i, y_j) */
    double logRatio(int i, int j) {
        double variance = 1.0 - rho * rho;
        double sum = -0.5 * dimension * Math.log(variance);
        for (int c = 0; c < dimension; c++) {
            double residual = y[j][c] - rho * x[i][c];
            sum += -residual * residual / (2.0 * variance) + 0.5 * y[j][c] * y[j][c];
        }
        return sum;
    }

    /**
     * @param critic maps (row i, log ratio of (x_i, y_j)) to a score
     * @return the K x K score matrix, joint pairs on the diagonal
     */
    INDArray scores(RowCritic critic, DataType type) {
        int count = x.length;
        double[] values = new double[count * count];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < count; j++) {
                values[i * count + j] = critic.score(i, logRatio(i, j));
            }
        }
        return Nd4j.create(values, new long[] {count, count}, type);
    }

    /** @return the K x K matrix of {@code critic(log ratio)} */
    INDArray scores(DoubleUnaryOperator critic, DataType type) {
        return scores((row, logRatio) -> critic.applyAsDouble(logRatio), type);
    }

    /** A critic that may add a row-dependent constant (InfoNCE is invariant to those). */
    interface RowCritic {
        double score(int row, double logRatio);
    }
}
