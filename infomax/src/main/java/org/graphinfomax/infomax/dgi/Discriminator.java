package org.graphinfomax.infomax.dgi;

import org.graphinfomax.layers.Parameterized;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DGI's discriminator: scores how well each node embedding matches the graph summary, for the
 * clean graph's nodes (positives) and the corrupted graph's nodes (negatives) against the same
 * summary.
 */
public interface Discriminator extends Parameterized {

    /**
     * Scores both sets of nodes against the summary.
     *
     * @param clean (N x d) embeddings of the clean graph
     * @param corrupted (M x d) embeddings of the corrupted graph
     * @param summary (1 x d) summary vector
     */
    Scores score(INDArray clean, INDArray corrupted, INDArray summary);

    /** The scores of one call and their backward. */
    interface Scores {
        /** (N x 1) scores of the clean nodes. */
        INDArray positive();

        /** (M x 1) scores of the corrupted nodes. */
        INDArray negative();

        /**
         * Accumulates the discriminator's parameter gradients and returns the gradients of the
         * inputs.
         */
        InputGradients backward(INDArray gradPositive, INDArray gradNegative);
    }

    /**
     * Gradients with respect to the discriminator's inputs.
     *
     * @param clean (N x d)
     * @param corrupted (M x d)
     * @param summary (1 x d)
     */
    record InputGradients(INDArray clean, INDArray corrupted, INDArray summary) {
    }

    /** DGI's bilinear discriminator for embeddings of width {@code d}. */
    static BilinearDiscriminator bilinear(int d) {
        return new BilinearDiscriminator(d);
    }
}
