package org.graphinfomax.layers;

import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A fully connected layer {@code y = x·W + b} applied to every node: W is (in x out) with
 * Glorot-uniform initialisation, b a (1 x out) row initialised to zero (optional). Accepts raw
 * sparse or dense node features. Backward: dW += x^T·G, db += column sums of G, dx = G·W^T.
 */
public final class Linear extends ProjectingLayer {

    /** A layer with bias. */
    public Linear(int inputSize, int outputSize) {
        this(inputSize, outputSize, true);
    }

    /**
     * @param inputSize input channels
     * @param outputSize output channels
     * @param hasBias whether to add a learned bias
     */
    public Linear(int inputSize, int outputSize, boolean hasBias) {
        super(inputSize, outputSize, hasBias);
    }

    @Override
    public Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
        weights.checkInput(input);
        INDArray out = weights.project(input);
        weights.addBias(out);
        return Forward.of(out, g -> {
            weights.accumulateBiasGradient(g);
            return weights.backwardDense(input, g);
        });
    }

    @Override
    public Forward forward(NodeFeatures features, GraphContext ctx, ForwardMode mode) {
        weights.checkFeatures(features, ctx);
        INDArray out = ctx.propagation().multiply(features, weights.weight());
        weights.addBias(out);
        return Forward.of(out, g -> {
            weights.accumulateBiasGradient(g);
            weights.backwardFeatures(features, g, ctx);
            return null;
        });
    }
}
