package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * InfoNCE / CPC (van den Oord et al. 2018; Poole et al. 2019, eq. 12): for a K x K critic matrix with the
 * joint pairs on the diagonal, {@code log K + mean_i (f_ii - logsumexp_j f_ij)}, which never exceeds log K.
 *
 * <p>General MATRIX layout: each row i with at least one positive contributes
 * {@code mean_{p in P_i} f_ip - logsumexp_{j in P_i or N_i} f_ij + log K_i} with {@code K_i = |P_i or N_i|}
 * (each positive against the row's positives and negatives); rows without positives are skipped and the
 * value is the mean over the remaining rows. Every row term is at most {@code log K_i}.
 *
 * <p>PAIRS layout: every positive score p_i is contrasted with all M negative scores,
 * {@code log(M + 1) + mean_i (p_i - log(e^(p_i) + sum_j e^(n_j)))}.
 *
 * <p>Reported terms: positive = mean positive score, negative = mean row {@code logsumexp - log K}. Stateless.
 */
final class InfoNceEstimator implements MiEstimator {

    @Override
    public String name() {
        return "InfoNCE";
    }

    @Override
    public MiEstimate estimate(CriticScores scores) {
        return scores.layout() == CriticScores.Layout.MATRIX ? matrix(scores, true) : pairs(scores, true);
    }

    @Override
    public BoundValue evaluate(CriticScores scores) {
        return (scores.layout() == CriticScores.Layout.MATRIX ? matrix(scores, false) : pairs(scores, false)).bound();
    }

    private static MiEstimate matrix(CriticScores scores, boolean withGradient) {
        INDArray v = scores.positiveScores();
        INDArray positives = scores.positiveMask();
        INDArray positivesPerRow = positives.sum(true, 1);
        INDArray rowUsed = Transforms.min(positivesPerRow, 1.0, true);
        double usedRows = StableOps.sum(rowUsed);
        Transforms.max(positivesPerRow, 1.0, false);

        // Row-wise log-sum-exp over the contrast set (positives or negatives): when the masks are not
        // complementary, entries outside it get a -1e30 penalty.
        INDArray contrast = scores.masksComplementary() ? null : Transforms.max(positives, scores.negativeMask(), true);
        INDArray shifted = contrast == null ? v.dup() : contrast.sub(1.0).muli(StableOps.MASK_PENALTY).addi(v);
        INDArray rowMax = shifted.max(true, 1);
        Transforms.exp(shifted.subiColumnVector(rowMax), false);
        INDArray rowSum = shifted.sum(true, 1);
        INDArray rowLogSumExp = Transforms.log(rowSum, true).addi(rowMax);

        // Each row term mean_p f_ip - logsumexp_i is <= 0 (clamped against rounding), and log K_i is summed in
        // double, so the value cannot exceed log K even in FLOAT.
        INDArray rowPositiveMean = v.mul(positives).sum(true, 1).divi(positivesPerRow);
        INDArray rowTerm = Transforms.min(rowPositiveMean.sub(rowLogSumExp), 0.0, false).muli(rowUsed);
        double meanLogK = contrast == null ? Math.log(v.columns()) : meanLogContrastSize(contrast, rowUsed, usedRows);
        double value = StableOps.sum(rowTerm) / usedRows + meanLogK;
        double positiveTerm = StableOps.sum(rowPositiveMean.muli(rowUsed)) / usedRows;
        BoundValue bound = new BoundValue(value, positiveTerm, positiveTerm - value, -value);
        if (!withGradient) {
            return new MiEstimate(bound, null, null);
        }
        // d loss / d f_ij = used_i / R * (softmax_ij - P_ij / |P_i|)
        INDArray rowWeight = rowUsed.divi(usedRows);
        INDArray gradient = shifted.diviColumnVector(rowSum).muliColumnVector(rowWeight);
        gradient.subi(positives.mulColumnVector(rowWeight.divi(positivesPerRow)));
        return new MiEstimate(bound, gradient, gradient);
    }

    /** @return the mean over used rows of log K_i, K_i the size of row i's contrast set, in double */
    private static double meanLogContrastSize(INDArray contrast, INDArray rowUsed, double usedRows) {
        double[] sizes = StableOps.toHost(contrast.sum(true, 1));
        double[] used = StableOps.toHost(rowUsed);
        double sum = 0.0;
        for (int row = 0; row < sizes.length; row++) {
            if (used[row] > 0) {
                sum += Math.log(sizes[row]);
            }
        }
        return sum / usedRows;
    }

    private static MiEstimate pairs(CriticScores scores, boolean withGradient) {
        INDArray p = scores.positiveScores();
        LogMeanExp negatives = LogMeanExp.of(scores.negative(), withGradient);
        long m = scores.negativeCount();
        long n = scores.positiveCount();
        double logSumExpNegatives = negatives.value() + Math.log(m);
        double logK = Math.log(m + 1.0);
        // log(e^p + sum e^n) - p = softplus(L - p) with L the negatives' log-sum-exp.
        INDArray gap = p.rsub(logSumExpNegatives);
        double meanSoftplus = StableOps.sum(StableOps.softplus(gap, 1.0)) / n;
        double positiveTerm = StableOps.sum(p) / n;
        double value = logK - meanSoftplus;
        BoundValue bound = new BoundValue(value, positiveTerm, positiveTerm - value, -value);
        if (!withGradient) {
            return new MiEstimate(bound, null, null);
        }
        INDArray weights = StableOps.sigmoid(gap, 1.0);
        double negativeShare = StableOps.sum(weights) / n;
        INDArray positiveGradient = weights.muli(-1.0 / n);
        INDArray negativeGradient = negatives.softmax().muli(negativeShare);
        return new MiEstimate(bound, positiveGradient, negativeGradient);
    }
}
