package org.graphinfomax.infomax.mi.critic;

import java.util.ArrayList;
import java.util.List;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.Mlp;
import org.graphinfomax.layers.ParameterSpec;
import org.graphinfomax.layers.ParameterViews;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The separable critic {@code f(x, y) = g(x)·h(y)} of Poole et al. 2019 (Section 2; "separable critic"): two
 * MLPs embed x and y into the same dimension and the K x K score matrix is one product
 * {@code G·H^T} of the (K x d) embeddings, so scoring all K^2 pairs costs two MLP passes over K rows plus
 * one small GEMM. Parameters are those of the two MLPs, named {@code "x." + name} and {@code "y." + name}.
 *
 * <p>Backward: {@code dG = dS·H}, {@code dH = dS^T·G}, then each MLP's backward.
 */
public final class SeparableCritic implements Critic {

    private static final String X_PREFIX = "x.";
    private static final String Y_PREFIX = "y.";

    private final Mlp xEmbedding;
    private final Mlp yEmbedding;

    /**
     * @param xEmbedding g, mapping x to d dimensions
     * @param yEmbedding h, mapping y to the same d dimensions
     * @throws IllegalArgumentException if the output sizes differ
     */
    public SeparableCritic(Mlp xEmbedding, Mlp yEmbedding) {
        if (xEmbedding.outputSize() != yEmbedding.outputSize()) {
            throw new IllegalArgumentException("the embeddings of x and y must have the same size, got "
                    + xEmbedding.outputSize() + " and " + yEmbedding.outputSize());
        }
        this.xEmbedding = xEmbedding;
        this.yEmbedding = yEmbedding;
    }

    /**
     * Two ReLU MLPs with the given hidden sizes and a linear output layer of {@code embeddingSize}
     * (Poole et al.: hidden {256, 256}, embedding 32).
     *
     * @param xSize         dimension of x
     * @param ySize         dimension of y
     * @param hiddenSizes   hidden layer sizes of each MLP (may be empty: linear embeddings)
     * @param embeddingSize d
     * @return the critic
     */
    public static SeparableCritic of(int xSize, int ySize, int[] hiddenSizes, int embeddingSize) {
        return new SeparableCritic(Mlp.of(CriticInputs.sizes(xSize, hiddenSizes, embeddingSize)),
                Mlp.of(CriticInputs.sizes(ySize, hiddenSizes, embeddingSize)));
    }

    @Override
    public int xSize() {
        return xEmbedding.inputSize();
    }

    @Override
    public int ySize() {
        return yEmbedding.inputSize();
    }

    /** @return d, the size of both embeddings */
    public int embeddingSize() {
        return xEmbedding.outputSize();
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        List<ParameterSpec> specs = new ArrayList<>();
        xEmbedding.parameterSpecs().forEach(s -> specs.add(s.withPrefix(X_PREFIX)));
        yEmbedding.parameterSpecs().forEach(s -> specs.add(s.withPrefix(Y_PREFIX)));
        return specs;
    }

    @Override
    public void bind(ParameterViews views) {
        xEmbedding.bind(views.scoped(X_PREFIX));
        yEmbedding.bind(views.scoped(Y_PREFIX));
    }

    @Override
    public CriticForward forward(INDArray x, INDArray y, ForwardMode mode) {
        CriticInputs.check(this, x, y);
        Forward g = xEmbedding.forward(x, null, mode);
        Forward h = yEmbedding.forward(y, null, mode);
        INDArray scores = Nd4j.gemm(g.output(), h.output(), false, true);
        return new CriticForward(scores, gradScores -> {
            INDArray gradG = Nd4j.gemm(gradScores, h.output(), false, false);
            INDArray gradH = Nd4j.gemm(gradScores, g.output(), true, false);
            return new PairGradients(g.backward(gradG), h.backward(gradH));
        });
    }

    @Override
    public String toString() {
        return "SeparableCritic[g=" + xEmbedding + ", h=" + yEmbedding + "]";
    }
}
