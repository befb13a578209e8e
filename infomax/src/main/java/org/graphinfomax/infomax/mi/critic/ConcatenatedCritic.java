package org.graphinfomax.infomax.mi.critic;

import java.util.List;
import org.graphinfomax.layers.ActivationLayer;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.Layer;
import org.graphinfomax.layers.Mlp;
import org.graphinfomax.layers.ParameterSpec;
import org.graphinfomax.layers.ParameterViews;
import org.graphinfomax.layers.Sequential;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The concatenated critic {@code f(x, y) = MLP([x, y])} of Poole et al. 2019 (Section 2; "concat critic"),
 * evaluated on all K x K pairs {@code [x_i, y_j]}. Its parameters are exactly those of
 * {@code Mlp.of(xSize + ySize, hidden..., 1)} (same names, shapes and initialisation), and its scores equal
 * that MLP applied to the K^2 concatenated rows.
 *
 * <p>The K^2 x (xSize + ySize) pair matrix is never built. The first layer is linear, so with
 * {@code W = [W_x; W_y]} its pre-activation for pair (i, j) is {@code a_i + b_j} with {@code A = X·W_x + bias}
 * and {@code B = Y·W_y} (K rows each); one broadcast addition of A (as K x 1 x h) and B (as 1 x K x h) gives
 * the K^2 x h pre-activations of all pairs, ordered row i, column j. The remaining layers run on those K^2
 * rows and the final K^2 x 1 scores are viewed as K x K. Backward sums the pre-activation gradient over j
 * (for A) and over i (for B) and back-propagates through both projections to both inputs. This saves the
 * K^2 x (xSize + ySize) x h product of the first layer (and the pair matrix) at no change of the function.
 */
public final class ConcatenatedCritic implements Critic {

    private static final String WEIGHT = "0.weight";
    private static final String BIAS = "0.bias";

    private final int xSize;
    private final int ySize;
    private final Mlp mlp;
    private final ActivationLayer firstActivation;
    private final Sequential rest;
    private INDArray weight;
    private INDArray bias;
    private INDArray weightGradient;
    private INDArray biasGradient;

    /**
     * @param xSize       dimension of x
     * @param ySize       dimension of y
     * @param hiddenSizes ReLU hidden layer sizes, at least one (Poole et al.: {256, 256})
     * @throws IllegalArgumentException if there is no hidden layer or a size is not positive
     */
    public ConcatenatedCritic(int xSize, int ySize, int[] hiddenSizes) {
        if (xSize < 1 || ySize < 1) {
            throw new IllegalArgumentException("input sizes must be positive, got " + xSize + " and " + ySize);
        }
        if (hiddenSizes.length == 0) {
            throw new IllegalArgumentException("a concatenated critic needs at least one hidden layer");
        }
        this.xSize = xSize;
        this.ySize = ySize;
        this.mlp = Mlp.of(CriticInputs.sizes(xSize + ySize, hiddenSizes, 1));
        List<Layer> layers = mlp.layers();
        this.firstActivation = (ActivationLayer) layers.get(1);
        this.rest = new Sequential(layers.subList(2, layers.size()));
    }

    @Override
    public int xSize() {
        return xSize;
    }

    @Override
    public int ySize() {
        return ySize;
    }

    /** @return the MLP on concatenated pairs whose parameters this critic uses */
    public Mlp mlp() {
        return mlp;
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        return mlp.parameterSpecs();
    }

    @Override
    public void bind(ParameterViews views) {
        mlp.bind(views);
        weight = views.get(WEIGHT).value();
        bias = views.get(BIAS).value();
        weightGradient = views.get(WEIGHT).requireGradient();
        biasGradient = views.get(BIAS).requireGradient();
    }

    @Override
    public CriticForward forward(INDArray x, INDArray y, ForwardMode mode) {
        CriticInputs.check(this, x, y);
        if (weight == null) {
            throw new IllegalStateException(this + " is not bound to a ParameterStore; build a store with it first");
        }
        if (x.dataType() != weight.dataType() || y.dataType() != weight.dataType()) {
            throw new IllegalArgumentException(this + " has " + weight.dataType() + " parameters but got "
                    + x.dataType() + " and " + y.dataType() + " inputs");
        }
        int k = (int) x.rows();
        int hidden = (int) weight.columns();
        INDArray xWeight = rowsOf(weight, 0, xSize);
        INDArray yWeight = rowsOf(weight, xSize, xSize + ySize);
        INDArray a = Nd4j.gemm(x, xWeight, false, false).addiRowVector(bias);
        INDArray b = Nd4j.gemm(y, yWeight, false, false);
        // Broadcasting add (not assign, which does not broadcast in ND4J 1.0.0-M2.1).
        INDArray pairs = a.reshape(k, 1, hidden).add(b.reshape(1, k, hidden));
        Forward activated = firstActivation.forwardInPlace(pairs.reshape(k * (long) k, hidden), null, mode);
        Forward head = rest.forward(activated.output(), null, mode);
        INDArray scores = head.output().reshape(k, k);
        return new CriticForward(scores, gradScores -> {
            INDArray gradPairs = activated.backward(head.backward(gradScores.reshape(k * (long) k, 1)));
            INDArray byPair = gradPairs.reshape(k, k, hidden);
            INDArray gradA = byPair.sum(1);
            INDArray gradB = byPair.sum(0);
            Nd4j.gemm(x, gradA, rowsOf(weightGradient, 0, xSize), true, false, 1.0, 1.0);
            Nd4j.gemm(y, gradB, rowsOf(weightGradient, xSize, xSize + ySize), true, false, 1.0, 1.0);
            biasGradient.addi(gradA.sum(true, 0));
            return new PairGradients(Nd4j.gemm(gradA, xWeight, false, true), Nd4j.gemm(gradB, yWeight, false, true));
        });
    }

    private static INDArray rowsOf(INDArray matrix, long from, long to) {
        return matrix.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }

    @Override
    public String toString() {
        return "ConcatenatedCritic[" + mlp + "]";
    }
}
