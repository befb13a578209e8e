package org.graphinfomax.layers;

import org.graphinfomax.graph.DenseFeatures;
import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer that can also take raw node features, dense or sparse, as its input (the first layer
 * of a model). Its backward pass then returns {@code null}: raw features need no gradient.
 */
public interface FeatureLayer extends Layer {

    /**
     * Runs the layer on raw node features.
     *
     * @param features (nodes x inputSize) features; sparse ones are multiplied without densifying
     *     where the layer can
     * @param ctx the graph structure
     * @param mode training or inference
     * @return the pass; its {@code backward} returns {@code null}
     */
    Forward forward(NodeFeatures features, GraphContext ctx, ForwardMode mode);

    /** The features as a dense array of {@code type}: dense ones unwrapped (cast if needed), sparse ones densified. */
    static INDArray dense(NodeFeatures features, DataType type) {
        if (features instanceof DenseFeatures d && d.array().dataType() == type) {
            return d.array();
        }
        return features.toDense(type);
    }
}
