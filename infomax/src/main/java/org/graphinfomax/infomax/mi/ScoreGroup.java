package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The scores over which one expectation is taken: a whole array, or the entries of an array where a 0/1
 * mask is 1. Expectations are {@code sum(mask * term(scores)) / sum(mask)}: the term is applied to the scores first and masked afterwards, so masking
 * never feeds an artificial zero score into a non-linearity.
 *
 * <p>When the mask is known to select exactly one entry per row (InfoGraph's node-in-graph mask, the
 * diagonal of a square critic matrix), the selected scores are first pulled out as a vector
 * ({@code sum(scores * mask, row)}, which involves no non-linearity) so that the term is evaluated on N
 * entries instead of N x G.
 */
final class ScoreGroup {

    private final INDArray scores;
    private final INDArray mask;
    private final long count;
    private final boolean onePerRow;

    private ScoreGroup(INDArray scores, INDArray mask, long count, boolean onePerRow) {
        this.scores = scores;
        this.mask = mask;
        this.count = count;
        this.onePerRow = onePerRow;
    }

    /** Every entry of {@code scores} belongs to the group. */
    static ScoreGroup all(INDArray scores) {
        return new ScoreGroup(scores, null, scores.length(), false);
    }

    /** The entries of {@code scores} where the 0/1 {@code mask} (same shape and type) is 1; count > 0. */
    static ScoreGroup masked(INDArray scores, INDArray mask, long count) {
        return new ScoreGroup(scores, mask, count, false);
    }

    /** The entries of the score matrix selected by a 0/1 mask with exactly one 1 in every row. */
    static ScoreGroup onePerRow(INDArray scores, INDArray mask) {
        return new ScoreGroup(scores, mask, scores.rows(), true);
    }

    INDArray scores() {
        return scores;
    }

    /** @return the 0/1 mask, or null when the group is the whole array */
    INDArray mask() {
        return mask;
    }

    long count() {
        return count;
    }

    /**
     * @param term     an element-wise term h
     * @param gradient null, or an array of the scores' shape into which {@code scale * d mean / d scores} is added
     * @param scale    factor of the gradient contribution
     * @return the group mean of h(scores)
     */
    double mean(ScoreTerm term, INDArray gradient, double scale) {
        if (onePerRow) {
            return meanOnePerRow(term, gradient, scale);
        }
        double value = StableOps.sum(maskInPlace(term.value(scores))) / count;
        if (gradient != null) {
            StableOps.addScaled(gradient, scale / count, maskInPlace(term.derivative(scores)));
        }
        return value;
    }

    private double meanOnePerRow(ScoreTerm term, INDArray gradient, double scale) {
        INDArray selected = scores.mul(mask).sum(true, 1);
        double value = StableOps.sum(term.value(selected)) / count;
        if (gradient != null) {
            INDArray slope = term.derivative(selected).muli(scale / count);
            StableOps.addScaled(gradient, 1.0, mask.mulColumnVector(slope));
        }
        return value;
    }

    private INDArray maskInPlace(INDArray values) {
        return mask == null ? values : values.muli(mask);
    }

    /**
     * @return a new array equal to the scores inside the group and about {@code -1e30} outside it, for a max
     *     or a log-sum-exp restricted to the group
     */
    INDArray scoresForMaximum() {
        if (mask == null) {
            return scores.dup();
        }
        return mask.sub(1.0).muli(StableOps.MASK_PENALTY).addi(scores);
    }
}
