package org.graphinfomax.layers;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.graphinfomax.graph.RowEpilogue;
import org.graphinfomax.graph.HostBuffers;
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
        double[] slopeRow = new double[d];
        float[] slopeRowF = new float[d];
        for (int k = 0; k < d; k++) {
            bf[k] = (float) b[k];
            slopeRow[k] = slope(k);
            slopeRowF[k] = (float) slopeRow[k];
        }
        boolean floatInput = preActivation != null && preActivation.dataType() == DataType.FLOAT;
        boolean doubleInput = preActivation != null && preActivation.dataType() == DataType.DOUBLE;
        FloatBuffer zf = floatInput ? HostBuffers.floats(preActivation) : null;
        DoubleBuffer zd = doubleInput ? HostBuffers.doubles(preActivation) : null;
        // y = max(z, 0) + a·min(z, 0): no data-dependent branch (half the signs are unpredictable), and
        // C2 vectorises Math.max/min; equal to "z if z > 0 else a·z" for every z, zero included.
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
                    v[k] = Math.max(v[k], 0f) + slopeRowF[k] * Math.min(v[k], 0f);
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
                    v[k] = Math.max(v[k], 0.0) + slopeRow[k] * Math.min(v[k], 0.0);
                }
            }
        };
    }

    /**
     * Turns {@code g} (gradient with respect to the activation's output) into the gradient with
     * respect to the pre-activation, in place, and accumulates the bias gradient (column sums of the
     * result) and, for a PReLU, the slope gradient (Σ g·z over z &lt; 0).
     *
     * <p>The sweep has no data-dependent branch, so that C2 vectorises it: whether an entry takes
     * the slope is a 0/1 step built from min and max ({@link #unitStep}), and the derivative is
     * {@code (1 - step) + a·step}, exactly 1 or a. With a branch per entry, mispredicting the signs
     * made this sweep cost about as much as a sparse product (measured on Cora, 2,708 x 512).
     *
     * @param reference the pre-activation z, or the output y when {@code referenceIsOutput}
     *     (allowed when {@link #invertibleFromOutput()})
     * @param biasGradient (1 x d) view to add to, or null without bias
     */
    void backward(INDArray g, INDArray reference, boolean referenceIsOutput, INDArray biasGradient) {
        int d = (int) g.columns();
        Sweep sweep = new Sweep(d, referenceIsOutput);
        if (g.dataType() == DataType.FLOAT && reference.dataType() == DataType.FLOAT) {
            sweep.floats(HostBuffers.floats(g), HostBuffers.floats(contiguous(reference)), (int) g.rows());
        } else {
            sweep.doubles(RowBuffer.of(g), RowBuffer.of(contiguous(reference)), (int) g.rows());
        }
        if (biasGradient != null) {
            addInto(biasGradient, sweep.biasSums);
        }
        if (trainable != null) {
            addInto(trainable.slopeGradient(), slopes.length == 1 ? new double[] {sum(sweep.slopeSums)} : sweep.slopeSums);
        }
    }

    /**
     * 1 for x &gt; 0 and 0 for x &le; 0 (both zeros), exactly, using only multiply, max and min:
     * the two scalings lift even the smallest positive double (2^-1074) above 1 before clamping.
     */
    private static double unitStep(double x) {
        return Math.min(Math.max(x * 0x1p1023 * 0x1p1023, 0.0), 1.0);
    }

    /** The FLOAT form of {@link #unitStep(double)}. */
    private static float unitStep(float x) {
        return Math.min(Math.max(x * 0x1p127f * 0x1p127f, 0f), 1f);
    }

    /**
     * One backward sweep's per-column constants and sums. "Takes the slope" is
     * {@code offset + scale · unitStep(sign · r)}: for PReLU and the identity (zero counts as
     * positive) that is unitStep(-r), i.e. r &lt; 0; for ReLU 1 - unitStep(r), i.e. r &le; 0.
     */
    private final class Sweep {
        final double[] biasSums;
        final double[] slopeSums;
        /** a per column. */
        final double[] slopeRow;
        /** Maps the negative part of the reference to z (1 for z itself, 1/a for an output). */
        final double[] toPreActivation;
        final double sign;
        final double offset;
        final double scale;

        Sweep(int d, boolean referenceIsOutput) {
            biasSums = new double[d];
            slopeSums = new double[d];
            slopeRow = new double[d];
            toPreActivation = new double[d];
            for (int k = 0; k < d; k++) {
                double a = slope(k);
                slopeRow[k] = a;
                // a ReLU (a = 0) has no slope gradient, so its factor does not matter
                toPreActivation[k] = !referenceIsOutput ? 1 : a == 0 ? 0 : 1 / a;
            }
            sign = zeroIsPositive ? -1 : 1;
            offset = zeroIsPositive ? 0 : 1;
            scale = zeroIsPositive ? 1 : -1;
        }

        void doubles(RowBuffer gradients, RowBuffer references, int n) {
            int d = biasSums.length;
            double[] g = new double[d];
            double[] r = new double[d];
            for (int i = 0; i < n; i++) {
                gradients.get(i, g);
                references.get(i, r);
                for (int k = 0; k < d; k++) {
                    double takesSlope = offset + scale * unitStep(sign * r[k]);
                    slopeSums[k] += g[k] * Math.min(r[k], 0.0) * toPreActivation[k];
                    g[k] *= (1 - takesSlope) + slopeRow[k] * takesSlope;
                    biasSums[k] += g[k];
                }
                gradients.put(i, g);
            }
        }

        /**
         * The FLOAT sweep: float arithmetic per entry, column sums gathered in float over blocks
         * of {@link #BLOCK} rows and then added in double, so long columns keep their precision.
         */
        void floats(FloatBuffer gradients, FloatBuffer references, int n) {
            int d = biasSums.length;
            float[] g = new float[d];
            float[] r = new float[d];
            float[] a = toFloats(slopeRow);
            float[] toZ = toFloats(toPreActivation);
            float[] biasBlock = new float[d];
            float[] slopeBlock = new float[d];
            float sg = (float) sign;
            float off = (float) offset;
            float sc = (float) scale;
            for (int i = 0; i < n; i++) {
                gradients.get(i * d, g, 0, d);
                references.get(i * d, r, 0, d);
                for (int k = 0; k < d; k++) {
                    float takesSlope = off + sc * unitStep(sg * r[k]);
                    slopeBlock[k] += g[k] * Math.min(r[k], 0f) * toZ[k];
                    g[k] *= (1 - takesSlope) + a[k] * takesSlope;
                    biasBlock[k] += g[k];
                }
                gradients.put(i * d, g, 0, d);
                if ((i + 1) % BLOCK == 0 || i == n - 1) {
                    for (int k = 0; k < d; k++) {
                        biasSums[k] += biasBlock[k];
                        slopeSums[k] += slopeBlock[k];
                    }
                    Arrays.fill(biasBlock, 0f);
                    Arrays.fill(slopeBlock, 0f);
                }
            }
        }
    }

    private static final int BLOCK = 64;

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = (float) values[k];
        }
        return out;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static void addInto(INDArray target, double[] values) {
        for (int k = 0; k < values.length; k++) {
            target.putScalar(k, target.getDouble(k) + values[k]);
        }
    }

    /** A 'c'-ordered copy unless the array already is a plain 'c'-ordered array. */
    static INDArray contiguous(INDArray a) {
        return HostBuffers.isPlain(a) ? a : a.dup('c');
    }


    @Override
    public String toString() {
        return "LeakyPointwise" + Arrays.toString(slopes);
    }
}
