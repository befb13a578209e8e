package org.graphinfomax.infomax.dgi;

import org.graphinfomax.infomax.mi.CriticScores;
import org.graphinfomax.infomax.mi.MiEstimate;
import org.graphinfomax.infomax.mi.MiEstimator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The loss DGI minimises over the discriminator's scores of positive (clean) and negative
 * (corrupted) nodes.
 */
public interface DgiObjective {

    /**
     * The loss and its gradient with respect to every score.
     *
     * @param positive (N x 1) scores of the clean nodes
     * @param negative (M x 1) scores of the corrupted nodes
     */
    Loss evaluate(INDArray positive, INDArray negative);

    /**
     * A loss value and the gradients of the loss with respect to the scores.
     *
     * @param value the loss
     * @param gradPositive d loss / d positive scores
     * @param gradNegative d loss / d negative scores
     */
    record Loss(double value, INDArray gradPositive, INDArray gradNegative) {
    }

    /** A short name for configurations and logs. */
    String name();

    /**
     * DGI's loss: binary cross-entropy with logits over the N + M scores (positives labelled 1,
     * negatives 0), averaged, computed stably.
     */
    static DgiObjective binaryCrossEntropy() {
        return BinaryCrossEntropy.INSTANCE;
    }

    /**
     * Any estimator of the mutual-information family on (positive, negative) score pairs; the loss
     * is the estimator's training loss (minus its bound). JSD gives DGI's objective up to
     * constants and a factor of 2.
     */
    static DgiObjective of(MiEstimator estimator) {
        return new DgiObjective() {
            @Override
            public Loss evaluate(INDArray positive, INDArray negative) {
                MiEstimate e = estimator.estimate(CriticScores.pairs(positive, negative));
                return new Loss(e.loss(), e.positiveGradient(), e.negativeGradient());
            }

            @Override
            public String name() {
                return estimator.name();
            }

            @Override
            public String toString() {
                return name();
            }
        };
    }
}
