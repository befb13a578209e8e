package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.List;
import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
public final class GcnConv implements FeatureLayer {

    private final int inputSize;
    private final int outputSize;
    private final boolean hasBias;
    private Parameter weight;
    private Parameter bias;

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
        this.inputSize = Bound.positive(inputSize, "input size");
        this.outputSize = Bound.positive(outputSize, "output size");
        this.hasBias = hasBias;
    }

    /** Input channels. */
    public int inputSize() {
        return inputSize;
    }

    /** Output channels. */
    public int outputSize() {
        return outputSize;
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.trainable("weight", Initializer.xavierUniform(), inputSize, outputSize));
        if (hasBias) {
            specs.add(ParameterSpec.trainable("bias", Initializer.zeros(), 1, outputSize));
        }
        return specs;
    }

    @Override
    public void bind(ParameterViews views) {
        weight = views.get("weight");
        bias = hasBias ? views.get("bias") : null;
    }

    @Override
    public Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
        INDArray w = Bound.require(weight, this).value();
        Bound.checkInput(input, inputSize, w, this);
        Forward stage = propagate(input.mmul(w), ctx);
        return new Forward() {
            @Override
            public INDArray output() {
                return stage.output();
            }

            @Override
            public INDArray backward(INDArray g) {
                INDArray gProjected = stage.backward(g);
                Nd4j.gemm(input, gProjected, weight.gradient(), true, false, 1.0, 1.0);
                return Nd4j.gemm(gProjected, weight.value(), false, true);
            }
        };
    }

    @Override
    public Forward forward(NodeFeatures features, GraphContext ctx, ForwardMode mode) {
        Forward stage = propagate(project(features, ctx), ctx);
        return new Forward() {
            @Override
            public INDArray output() {
                return stage.output();
            }

            @Override
            public INDArray backward(INDArray g) {
                accumulateWeightGradient(features, stage.backward(g), ctx);
                return null;
            }
        };
    }

    /** X·W for raw features. */
    INDArray project(NodeFeatures features, GraphContext ctx) {
        INDArray w = Bound.require(weight, this).value();
        if (features.numFeatures() != inputSize) {
            throw new IllegalArgumentException(this + " expects " + inputSize + " features, got " + features.numFeatures());
        }
        if (features.numRows() != ctx.numNodes()) {
            throw new IllegalArgumentException(this + ": " + features.numRows() + " feature rows for "
                    + ctx.numNodes() + " nodes");
        }
        return ctx.propagation().multiply(features, w);
    }

    /** Adds X^T·gProjected to the weight gradient. */
    void accumulateWeightGradient(NodeFeatures features, INDArray gProjected, GraphContext ctx) {
        ctx.propagation().accumulateTransposeProduct(features, gProjected, weight.gradient());
    }

    /**
     * The propagation stage {@code Â·P + b} of an already projected P = X·W; its backward adds the
     * bias gradient and returns the gradient with respect to P, Â^T·G.
     */
    Forward propagate(INDArray projected, GraphContext ctx) {
        Bound.require(weight, this);
        INDArray out = ctx.propagation().multiply(ctx.gcnAdjacency(), projected);
        if (hasBias) {
            out.addiRowVector(bias.value());
        }
        return new Forward() {
            @Override
            public INDArray output() {
                return out;
            }

            @Override
            public INDArray backward(INDArray g) {
                Linear.accumulateBiasGradient(bias, g);
                return ctx.propagation().transposeMultiply(ctx.gcnAdjacency(), g);
            }
        };
    }

    /** True: the backward pass does not read the output. */
    @Override
    public boolean outputReusable() {
        return true;
    }

    @Override
    public String toString() {
        return "GcnConv[" + inputSize + " -> " + outputSize + (hasBias ? "" : ", no bias") + "]";
    }
}
