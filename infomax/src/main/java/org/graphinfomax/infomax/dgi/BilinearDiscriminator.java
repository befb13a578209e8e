package org.graphinfomax.infomax.dgi;

import java.util.List;
import org.graphinfomax.layers.Initializer;
import org.graphinfomax.layers.MatrixVector;
import org.graphinfomax.layers.Parameter;
import org.graphinfomax.layers.ParameterSpec;
import org.graphinfomax.layers.ParameterViews;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The bilinear score h^T W s + b of DGI. The reference implementation materialises an N x d x d
 * tensor for it; here it is one matrix-vector product per branch: v = W·s is computed once, and
 * the scores are H·v + b. Backward: dv = H^T g + H'^T g', dW = dv s^T, ds = W^T dv, dH = g v^T.
 *
 * <p>Initialisation as the reference (torch's {@code xavier_uniform_} on the (1, d, d) weight of
 * {@code nn.Bilinear}, whose fan-in is d·d and fan-out d): uniform on ±sqrt(6 / (d² + d)); bias 0.
 */
public final class BilinearDiscriminator implements Discriminator {

    private final int d;
    private INDArray weight;
    private INDArray weightGrad;
    private INDArray bias;
    private INDArray biasGrad;

    /** @param d width of node embeddings and summary */
    public BilinearDiscriminator(int d) {
        if (d < 1) {
            throw new IllegalArgumentException("width must be positive, got " + d);
        }
        this.d = d;
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        double a = Math.sqrt(6.0 / ((double) d * d + d));
        return List.of(new ParameterSpec("weight", new long[] {d, d}, Initializer.uniform(-a, a)),
                new ParameterSpec("bias", new long[] {1, 1}, Initializer.zeros()));
    }

    @Override
    public void bind(ParameterViews views) {
        Parameter w = views.get("weight");
        Parameter b = views.get("bias");
        this.weight = w.value();
        this.weightGrad = w.gradient();
        this.bias = b.value();
        this.biasGrad = b.gradient();
    }

    @Override
    public Scores score(INDArray clean, INDArray corrupted, INDArray summary) {
        requireBound();
        requireWidth(clean, "clean embeddings");
        requireWidth(corrupted, "corrupted embeddings");
        INDArray s = summary.reshape(d, 1);
        INDArray v = MatrixVector.times(weight, s);
        double b = bias.getDouble(0);
        INDArray positive = MatrixVector.times(clean, v).addi(b);
        INDArray negative = MatrixVector.times(corrupted, v).addi(b);
        return new Scores() {
            @Override
            public INDArray positive() {
                return positive;
            }

            @Override
            public INDArray negative() {
                return negative;
            }

            @Override
            public InputGradients backward(INDArray gradPositive, INDArray gradNegative) {
                INDArray gv = MatrixVector.transposeTimes(clean, gradPositive);
                MatrixVector.transposeTimesInto(corrupted, gradNegative, gv, 1.0);
                biasGrad.addi(gradPositive.sumNumber().doubleValue() + gradNegative.sumNumber().doubleValue());
                Nd4j.gemm(gv, s, weightGrad, false, true, 1.0, 1.0);
                INDArray gs = MatrixVector.transposeTimes(weight, gv);
                INDArray vt = v.reshape(1, d);
                return new InputGradients(outer(gradPositive, vt), outer(gradNegative, vt),
                        gs.reshape(1, d));
            }
        };
    }

    /** The outer product a·b for a (n x 1) and b (1 x d), into a new array. */
    private static INDArray outer(INDArray a, INDArray b) {
        INDArray out = Nd4j.createUninitialized(a.dataType(), a.rows(), b.columns());
        Nd4j.gemm(a, b, out, false, false, 1.0, 0.0);
        return out;
    }

    private void requireWidth(INDArray x, String what) {
        if (x.rank() != 2 || x.columns() != d) {
            throw new IllegalArgumentException(what + " must have " + d + " columns, got shape "
                    + java.util.Arrays.toString(x.shape()));
        }
    }

    private void requireBound() {
        if (weight == null) {
            throw new IllegalStateException("the discriminator has no parameters yet: add it to a ParameterStore");
        }
    }

    @Override
    public String toString() {
        return "bilinear(" + d + ")";
    }
}
