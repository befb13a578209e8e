package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A bound's value on a batch together with the gradient of the training loss ({@code -objective}) with
 * respect to every critic score: feed the gradient arrays straight into the critic's backward pass to
 * minimise the loss, i.e. maximise the bound.
 *
 * <p>In the {@link CriticScores.Layout#MATRIX} layout there is one gradient of the score matrix's shape
 * (zero where neither mask is 1); in the {@link CriticScores.Layout#PAIRS} layout one for the positive and
 * one for the negative scores. The arrays are allocated in the current ND4J workspace, if one is open.
 */
public final class MiEstimate {

    private final BoundValue bound;
    private final INDArray positiveGradient;
    private final INDArray negativeGradient;

    MiEstimate(BoundValue bound, INDArray positiveGradient, INDArray negativeGradient) {
        this.bound = bound;
        this.positiveGradient = positiveGradient;
        this.negativeGradient = negativeGradient;
    }

    /** @return value, expectation terms and loss */
    public BoundValue bound() {
        return bound;
    }

    /** @return the reported estimate in nats */
    public double value() {
        return bound.value();
    }

    /** @return the joint-sample term */
    public double positiveExpectation() {
        return bound.positiveExpectation();
    }

    /** @return the marginal-sample term */
    public double negativeExpectation() {
        return bound.negativeExpectation();
    }

    /** @return the training loss, {@code -objective} */
    public double loss() {
        return bound.loss();
    }

    /**
     * @return d loss / d scores for the MATRIX layout
     * @throws IllegalStateException for the PAIRS layout, which has two gradients
     */
    public INDArray gradient() {
        if (positiveGradient != negativeGradient) {
            throw new IllegalStateException("the PAIRS layout has two gradients: use positiveGradient() and "
                    + "negativeGradient()");
        }
        return positiveGradient;
    }

    /** @return d loss / d positive scores (PAIRS), or the whole matrix gradient (MATRIX) */
    public INDArray positiveGradient() {
        return positiveGradient;
    }

    /** @return d loss / d negative scores (PAIRS), or the whole matrix gradient (MATRIX) */
    public INDArray negativeGradient() {
        return negativeGradient;
    }

    /**
     * @param scores the scores the gradients belong to
     * @return zero gradient arrays: one shared array for the MATRIX layout, two for PAIRS
     */
    static INDArray[] zeroGradients(CriticScores scores) {
        INDArray positive = zerosLike(scores.positiveScores());
        INDArray negative = scores.layout() == CriticScores.Layout.MATRIX
                ? positive : zerosLike(scores.negativeScores());
        return new INDArray[] {positive, negative};
    }

    private static INDArray zerosLike(INDArray array) {
        return org.nd4j.linalg.factory.Nd4j.zeros(array.dataType(), array.shape());
    }
}
