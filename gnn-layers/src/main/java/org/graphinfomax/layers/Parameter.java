package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A bound parameter: views into a {@link ParameterStore}'s flat vectors.
 *
 * @param name the full name in the store
 * @param value the value view, of the spec's shape
 * @param gradient the gradient view of the same shape, or {@code null} for a non-trainable buffer
 */
public record Parameter(String name, INDArray value, INDArray gradient) {

    /**
     * The gradient view.
     *
     * @throws IllegalStateException for a buffer, which has no gradient
     */
    public INDArray requireGradient() {
        if (gradient == null) {
            throw new IllegalStateException("'" + name + "' is a buffer without gradient");
        }
        return gradient;
    }
}
