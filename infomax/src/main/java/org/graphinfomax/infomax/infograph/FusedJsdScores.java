package org.graphinfomax.infomax.infograph;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.graphinfomax.infomax.mi.Logistic;
import org.graphinfomax.graph.HostBuffers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The JSD bound of a score matrix with exactly one positive entry per row (InfoGraph's node x graph
 * scores, or a square matrix with positives on the diagonal), its loss and its score gradient in a
 * few whole-matrix passes. It gives the same figures as the general estimator
 * ({@code MiEstimators.measure(JSD)} on {@code CriticScores.byGraph} / {@code square}) without
 * building masks: with {@code sp} the softplus, {@code P} positives and {@code M} negatives,
 * <pre>
 *   E_P = log 2 - (1/P) sum_pos sp(-s)
 *   E_Q = (1/M) (sum_all sp(s) - sum_pos sp(s)) - log 2
 *   loss = E_Q - E_P,   d loss/d s = sigmoid(s)/M off the positives, -sigmoid(-s)/P on them
 * </pre>
 * The P positive entries are handled in Java, in double.
 *
 * <p>Two passes give the whole-matrix figures. On the CPU backend a FLOAT matrix goes through
 * {@link FloatLogisticKernel}: one Java pass over the off-heap buffer, one exponential per score
 * for its softplus and its sigmoid. Otherwise (DOUBLE, which gradient checks use, or a GPU
 * backend) ND4J operations: softplus in the stable form {@code relu(s) + log1p(exp(-|s|))}, whose
 * relu part sums to {@code (sum s + sum |s|)/2}, whole-matrix sums as row sums (a matrix-vector
 * product) accumulated in double. Tests hold the two to the same figures.
 */
final class FusedJsdScores {

    private static final double LOG_2 = Math.log(2.0);

    private FusedJsdScores() {
    }

    /**
     * @param scores (R x C) scores, FLOAT or DOUBLE, C at least 2; not modified
     * @param positiveColumn the column of each row's positive entry, in [0, C)
     * @param withGradient whether to compute d loss / d scores
     * @return the bound, with the gradient if asked
     */
    static Result evaluate(INDArray scores, int[] positiveColumn, boolean withGradient) {
        boolean kernel = scores.dataType() == DataType.FLOAT && Nd4j.getEnvironment().isCPU();
        return evaluate(scores, positiveColumn, withGradient, kernel);
    }

    /**
     * As {@link #evaluate(INDArray, int[], boolean)} with the pass chosen: {@code floatKernel} for
     * {@link FloatLogisticKernel} (FLOAT scores only), otherwise ND4J operations.
     */
    static Result evaluate(INDArray scores, int[] positiveColumn, boolean withGradient, boolean floatKernel) {
        INDArray s = HostBuffers.isPlain(scores) ? scores : scores.dup('c');
        int rows = (int) s.rows();
        int columns = (int) s.columns();
        if (positiveColumn.length != rows) {
            throw new IllegalArgumentException("score matrix has " + rows + " rows but " + positiveColumn.length
                    + " positive columns were given");
        }
        if (floatKernel && s.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("the float kernel takes FLOAT scores, got " + s.dataType());
        }
        double[] positives = positiveScores(s, positiveColumn, columns);
        double positiveCount = rows;
        double negativeCount = (double) rows * columns - rows;
        INDArray sigmoid = withGradient ? Nd4j.createUninitialized(s.dataType(), s.shape()) : null;
        double softplusAll = floatKernel ? new FloatLogisticKernel().softplusSum(HostBuffers.floats(s),
                sigmoid == null ? null : HostBuffers.floats(sigmoid), (int) s.length()) : softplusSumByOps(s, sigmoid);
        double softplusPositive = 0;
        double softplusMinusPositive = 0;
        for (double v : positives) {
            softplusPositive += Logistic.softplus(v);
            softplusMinusPositive += Logistic.softplus(-v);
        }
        double positiveTerm = LOG_2 - softplusMinusPositive / positiveCount;
        double negativeTerm = (softplusAll - softplusPositive) / negativeCount - LOG_2;
        double value = positiveTerm - negativeTerm;
        if (!withGradient) {
            return new Result(-value, value, null, 0);
        }
        double[] onPositives = new double[rows];
        for (int r = 0; r < rows; r++) {
            onPositives[r] = -Logistic.sigmoid(-positives[r]) * negativeCount / positiveCount;
        }
        writePositives(sigmoid, positiveColumn, columns, onPositives);
        return new Result(-value, value, sigmoid, 1.0 / negativeCount);
    }

    /**
     * The bound and, if asked, the gradient as {@code scale x gradient}: the gradient array holds
     * sigmoid(s) off the positives and {@code -sigmoid(-s) M/P} on them, and {@code scale = 1/M}
     * is left to the products that consume it (as their alpha), so that no entry is scaled into
     * the subnormal range.
     *
     * @param loss minus the bound
     * @param value the bound, in nats
     * @param gradient d loss / d scores divided by {@code scale}, or null
     * @param scale the factor of {@code gradient}
     */
    record Result(double loss, double value, INDArray gradient, double scale) {

        /** d loss / d scores as one new array (for tests and small matrices). */
        INDArray scaledGradient() {
            return gradient.mul(scale);
        }
    }

    /** The sum of softplus over all entries, and the sigmoids if {@code sigmoidOut} is given. */
    private static double softplusSumByOps(INDArray s, INDArray sigmoidOut) {
        INDArray ones = Nd4j.ones(s.dataType(), s.columns(), 1);
        double sumScores = sum(s, ones);
        INDArray tail = Transforms.abs(s, true);
        double sumAbs = sum(tail, ones);
        Transforms.exp(tail.negi(), false);
        Transforms.log1p(tail, false);
        double total = (sumScores + sumAbs) / 2 + sum(tail, ones);
        if (sigmoidOut != null) {
            Transforms.sigmoid(sigmoidOut.assign(s), false);
        }
        return total;
    }

    private static double[] positiveScores(INDArray s, int[] positiveColumn, int columns) {
        double[] out = new double[positiveColumn.length];
        if (s.dataType() == DataType.DOUBLE) {
            DoubleBuffer b = HostBuffers.doubles(s);
            for (int r = 0; r < out.length; r++) {
                out[r] = b.get(index(r, positiveColumn[r], columns));
            }
        } else {
            FloatBuffer b = HostBuffers.floats(s);
            for (int r = 0; r < out.length; r++) {
                out[r] = b.get(index(r, positiveColumn[r], columns));
            }
        }
        return out;
    }

    private static void writePositives(INDArray g, int[] positiveColumn, int columns, double[] values) {
        if (g.dataType() == DataType.DOUBLE) {
            DoubleBuffer b = HostBuffers.doubles(g);
            for (int r = 0; r < values.length; r++) {
                b.put(index(r, positiveColumn[r], columns), values[r]);
            }
        } else {
            FloatBuffer b = HostBuffers.floats(g);
            for (int r = 0; r < values.length; r++) {
                b.put(index(r, positiveColumn[r], columns), (float) values[r]);
            }
        }
    }

    private static int index(int row, int column, int columns) {
        if (column < 0 || column >= columns) {
            throw new IllegalArgumentException("positive column of row " + row + " is " + column + ", outside [0, "
                    + columns + ")");
        }
        return row * columns + column;
    }

    /**
     * The sum of all entries: row sums by one matrix-vector product (several times faster than a
     * reduction along rows here), then the row sums added in double.
     */
    private static double sum(INDArray x, INDArray onesColumn) {
        INDArray rowSums = Nd4j.gemm(x, onesColumn, false, false);
        double total = 0;
        if (x.dataType() == DataType.DOUBLE) {
            DoubleBuffer b = HostBuffers.doubles(rowSums);
            for (int i = 0; i < x.rows(); i++) {
                total += b.get(i);
            }
        } else {
            FloatBuffer b = HostBuffers.floats(rowSums);
            for (int i = 0; i < x.rows(); i++) {
                total += b.get(i);
            }
        }
        return total;
    }
}
