package org.graphinfomax.infomax.mi;

/**
 * A variational bound evaluated on critic scores (Deep InfoMax, DGI, InfoGraph, MINE, CPC are all one of
 * these with a different bound). See {@link MiEstimators} for the available bounds.
 *
 * <p>Sign convention: every bound is an objective to MAXIMISE; the training loss is {@code -objective} and
 * {@link MiEstimate} holds {@code d loss / d score}, so a gradient-descent optimiser on the critic's
 * parameters maximises the bound.
 */
public interface MiEstimator {

    /** @return a short name, e.g. "InfoNCE" or "f-GAN KL" */
    String name();

    /**
     * Forward and backward pass on one batch; stateful estimators (MINE's moving average) update their state.
     *
     * @param scores the critic scores of a batch
     * @return value, expectation terms, loss and the loss gradient w.r.t. every score
     */
    MiEstimate estimate(CriticScores scores);

    /**
     * Forward pass only, leaving any state untouched (for logging, validation, finite differences).
     *
     * @param scores the critic scores of a batch
     * @return value, expectation terms and loss
     */
    BoundValue evaluate(CriticScores scores);
}
