package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Numerically stable element-wise building blocks on ND4J arrays (and their scalar twins).
 *
 * <p>Softplus is evaluated as {@code max(x, 0) + log1p(exp(-|x|))}, which never overflows. Exponentials
 * saturate: {@code exp(x)} is evaluated as {@code exp(min(x, cap))} with {@code cap} = {@value #FLOAT_EXP_CAP}
 * for FLOAT and {@value #DOUBLE_EXP_CAP} for DOUBLE arrays, so a bound whose exact value lies beyond the
 * floating-point range yields a huge finite number instead of infinity (and no NaN further down the line);
 * below the cap the value is exact.
 */
final class StableOps {

    /** Largest exponent evaluated exactly for FLOAT arrays (e^80 is about 5.5e34, leaving room for sums). */
    static final double FLOAT_EXP_CAP = 80.0;
    /** Largest exponent evaluated exactly for DOUBLE arrays. */
    static final double DOUBLE_EXP_CAP = 700.0;
    /** Added (negated) to entries outside a mask before a max or log-sum-exp, so that they weigh nothing. */
    static final double MASK_PENALTY = 1e30;

    private StableOps() {
    }

    /** @return the saturation exponent for arrays of the given type */
    static double expCap(DataType type) {
        return type == DataType.DOUBLE ? DOUBLE_EXP_CAP : FLOAT_EXP_CAP;
    }

    /** @return a new array {@code exp(scale * x + shift)}, saturating at the type's cap */
    static INDArray exp(INDArray x, double scale, double shift) {
        INDArray out = x.mul(scale);
        if (shift != 0) {
            out.addi(shift);
        }
        Transforms.min(out, expCap(x.dataType()), false);
        return Transforms.exp(out, false);
    }

    /** @return a new array {@code softplus(scale * x) = log(1 + exp(scale * x))} in the stable form */
    static INDArray softplus(INDArray x, double scale) {
        INDArray scaled = x.mul(scale);
        INDArray tail = Transforms.abs(scaled, true).negi();
        Transforms.exp(tail, false);
        Transforms.log1p(tail, false);
        return tail.addi(Transforms.relu(scaled, false));
    }

    /** @return a new array {@code sigmoid(scale * x)} */
    static INDArray sigmoid(INDArray x, double scale) {
        return Transforms.sigmoid(x.mul(scale), false);
    }

    /** Up to this many elements a FLOAT array is summed in one FLOAT pass (relative error well below 1e-5). */
    private static final long SHORT_FLOAT_SUM = 1 << 16;

    /**
     * @return the sum of all elements as a double; large FLOAT arrays are summed row by row in FLOAT and the
     *     row sums in DOUBLE, which keeps the rounding error of million-element score matrices near 1e-7
     *     instead of the 1e-4 of one long FLOAT accumulation
     */
    static double sum(INDArray x) {
        if (x.dataType() == DataType.DOUBLE || x.length() <= SHORT_FLOAT_SUM) {
            return x.sumNumber().doubleValue();
        }
        if (x.rank() == 2 && x.rows() > 1 && x.columns() > 1) {
            return x.sum(1).castTo(DataType.DOUBLE).sumNumber().doubleValue();
        }
        return x.castTo(DataType.DOUBLE).sumNumber().doubleValue();
    }

    /**
     * {@code target += scale * values} in one BLAS axpy pass when both arrays are dense and alike.
     *
     * @param target array accumulated into
     * @param scale  factor
     * @param values array of the target's shape and type; may be overwritten
     */
    static void addScaled(INDArray target, double scale, INDArray values) {
        boolean dense = target.ordering() == values.ordering() && !target.isView() && !values.isView()
                && target.dataType() == values.dataType();
        if (dense) {
            Nd4j.getBlasWrapper().level1().axpy(target.length(), scale, values, target);
        } else {
            target.addi(scale == 1.0 ? values : values.muli(scale));
        }
    }

    /** @return {@code log(1 + exp(x))} without overflow */
    static double softplus(double x) {
        return Logistic.softplus(x);
    }

    /** @return {@code 1 / (1 + exp(-x))} without overflow */
    static double sigmoid(double x) {
        return Logistic.sigmoid(x);
    }

    /** @return {@code log(exp(a) + exp(b))} without overflow; either argument may be negative infinity */
    static double logAddExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
    }

    /** @return the array's elements as doubles in row-major order (one bulk copy) */
    static double[] toHost(INDArray x) {
        return x.dup('c').data().asDouble();
    }

    /** @return a new array of the given shape and type holding {@code values} in row-major order */
    static INDArray fromHost(double[] values, long[] shape, DataType type) {
        return Nd4j.create(values, shape, type);
    }
}
