package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One forward pass of a module, remembering what its backward pass needs (a functional tape: a
 * module may run several times per training step, each run with its own {@code Forward}).
 *
 * <p>Contract: the caller must not modify {@link #output()} before calling {@link #backward}
 * (modules may keep it, e.g. ReLU's mask); {@code backward} may be called at most once, and it
 * may overwrite the {@code gradOutput} array it is given (pass a copy if you still need it).
 */
public interface Forward {

    /** The output of the pass. */
    INDArray output();

    /**
     * Back-propagates: ADDS the gradients of the module's parameters to their gradient views and
     * returns the gradient with respect to the input.
     *
     * @param gradOutput the gradient of the loss with respect to {@link #output()}, same shape
     * @return the gradient with respect to the input, or {@code null} when the input was raw node
     *     features that need no gradient
     */
    INDArray backward(INDArray gradOutput);
}
