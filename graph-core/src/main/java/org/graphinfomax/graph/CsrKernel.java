package org.graphinfomax.graph;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Sparse x dense on the CPU: the dense operand is copied once from its off-heap buffer into a Java
 * array (so the inner loop vectorises), each output row is accumulated in a small scratch row and
 * written to the off-heap result in one bulk copy. Rows are split into chunks of similar work that
 * run on {@link ComputeThreads}.
 */
enum CsrKernel implements SparseMatmul {
    INSTANCE;

    /** Below this many multiply-adds a product runs on the calling thread. */
    private static final long PARALLEL_THRESHOLD = 1L << 18;

    @Override
    public INDArray multiply(SparseMatrix a, INDArray x) {
        SparseMatmul.checkOperands(a, x);
        int d = Math.toIntExact(x.columns());
        INDArray out = Nd4j.createUninitialized(x.dataType(), a.rows(), d);
        if (a.rows() == 0 || d == 0) {
            return out;
        }
        INDArray dense = (x.ordering() == 'c' && !x.isView()) ? x : x.dup('c');
        int[] bounds = RowChunks.split(a, d, PARALLEL_THRESHOLD, ComputeThreads.parallelism());
        if (x.dataType() == DataType.DOUBLE) {
            double[] xs = new double[Math.toIntExact(dense.length())];
            doubleBuffer(dense).get(0, xs);
            DoubleBuffer target = doubleBuffer(out);
            RowChunks.run(bounds, (from, to) -> multiplyRows(a, xs, d, target, from, to));
        } else {
            float[] xs = new float[Math.toIntExact(dense.length())];
            floatBuffer(dense).get(0, xs);
            FloatBuffer target = floatBuffer(out);
            RowChunks.run(bounds, (from, to) -> multiplyRows(a, xs, d, target, from, to));
        }
        return out;
    }

    private static void multiplyRows(SparseMatrix a, float[] x, int d, FloatBuffer out, int from, int to) {
        int[] ptr = a.rowPtrArray();
        int[] col = a.colIdxArray();
        float[] val = a.valuesArray();
        float[] row = new float[d];
        for (int i = from; i < to; i++) {
            java.util.Arrays.fill(row, 0f);
            for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                float w = val[p];
                int base = col[p] * d;
                for (int k = 0; k < d; k++) {
                    row[k] += w * x[base + k];
                }
            }
            out.put(i * d, row, 0, d);
        }
    }

    private static void multiplyRows(SparseMatrix a, double[] x, int d, DoubleBuffer out, int from, int to) {
        int[] ptr = a.rowPtrArray();
        int[] col = a.colIdxArray();
        float[] val = a.valuesArray();
        double[] row = new double[d];
        for (int i = from; i < to; i++) {
            java.util.Arrays.fill(row, 0.0);
            for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                double w = val[p];
                int base = col[p] * d;
                for (int k = 0; k < d; k++) {
                    row[k] += w * x[base + k];
                }
            }
            out.put(i * d, row, 0, d);
        }
    }

    static FloatBuffer floatBuffer(INDArray array) {
        return array.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    static DoubleBuffer doubleBuffer(INDArray array) {
        return array.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer();
    }
}
