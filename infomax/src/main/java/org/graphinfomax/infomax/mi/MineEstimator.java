package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Donsker-Varadhan / MINE (Belghazi et al. 2018, "Mutual Information Neural Estimation", Section 3.2):
 * value {@code E_P[T] - log E_Q[e^T]} with the bias-corrected gradient.
 *
 * <p>The plain gradient of {@code log E_Q[e^T]} divides by the batch estimate of {@code E_Q[e^T]}, which
 * biases the mini-batch gradient. MINE divides by an exponential moving average instead:
 * {@code m <- (1 - rate) m + rate * mean_Q(e^T)}, updated with the current batch before use, and the loss
 * gradient w.r.t. a negative score T_j is {@code e^(T_j) / (|Q| m)} (first batch: m = its own mean, so the
 * first gradient is the exact one). The average is kept in log space, so no exponential overflows, and
 * because m includes the current batch with weight {@code rate} the correction factor
 * {@code mean_Q(e^T) / m} never exceeds {@code 1/rate}. The reported value and loss are the batch's DV bound.
 *
 * <p>Stateful: one instance per training run; {@link #evaluate(CriticScores)} leaves the state alone.
 */
public final class MineEstimator implements MiEstimator {

    private static final Logger LOG = LoggerFactory.getLogger(MineEstimator.class);

    private static final Expectation MEAN_SCORE = Expectation.of(ScoreTerms.linear(0.0));

    private final double rate;
    private double logMovingAverage = Double.NaN;

    /**
     * @param rate weight of the current batch in the moving average, in (0, 1]; 1 gives plain DV gradients
     *             (MINE's reference implementation uses 0.01)
     */
    public MineEstimator(double rate) {
        if (!(rate > 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException("moving-average rate must be in (0, 1], got " + rate);
        }
        this.rate = rate;
    }

    @Override
    public String name() {
        return "MINE(rate=" + rate + ")";
    }

    /** @return the moving-average rate */
    public double rate() {
        return rate;
    }

    /** @return log of the moving average of {@code E_Q[e^T]}, NaN before the first batch */
    public double logMovingAverage() {
        return logMovingAverage;
    }

    /** Forgets the moving average: the next batch initialises it again. */
    public void reset() {
        logMovingAverage = Double.NaN;
    }

    @Override
    public MiEstimate estimate(CriticScores scores) {
        INDArray[] gradients = MiEstimate.zeroGradients(scores);
        double positiveValue = MEAN_SCORE.evaluate(scores.positive(), gradients[0], -1.0);
        LogMeanExp logPartition = LogMeanExp.of(scores.negative(), true);
        updateMovingAverage(logPartition.value());
        double correction = Math.exp(logPartition.value() - logMovingAverage);
        StableOps.addScaled(gradients[1], correction, logPartition.softmax());
        return new MiEstimate(BoundValue.ofTerms(positiveValue, logPartition.value()), gradients[0], gradients[1]);
    }

    @Override
    public BoundValue evaluate(CriticScores scores) {
        double positiveValue = MEAN_SCORE.evaluate(scores.positive(), null, 0.0);
        return BoundValue.ofTerms(positiveValue, LogMeanExp.of(scores.negative(), false).value());
    }

    private void updateMovingAverage(double logBatchMean) {
        if (Double.isNaN(logMovingAverage) || rate == 1.0) {
            if (Double.isNaN(logMovingAverage)) {
                LOG.debug("MINE moving average initialised at log E_Q[e^T] = {}", logBatchMean);
            }
            logMovingAverage = logBatchMean;
            return;
        }
        logMovingAverage = StableOps.logAddExp(Math.log1p(-rate) + logMovingAverage, Math.log(rate) + logBatchMean);
    }
}
