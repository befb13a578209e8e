package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/** The identity activation: output = input, gradient passed through unchanged. */
public final class Identity implements ActivationLayer {

    @Override
    public Forward forwardInPlace(INDArray input, GraphContext ctx, ForwardMode mode) {
        return Forward.of(input, g -> g);
    }

    @Override
    public Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
        return forwardInPlace(input, ctx, mode);
    }

    @Override
    public String toString() {
        return "Identity";
    }
}
