package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.List;
import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The weight W (in x out, Glorot uniform, named {@code "weight"}) and optional bias b (1 x out,
 * zero, named {@code "bias"}) of a layer that projects node rows, with the gradient arithmetic
 * shared by {@link Linear} and {@link GcnConv}.
 */
final class DenseWeights {

    private final Object owner;
    private final int inputSize;
    private final int outputSize;
    private final boolean hasBias;
    private Parameter weight;
    private Parameter bias;

    DenseWeights(Object owner, int inputSize, int outputSize, boolean hasBias) {
        this.owner = owner;
        this.inputSize = Bound.positive(inputSize, "input size");
        this.outputSize = Bound.positive(outputSize, "output size");
        this.hasBias = hasBias;
    }

    int inputSize() {
        return inputSize;
    }

    int outputSize() {
        return outputSize;
    }

    boolean hasBias() {
        return hasBias;
    }

    List<ParameterSpec> specs() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.trainable("weight", Initializer.xavierUniform(), inputSize, outputSize));
        if (hasBias) {
            specs.add(ParameterSpec.trainable("bias", Initializer.zeros(), 1, outputSize));
        }
        return specs;
    }

    void bind(ParameterViews views) {
        weight = views.get("weight");
        bias = hasBias ? views.get("bias") : null;
    }

    /** The weight values; throws if the owner was never bound. */
    INDArray weight() {
        return Bound.require(weight, owner).value();
    }

    /** Checks a dense input (shape and type) against the weight. */
    void checkInput(INDArray input) {
        Bound.checkInput(input, inputSize, weight(), owner);
    }

    /** Checks raw features against the weight and the context. */
    void checkFeatures(NodeFeatures features, GraphContext ctx) {
        Bound.require(weight, owner);
        if (features.numFeatures() != inputSize) {
            throw new IllegalArgumentException(owner + " expects " + inputSize + " features, got " + features.numFeatures());
        }
        if (ctx != null && features.numRows() != ctx.numNodes()) {
            throw new IllegalArgumentException(owner + ": " + features.numRows() + " feature rows for "
                    + ctx.numNodes() + " nodes");
        }
    }

    /**
     * input·W as a new row-major array. A direct GEMM: {@code INDArray.mmul} costs several times
     * more for the tall, narrow products of graph layers on ND4J 1.0.0-M2.1.
     */
    INDArray project(INDArray input) {
        return Nd4j.gemm(input, weight(), false, false);
    }

    /** out += b (in place), if there is a bias. */
    void addBias(INDArray out) {
        if (hasBias) {
            out.addiRowVector(bias.value());
        }
    }

    /** The bias values, or null without bias. */
    INDArray biasValue() {
        return hasBias ? bias.value() : null;
    }

    /** The bias gradient view, or null without bias. */
    INDArray biasGradient() {
        return hasBias ? bias.gradient() : null;
    }

    /** Adds the column sums of g to the bias gradient, if there is a bias. */
    void accumulateBiasGradient(INDArray g) {
        if (hasBias) {
            ColumnSums.accumulate(g, bias.gradient());
        }
    }

    /** Adds input^T·g to the weight gradient and returns g·W^T, the input gradient of input·W. */
    INDArray backwardDense(INDArray input, INDArray g) {
        Nd4j.gemm(input, g, weight.gradient(), true, false, 1.0, 1.0);
        return Nd4j.gemm(g, weight.value(), false, true);
    }

    /** Adds X^T·g to the weight gradient for raw features. */
    void backwardFeatures(NodeFeatures features, INDArray g, GraphContext ctx) {
        ctx.propagation().accumulateTransposeProduct(features, g, weight.gradient());
    }
}
