package org.graphinfomax.layers;

import java.util.List;

/** The common part of layers whose parameters are a weight and an optional bias ({@link DenseWeights}). */
abstract class ProjectingLayer implements FeatureLayer {

    /** The weight and bias. */
    final DenseWeights weights;

    ProjectingLayer(int inputSize, int outputSize, boolean hasBias) {
        this.weights = new DenseWeights(this, inputSize, outputSize, hasBias);
    }

    /** Input channels. */
    public int inputSize() {
        return weights.inputSize();
    }

    /** Output channels. */
    public int outputSize() {
        return weights.outputSize();
    }

    /** Whether the layer adds a bias. */
    public boolean hasBias() {
        return weights.hasBias();
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        return weights.specs();
    }

    @Override
    public void bind(ParameterViews views) {
        weights.bind(views);
    }

    /** True: the backward pass does not read the output. */
    @Override
    public boolean outputReusable() {
        return true;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + inputSize() + " -> " + outputSize() + (hasBias() ? "" : ", no bias") + "]";
    }
}
