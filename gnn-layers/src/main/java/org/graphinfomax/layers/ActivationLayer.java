package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A node-wise activation. Besides the ordinary {@link #forward}, it can overwrite its input
 * ({@link #forwardInPlace}), which saves one (nodes x channels) array when the producer of the input
 * does not need it for its own backward pass (a linear or convolution layer's output, for instance).
 */
public interface ActivationLayer extends Layer {

    /**
     * Like {@link #forward}, but writes the output into {@code input} and returns it as
     * {@link Forward#output()}; the caller must not use the input's old values afterwards.
     */
    Forward forwardInPlace(INDArray input, GraphContext ctx, ForwardMode mode);

    @Override
    default Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
        return forwardInPlace(input.dup(), ctx, mode);
    }
}
