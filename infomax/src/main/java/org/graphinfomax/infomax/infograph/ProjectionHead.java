package org.graphinfomax.infomax.infograph;

import java.util.ArrayList;
import java.util.List;
import org.graphinfomax.layers.Activation;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GraphContext;
import org.graphinfomax.layers.Layer;
import org.graphinfomax.layers.Linear;
import org.graphinfomax.layers.Mlp;
import org.graphinfomax.layers.ParameterSpec;
import org.graphinfomax.layers.ParameterViews;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * InfoGraph's projection head (the reference code's {@code FF}, Sun et al. 2020): a 3-layer ReLU
 * MLP, every Linear layer followed by a ReLU, plus a linear shortcut,
 * {@code f(x) = relu(relu(relu(x·W1+b1)·W2+b2)·W3+b3) + x·S + s}. It maps node or graph
 * embeddings into the space where the critic takes dot products.
 *
 * <p>Parameters: {@code block.0.weight} ... {@code block.4.bias} (the MLP) and
 * {@code shortcut.weight}, {@code shortcut.bias}. Backward: the input gradient is the sum of both
 * branches' input gradients.
 */
public final class ProjectionHead implements Layer {

    private static final String BLOCK = "block.";
    private static final String SHORTCUT = "shortcut.";

    private final int inputSize;
    private final int outputSize;
    private final Mlp block;
    private final Linear shortcut;

    /**
     * @param inputSize width of the embeddings it projects
     * @param outputSize width of the projection (InfoGraph: the same as the input)
     */
    public ProjectionHead(int inputSize, int outputSize) {
        this.block = new Mlp(new int[] {inputSize, outputSize, outputSize, outputSize}, Activation.RELU, false, true);
        this.shortcut = new Linear(inputSize, outputSize);
        this.inputSize = inputSize;
        this.outputSize = outputSize;
    }

    /** Input width. */
    public int inputSize() {
        return inputSize;
    }

    /** Output width. */
    public int outputSize() {
        return outputSize;
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        List<ParameterSpec> specs = new ArrayList<>();
        block.parameterSpecs().forEach(s -> specs.add(s.withPrefix(BLOCK)));
        shortcut.parameterSpecs().forEach(s -> specs.add(s.withPrefix(SHORTCUT)));
        return specs;
    }

    @Override
    public void bind(ParameterViews views) {
        block.bind(views.scoped(BLOCK));
        shortcut.bind(views.scoped(SHORTCUT));
    }

    @Override
    public Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
        Forward mlp = block.forward(input, ctx, mode);
        Forward skip = shortcut.forward(input, ctx, mode);
        // the MLP ends in a ReLU whose backward reads its output, so the sum goes into the
        // shortcut's output, which Linear's backward does not read
        INDArray out = skip.output().addi(mlp.output());
        return Forward.of(out, g -> {
            // the shortcut (a Linear layer) only reads g, so it goes first; the MLP's ReLUs then
            // modify g in place
            INDArray viaSkip = skip.backward(g);
            return mlp.backward(g).addi(viaSkip);
        });
    }

    /** True: neither branch reads the sum in its backward pass. */
    @Override
    public boolean outputReusable() {
        return true;
    }

    @Override
    public String toString() {
        return "ProjectionHead[" + inputSize + " -> 3 x ReLU MLP " + outputSize + " + linear shortcut]";
    }
}
