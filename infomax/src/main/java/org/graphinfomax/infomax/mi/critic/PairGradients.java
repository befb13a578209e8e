package org.graphinfomax.infomax.mi.critic;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The gradients of a loss with respect to a critic's two inputs.
 *
 * @param x {@code d loss / d x}, the shape of x
 * @param y {@code d loss / d y}, the shape of y
 */
public record PairGradients(INDArray x, INDArray y) {
}
