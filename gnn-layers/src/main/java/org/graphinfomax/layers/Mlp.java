package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A multi-layer perceptron applied to every node: Linear layers of the given sizes, each but the
 * last followed by optional {@link BatchNorm} and an activation (Linear, norm, activation, as
 * PyTorch Geometric's MLP); the last Linear is followed by the activation only if asked. GIN's
 * MLP in InfoGraph is {@code Mlp.of(in, hidden, hidden)}: Linear-ReLU-Linear. Parameters are
 * named as in {@link Sequential} ({@code "0.weight"}, {@code "0.bias"}, {@code "2.weight"}, ...).
 */
public final class Mlp implements FeatureLayer {

    private final int[] sizes;
    private final Sequential body;

    /**
     * @param sizes input size followed by the output size of every Linear layer (at least two entries)
     * @param activation the activation between layers
     * @param batchNorm whether to put batch norm between each hidden Linear layer and its activation
     * @param activateOutput whether the last Linear layer is followed by the activation too
     */
    public Mlp(int[] sizes, Activation activation, boolean batchNorm, boolean activateOutput) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("an MLP needs an input size and at least one layer size, got "
                    + Arrays.toString(sizes));
        }
        for (int s : sizes) {
            Bound.positive(s, "MLP layer size");
        }
        this.sizes = sizes.clone();
        List<Layer> layers = new ArrayList<>();
        for (int i = 1; i < sizes.length; i++) {
            layers.add(new Linear(sizes[i - 1], sizes[i]));
            boolean last = i == sizes.length - 1;
            if (!last && batchNorm) {
                layers.add(new BatchNorm(sizes[i]));
            }
            if (!last || activateOutput) {
                layers.add(activation.create(sizes[i]));
            }
        }
        this.body = new Sequential(layers);
    }

    /** ReLU between layers, no batch norm, no activation after the last layer. */
    public static Mlp of(int... sizes) {
        return new Mlp(sizes, Activation.RELU, false, false);
    }

    /** Input size. */
    public int inputSize() {
        return sizes[0];
    }

    /** Output size. */
    public int outputSize() {
        return sizes[sizes.length - 1];
    }

    /** The layers, in order. */
    public List<Layer> layers() {
        return body.layers();
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        return body.parameterSpecs();
    }

    @Override
    public void bind(ParameterViews views) {
        body.bind(views);
    }

    @Override
    public Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
        return body.forward(input, ctx, mode);
    }

    @Override
    public Forward forward(NodeFeatures features, GraphContext ctx, ForwardMode mode) {
        return body.forward(features, ctx, mode);
    }

    @Override
    public boolean outputReusable() {
        return body.outputReusable();
    }

    @Override
    public String toString() {
        return "Mlp" + Arrays.toString(sizes);
    }
}
