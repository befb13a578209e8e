package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.List;
import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected layer {@code y = x·W + b} applied to every node: W is (in x out) with
 * Glorot-uniform initialisation, b a (1 x out) row initialised to zero (optional). Accepts raw
 * sparse or dense node features.
 */
public final class Linear implements FeatureLayer {

    private final int inputSize;
    private final int outputSize;
    private final boolean hasBias;
    private Parameter weight;
    private Parameter bias;

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

    /** Whether the layer adds a bias. */
    public boolean hasBias() {
        return hasBias;
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
        INDArray out = input.mmul(w);
        addBias(out);
        return new Pass(out, input, null, ctx);
    }

    @Override
    public Forward forward(NodeFeatures features, GraphContext ctx, ForwardMode mode) {
        INDArray w = Bound.require(weight, this).value();
        if (features.numFeatures() != inputSize) {
            throw new IllegalArgumentException(this + " expects " + inputSize + " features, got " + features.numFeatures());
        }
        INDArray out = ctx.propagation().multiply(features, w);
        addBias(out);
        return new Pass(out, null, features, ctx);
    }

    private void addBias(INDArray out) {
        if (hasBias) {
            out.addiRowVector(bias.value());
        }
    }

    /** Adds the bias gradient (column sums of {@code g}) to its view. */
    static void accumulateBiasGradient(Parameter bias, INDArray g) {
        if (bias != null) {
            ColumnSums.accumulate(g, bias.gradient());
        }
    }

    /** True: the backward pass does not read the output. */
    @Override
    public boolean outputReusable() {
        return true;
    }

    @Override
    public String toString() {
        return "Linear[" + inputSize + " -> " + outputSize + (hasBias ? "" : ", no bias") + "]";
    }

    private final class Pass implements Forward {
        private final INDArray out;
        private final INDArray denseInput;
        private final NodeFeatures features;
        private final GraphContext ctx;

        Pass(INDArray out, INDArray denseInput, NodeFeatures features, GraphContext ctx) {
            this.out = out;
            this.denseInput = denseInput;
            this.features = features;
            this.ctx = ctx;
        }

        @Override
        public INDArray output() {
            return out;
        }

        @Override
        public INDArray backward(INDArray g) {
            accumulateBiasGradient(bias, g);
            if (features != null) {
                ctx.propagation().accumulateTransposeProduct(features, g, weight.gradient());
                return null;
            }
            Nd4j.gemm(denseInput, g, weight.gradient(), true, false, 1.0, 1.0);
            return Nd4j.gemm(g, weight.value(), false, true);
        }
    }
}
