package org.graphinfomax.layers;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A copy of a {@link ParameterStore}'s values, for early stopping (keep the best epoch's weights)
 * or for saving a model (write both vectors plus the model's configuration).
 *
 * @param params the flat trainable values
 * @param buffers the flat buffer values (running statistics)
 */
public record ParameterSnapshot(INDArray params, INDArray buffers) {

    /** Checks that both arrays are present. */
    public ParameterSnapshot {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(buffers, "buffers");
    }
}
