package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** max(x, 0) element-wise; backward passes the gradient where the output is positive. */
public final class Relu implements ActivationLayer {

    @Override
    public Forward forwardInPlace(INDArray input, GraphContext ctx, ForwardMode mode) {
        INDArray out = Transforms.relu(input, false);
        return Forward.of(out, g -> ReluMask.applyInPlace(out, g));
    }

    @Override
    public String toString() {
        return "Relu";
    }
}
