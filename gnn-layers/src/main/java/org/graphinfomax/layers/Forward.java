package org.graphinfomax.layers;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
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

    /**
     * Back-propagates as {@link #backward} does, but ADDS the gradient with respect to the input to
     * {@code inputGradient} instead of returning it. Passes whose input gradient has structure (a
     * readout's gradient of a single graph is one row repeated for every node) override this to
     * avoid materialising a (nodes x d) temporary.
     *
     * @param gradOutput the gradient of the loss with respect to {@link #output()} (may be overwritten)
     * @param inputGradient the accumulator, of the input's shape
     */
    default void backwardAccumulate(INDArray gradOutput, INDArray inputGradient) {
        INDArray g = backward(gradOutput);
        if (g != null) {
            inputGradient.addi(g);
        }
    }

    /**
     * A pass with the given output whose backward applies {@code backward} (the usual way for a
     * module to return its pass).
     */
    static Forward of(INDArray output, UnaryOperator<INDArray> backward) {
        return new FunctionForward(output, backward, null);
    }

    /**
     * A pass whose backward applies {@code backward} and whose {@link #backwardAccumulate} applies
     * {@code accumulatingBackward} (gradient of the output, accumulator of the input gradient).
     */
    static Forward of(INDArray output, UnaryOperator<INDArray> backward,
            BiConsumer<INDArray, INDArray> accumulatingBackward) {
        return new FunctionForward(output, backward, Objects.requireNonNull(accumulatingBackward, "accumulatingBackward"));
    }

    /**
     * The composition of passes that ran one after the other (each on the previous one's output):
     * the output is the last pass's output, backward runs the passes in reverse and stops early
     * when a pass returns {@code null} (raw features).
     */
    static Forward chain(List<Forward> passes) {
        if (passes.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one pass");
        }
        List<Forward> copy = List.copyOf(passes);
        return of(copy.get(copy.size() - 1).output(), g -> {
            INDArray grad = g;
            for (int i = copy.size() - 1; i >= 0 && grad != null; i--) {
                grad = copy.get(i).backward(grad);
            }
            return grad;
        });
    }
}
