package org.graphinfomax.infomax.mi.critic;

import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.Parameterized;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trainable critic f(x, y) for K paired samples (x_i, y_i): it scores every x_i against every y_j and
 * returns the K x K score matrix whose diagonal holds the joint pairs, the layout of
 * {@link org.graphinfomax.infomax.mi.CriticScores#square(INDArray)} (Poole et al. 2019, "On Variational Bounds
 * of Mutual Information", Section 2). Its parameters live in a gnn-layers
 * {@link org.graphinfomax.layers.ParameterStore}, whose data type (FLOAT, or DOUBLE for gradient checks) the
 * inputs must have.
 *
 * <p>Implementations: {@link SeparableCritic} ({@code g(x)·h(y)}) and {@link ConcatenatedCritic}
 * ({@code f([x, y])}).
 */
public interface Critic extends Parameterized {

    /** @return the dimension of x */
    int xSize();

    /** @return the dimension of y */
    int ySize();

    /**
     * Scores every pair.
     *
     * @param x    K x {@link #xSize()} samples of X, of the parameter store's type
     * @param y    K x {@link #ySize()} samples of Y, paired row by row with x
     * @param mode training or inference (the critics here have no dropout or batch norm, so both behave alike)
     * @return the pass: a K x K score matrix, entry (i, j) = f(x_i, y_j), and its backward
     * @throws IllegalArgumentException if the shapes do not fit the critic or the row counts differ
     */
    CriticForward forward(INDArray x, INDArray y, ForwardMode mode);
}
