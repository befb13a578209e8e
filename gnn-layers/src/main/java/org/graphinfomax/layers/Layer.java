package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A module that maps a dense (nodes x channels) input to a dense output, possibly using the
 * graph structure of the {@link GraphContext}. Its parameters come from a {@link ParameterStore}.
 */
public interface Layer extends Parameterized {

    /**
     * Runs the layer.
     *
     * @param input a (nodes x inputSize) array of the parameter store's data type
     * @param ctx the graph structure (ignored by node-wise layers)
     * @param mode training or inference
     * @return the pass, holding the output and able to back-propagate
     */
    Forward forward(INDArray input, GraphContext ctx, ForwardMode mode);

    /**
     * Whether the next layer may overwrite this layer's output in place without breaking this
     * layer's backward pass (true when backward does not read the output). Defaults to false.
     */
    default boolean outputReusable() {
        return false;
    }
}
