package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The scores over which one expectation is taken: a whole array, or the entries of an array where a 0/1
 * mask is 1. Expectations are {@code sum(weights * term(scores))} with {@code weights = mask / sum(mask)}
 * (or {@code 1/n} everywhere): the term is applied to every score first and masked afterwards, so masking
 * never feeds an artificial zero score into a non-linearity.
 */
final class ScoreGroup {

    private final INDArray scores;
    private final INDArray mask;
    private final INDArray weights;
    private final long count;

    private ScoreGroup(INDArray scores, INDArray mask, long count) {
        this.scores = scores;
        this.mask = mask;
        this.count = count;
        this.weights = mask == null ? null : mask.div((double) count);
    }

    /** Every entry of {@code scores} belongs to the group. */
    static ScoreGroup all(INDArray scores) {
        return new ScoreGroup(scores, null, scores.length());
    }

    /** The entries of {@code scores} where the 0/1 {@code mask} (same shape and type) is 1; count > 0. */
    static ScoreGroup masked(INDArray scores, INDArray mask, long count) {
        return new ScoreGroup(scores, mask, count);
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

    /** Multiplies {@code values} (scores' shape) in place by the normalised weights and returns it. */
    INDArray weighInPlace(INDArray values) {
        return weights == null ? values.muli(1.0 / count) : values.muli(weights);
    }

    /** @return the group mean of {@code terms}, which is overwritten */
    double meanOf(INDArray terms) {
        return StableOps.sum(weighInPlace(terms));
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
