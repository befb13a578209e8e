package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The graph isomorphism convolution of Xu et al. (ICLR 2019):
 * {@code MLP((1 + eps)·x_i + sum over neighbours j of x_j)}, i.e. {@code MLP((1 + eps)·X + A·X)}
 * with the raw (weighted) adjacency A of the {@link GraphContext}. eps is a fixed constant
 * (0 in InfoGraph) or a learned scalar named {@code "eps"}; the MLP's parameters are named
 * {@code "mlp." + ...}.
 *
 * <p>Backward: with H the MLP input and G_H its gradient, the input gradient is
 * {@code A^T·G_H + (1 + eps)·G_H} and the eps gradient {@code sum(X·G_H)} (element-wise product).
 * Raw node features are densified (GIN's inputs are narrow one-hot labels).
 */
public final class GinConv implements FeatureLayer {

    private final Layer mlp;
    private final int inputSize;
    private final double initialEps;
    private final boolean learnEps;
    private Parameter eps;
    private DataType dataType;

    /**
     * @param mlp the MLP applied after aggregation (typically an {@link Mlp})
     * @param inputSize the channels of the input
     * @param eps the fixed value of eps, or its initial value when learned
     * @param learnEps whether eps is a trained parameter
     */
    public GinConv(Layer mlp, int inputSize, double eps, boolean learnEps) {
        this.mlp = Objects.requireNonNull(mlp, "mlp");
        this.inputSize = Bound.positive(inputSize, "input size");
        if (!Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps must be finite, got " + eps);
        }
        this.initialEps = eps;
        this.learnEps = learnEps;
    }

    /** GIN with fixed eps = 0 (InfoGraph's setting) around the given MLP. */
    public static GinConv of(Mlp mlp) {
        return new GinConv(mlp, mlp.inputSize(), 0.0, false);
    }

    /** The MLP. */
    public Layer mlp() {
        return mlp;
    }

    /** Whether eps is learned. */
    public boolean learnsEps() {
        return learnEps;
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        List<ParameterSpec> specs = new ArrayList<>();
        if (learnEps) {
            specs.add(ParameterSpec.trainable("eps", Initializer.constant(initialEps), 1, 1));
        }
        for (ParameterSpec s : mlp.parameterSpecs()) {
            specs.add(s.withPrefix("mlp."));
        }
        return specs;
    }

    @Override
    public void bind(ParameterViews views) {
        eps = learnEps ? views.get("eps") : null;
        dataType = views.dataType();
        mlp.bind(views.scoped("mlp."));
    }

    @Override
    public Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
        return run(input, ctx, mode, true);
    }

    @Override
    public Forward forward(NodeFeatures features, GraphContext ctx, ForwardMode mode) {
        if (features.numFeatures() != inputSize) {
            throw new IllegalArgumentException(this + " expects " + inputSize + " features, got " + features.numFeatures());
        }
        if (dataType == null) {
            throw new IllegalStateException(this + " is not bound to a ParameterStore; build a store with it first");
        }
        return run(FeatureLayer.dense(features, dataType), ctx, mode, false);
    }

    private Forward run(INDArray x, GraphContext ctx, ForwardMode mode, boolean inputGradient) {
        if (x.rank() != 2 || x.columns() != inputSize) {
            throw new IllegalArgumentException(this + " expects " + inputSize + " input columns, got shape "
                    + java.util.Arrays.toString(x.shape()));
        }
        double onePlusEps = 1.0 + (learnEps ? Bound.require(eps, this).value().getDouble(0) : initialEps);
        INDArray h = ctx.propagation().multiply(ctx.adjacency(), x);
        if (onePlusEps == 1.0) {
            h.addi(x);
        } else {
            InPlace.addScaled(h, onePlusEps, x);
        }
        Forward inner = mlp.forward(h, ctx, mode);
        return Forward.of(inner.output(), g -> {
            INDArray gh = inner.backward(g);
            if (learnEps) {
                eps.gradient().addi(InPlace.dot(x, gh));
            }
            if (!inputGradient) {
                return null;
            }
            INDArray gx = ctx.propagation().transposeMultiply(ctx.adjacency(), gh);
            InPlace.addScaled(gx, onePlusEps, gh);
            return gx;
        });
    }

    /** Whether the MLP's output may be overwritten (the aggregation itself does not read it). */
    @Override
    public boolean outputReusable() {
        return mlp.outputReusable();
    }

    @Override
    public String toString() {
        return "GinConv[" + mlp + (learnEps ? ", learned eps" : ", eps=" + initialEps) + "]";
    }
}
