package org.graphinfomax.layers;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.graphinfomax.graph.RowEpilogue;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The activations ReLU, PReLU (shared or per channel) and identity seen as one function with
 * slopes, y = z for positive z and a·z otherwise (a = 0 for ReLU, 1 for identity), for the fused
 * CPU pass of a GCN layer: the forward pass runs as an epilogue of the sparse product (bias added,
 * pre-activation saved, activation applied while the row is in cache), and the backward pass is
 * one sweep that forms the pre-activation gradient and accumulates the bias and slope gradients.
 * Results equal the separate ND4J operations of {@link Relu}, {@link PRelu} and {@link Identity},
 * including the derivative at exactly zero (0 for ReLU, 1 for PReLU).
 *
 * <p>When every slope is positive (or the activation is ReLU or the identity) the output alone
 * determines the derivative (and z = y / a where y is negative), so nothing else is kept for the
 * backward pass; only a PReLU with a slope at or below zero keeps its pre-activation.
 */
final class LeakyPointwise {

    private final double[] slopes;
    private final boolean zeroIsPositive;
    private final PRelu trainable;

    private LeakyPointwise(double[] slopes, boolean zeroIsPositive, PRelu trainable) {
        this.slopes = slopes;
        this.zeroIsPositive = zeroIsPositive;
        this.trainable = trainable;
    }

    /** The pointwise form of an activation layer, or null if it has none. */
    static LeakyPointwise of(ActivationLayer activation) {
        if (activation instanceof Relu) {
            return new LeakyPointwise(new double[] {0}, false, null);
        }
        if (activation instanceof Identity) {
            return new LeakyPointwise(new double[] {1}, true, null);
        }
        if (activation instanceof PRelu p) {
            return new LeakyPointwise(p.slopeValues(), true, p);
        }
        return null;
    }

    private double slope(int k) {
        return slopes.length == 1 ? slopes[0] : slopes[k];
    }

    private boolean positive(double z) {
        return z > 0 || (z == 0 && zeroIsPositive);
    }

    /** Whether the backward pass can work from the output alone (see the class comment). */
    boolean invertibleFromOutput() {
        if (trainable == null) {
            return true;
        }
        for (double a : slopes) {
            if (!(a > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The epilogue that adds the bias, stores the pre-activation (if {@code preActivation} is not
     * null) and applies the activation in place.
     */
    RowEpilogue epilogue(INDArray bias, INDArray preActivation, int d) {
        double[] b = bias == null ? new double[d] : bias.toDoubleVector();
        float[] bf = new float[d];
        for (int k = 0; k < d; k++) {
            bf[k] = (float) b[k];
        }
        FloatBuffer zf = preActivation != null && preActivation.dataType() == DataType.FLOAT ? floats(preActivation) : null;
        DoubleBuffer zd = preActivation != null && preActivation.dataType() == DataType.DOUBLE ? doubles(preActivation) : null;
        return new RowEpilogue() {
            @Override
            public void apply(int row, float[] v) {
                for (int k = 0; k < d; k++) {
                    v[k] += bf[k];
                }
                if (zf != null) {
                    zf.put(row * d, v, 0, d);
                }
                for (int k = 0; k < d; k++) {
                    if (!positive(v[k])) {
                        v[k] = (float) (slope(k) * v[k]);
                    }
                }
            }

            @Override
            public void apply(int row, double[] v) {
                for (int k = 0; k < d; k++) {
                    v[k] += b[k];
                }
                if (zd != null) {
                    zd.put(row * d, v, 0, d);
                }
                for (int k = 0; k < d; k++) {
                    if (!positive(v[k])) {
                        v[k] = slope(k) * v[k];
                    }
                }
            }
        };
    }

    /**
     * Turns {@code g} (gradient with respect to the activation's output) into the gradient with
     * respect to the pre-activation, in place, and accumulates the bias gradient (column sums of the
     * result) and, for a PReLU, the slope gradient (Σ g·z over z &lt; 0).
     *
     * @param reference the pre-activation z, or the output y when {@code referenceIsOutput}
     *     (allowed when {@link #invertibleFromOutput()})
     * @param biasGradient (1 x d) view to add to, or null without bias
     */
    void backward(INDArray g, INDArray reference, boolean referenceIsOutput, INDArray biasGradient) {
        int n = (int) g.rows();
        int d = (int) g.columns();
        double[] biasSums = new double[d];
        double[] slopeSums = new double[slopes.length];
        RowBuffer gradients = RowBuffer.of(g);
        RowBuffer references = RowBuffer.of(reference);
        double[] gr = new double[d];
        double[] rr = new double[d];
        for (int i = 0; i < n; i++) {
            gradients.get(i, gr);
            references.get(i, rr);
            for (int k = 0; k < d; k++) {
                if (!positive(rr[k])) {
                    double z = referenceIsOutput ? rr[k] / slope(k) : rr[k];
                    slopeSums[slopes.length == 1 ? 0 : k] += gr[k] * z;
                    gr[k] *= slope(k);
                }
                biasSums[k] += gr[k];
            }
            gradients.put(i, gr);
        }
        if (biasGradient != null) {
            addInto(biasGradient, biasSums);
        }
        if (trainable != null) {
            addInto(trainable.slopeGradient(), slopeSums);
        }
    }

    private static void addInto(INDArray target, double[] values) {
        for (int k = 0; k < values.length; k++) {
            target.putScalar(k, target.getDouble(k) + values[k]);
        }
    }

    /** A 'c'-ordered copy unless the array already is a plain 'c'-ordered array. */
    static INDArray contiguous(INDArray a) {
        return a.ordering() == 'c' && !a.isView() ? a : a.dup('c');
    }

    private static FloatBuffer floats(INDArray a) {
        return a.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    private static DoubleBuffer doubles(INDArray a) {
        return a.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer();
    }

    @Override
    public String toString() {
        return "LeakyPointwise" + Arrays.toString(slopes);
    }
}
