package org.graphinfomax.layers;

import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Graph convolution of Kipf and Welling (ICLR 2017): {@code Â·(X·W) + b} with
 * Â = D^-1/2 (A + I) D^-1/2 taken from the {@link GraphContext} (computed once per graph). X may be
 * a dense array or raw sparse features; X·W is computed first so that the sparse propagation runs
 * on the (usually narrower) output width.
 *
 * <p>Backward: with G the output gradient, the bias gradient is the column sum of G, the gradient
 * of X·W is Â^T·G (no symmetry of Â is assumed), the weight gradient X^T·Â^T·G and the input
 * gradient Â^T·G·W^T. The stages are also exposed to {@link GcnEncoder}, whose corrupted-pair pass
 * projects X only once.
 */
public final class GcnConv extends ProjectingLayer {

    /** A convolution with bias. */
    public GcnConv(int inputSize, int outputSize) {
        this(inputSize, outputSize, true);
    }

    /**
     * @param inputSize input channels
     * @param outputSize output channels
     * @param hasBias whether to add a learned bias (zero-initialised)
     */
    public GcnConv(int inputSize, int outputSize, boolean hasBias) {
        super(inputSize, outputSize, hasBias);
    }

    @Override
    public Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
        weights.checkInput(input);
        Forward stage = propagate(weights.project(input), ctx);
        return Forward.of(stage.output(), g -> weights.backwardDense(input, stage.backward(g)));
    }

    @Override
    public Forward forward(NodeFeatures features, GraphContext ctx, ForwardMode mode) {
        Forward stage = propagate(project(features, ctx), ctx);
        return Forward.of(stage.output(), g -> {
            accumulateWeightGradient(features, stage.backward(g), ctx);
            return null;
        });
    }

    /** X·W for raw features. */
    INDArray project(NodeFeatures features, GraphContext ctx) {
        weights.checkFeatures(features, ctx);
        return ctx.propagation().multiply(features, weights.weight());
    }

    /** Adds X^T·gProjected to the weight gradient. */
    void accumulateWeightGradient(NodeFeatures features, INDArray gProjected, GraphContext ctx) {
        weights.backwardFeatures(features, gProjected, ctx);
    }

    /**
     * The propagation stage {@code Â·P + b} of an already projected P = X·W; its backward adds the
     * bias gradient and returns the gradient with respect to P, Â^T·G.
     */
    Forward propagate(INDArray projected, GraphContext ctx) {
        INDArray out = ctx.propagation().multiply(ctx.gcnAdjacency(), projected);
        weights.addBias(out);
        return Forward.of(out, g -> {
            weights.accumulateBiasGradient(g);
            return ctx.propagation().transposeMultiply(ctx.gcnAdjacency(), g);
        });
    }
}
