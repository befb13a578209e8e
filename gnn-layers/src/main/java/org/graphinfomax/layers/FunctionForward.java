package org.graphinfomax.layers;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A {@link Forward} made of an output and a backward function (see {@link Forward#of}). */
record FunctionForward(INDArray output, UnaryOperator<INDArray> backwardFunction) implements Forward {

    FunctionForward {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(backwardFunction, "backward");
    }

    @Override
    public INDArray backward(INDArray gradOutput) {
        return backwardFunction.apply(gradOutput);
    }
}
