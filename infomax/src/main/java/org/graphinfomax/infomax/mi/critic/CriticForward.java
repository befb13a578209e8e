package org.graphinfomax.infomax.mi.critic;

import java.util.Objects;
import java.util.function.Function;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One forward pass of a {@link Critic}: the K x K score matrix and the backward pass that turns
 * {@code d loss / d scores} into parameter gradients (ADDED to the store's gradient views) and the input
 * gradients. As with gnn-layers' {@code Forward}, backward may be called at most once and may overwrite the
 * array it is given.
 */
public final class CriticForward {

    private final INDArray scores;
    private final Function<INDArray, PairGradients> backward;

    /**
     * @param scores   the K x K score matrix
     * @param backward maps {@code d loss / d scores} to the input gradients, accumulating parameter gradients
     */
    public CriticForward(INDArray scores, Function<INDArray, PairGradients> backward) {
        this.scores = Objects.requireNonNull(scores, "scores");
        this.backward = Objects.requireNonNull(backward, "backward");
    }

    /** @return the K x K score matrix, entry (i, j) = f(x_i, y_j); do not modify it before {@link #backward} */
    public INDArray scores() {
        return scores;
    }

    /**
     * Back-propagates: adds the parameter gradients to the store's gradient views and returns the gradients
     * with respect to both inputs.
     *
     * @param gradScores {@code d loss / d scores}, K x K (may be overwritten)
     * @return {@code d loss / d x} and {@code d loss / d y}
     * @throws IllegalArgumentException if the gradient's shape differs from the scores'
     */
    public PairGradients backward(INDArray gradScores) {
        Objects.requireNonNull(gradScores, "gradScores");
        if (!java.util.Arrays.equals(gradScores.shape(), scores.shape())) {
            throw new IllegalArgumentException("score gradient has shape " + java.util.Arrays.toString(gradScores.shape())
                    + " but the scores have shape " + java.util.Arrays.toString(scores.shape()));
        }
        return backward.apply(gradScores);
    }
}
