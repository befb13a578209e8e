package org.graphinfomax.layers;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A {@link Forward} made of an output, a backward function and optionally an accumulating backward
 * function (see {@link Forward#of}).
 */
record FunctionForward(INDArray output, UnaryOperator<INDArray> backwardFunction,
        BiConsumer<INDArray, INDArray> accumulatingBackward) implements Forward {

    FunctionForward {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(backwardFunction, "backward");
    }

    @Override
    public INDArray backward(INDArray gradOutput) {
        return backwardFunction.apply(gradOutput);
    }

    @Override
    public void backwardAccumulate(INDArray gradOutput, INDArray inputGradient) {
        if (accumulatingBackward == null) {
            Forward.super.backwardAccumulate(gradOutput, inputGradient);
        } else {
            accumulatingBackward.accept(gradOutput, inputGradient);
        }
    }
}
