package org.graphinfomax.graph;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Sparse x dense on the CPU: the dense operand is copied once from its off-heap buffer into a Java
 * array (so the inner loop vectorises), each output row is accumulated in a small scratch row,
 * optionally transformed by an epilogue, and written to the off-heap result in one bulk copy.
 * Rows are split into chunks of similar work that run on {@link ComputeThreads}.
 */
enum CsrKernel implements SparseMatmul {
    INSTANCE;

    /**
     * Per calling thread, the Java array that receives a FLOAT dense operand, kept between calls so
     * that training steps do not allocate and zero it again (up to {@link Scratch#MAX_KEPT} floats).
     */
    private static final ThreadLocal<Scratch> FLOAT_SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Below this many multiply-adds a product runs on the calling thread. */
    private static final long PARALLEL_THRESHOLD = 1L << 18;

    @Override
    public INDArray multiply(SparseMatrix a, INDArray x) {
        return multiply(a, x, ProductOptions.NONE);
    }

    @Override
    public boolean supportsEpilogue() {
        return true;
    }

    @Override
    public INDArray multiply(SparseMatrix a, INDArray x, ProductOptions options) {
        SparseMatmul.checkOperands(a, x, options);
        int d = Math.toIntExact(x.columns());
        int rows = options.outputRows(a);
        INDArray requested = options.target();
        boolean direct = requested != null && requested.ordering() == 'c' && !requested.isView();
        INDArray out = direct ? requested : Nd4j.createUninitialized(x.dataType(), rows, d);
        boolean accumulate = direct && options.accumulate();
        if (rows > 0 && d > 0) {
            INDArray dense = (x.ordering() == 'c' && !x.isView()) ? x : x.dup('c');
            int[] columns = mappedColumns(a, options.columnMap());
            Task task = new Task(a, columns, options.rowMap(), d, accumulate, options.epilogueOrNull());
            int[] bounds = options.rowMap() == null
                    ? RowChunks.split(a, d, PARALLEL_THRESHOLD, ComputeThreads.parallelism())
                    : RowChunks.evenly(rows, (long) a.nnz() * d, PARALLEL_THRESHOLD, ComputeThreads.parallelism());
            int length = Math.toIntExact(dense.length());
            if (x.dataType() == DataType.DOUBLE) {
                double[] xs = new double[length];
                doubleBuffer(dense).get(0, xs);
                DoubleBuffer target = doubleBuffer(out);
                RowChunks.run(bounds, (from, to) -> task.rows(xs, target, from, to));
            } else {
                float[] xs = FLOAT_SCRATCH.get().take(length);
                floatBuffer(dense).get(0, xs, 0, length);
                FloatBuffer target = floatBuffer(out);
                RowChunks.run(bounds, (from, to) -> task.rows(xs, target, from, to));
            }
        }
        if (requested != null && !direct) {
            return options.accumulate() ? requested.addi(out) : requested.assign(out);
        }
        return out;
    }

    /** The column indices of a's entries, each replaced by {@code map[column]} when a map is given. */
    private static int[] mappedColumns(SparseMatrix a, int[] map) {
        int[] columns = a.colIdxArray();
        if (map == null) {
            return columns;
        }
        int[] mapped = new int[columns.length];
        for (int p = 0; p < columns.length; p++) {
            mapped[p] = map[columns[p]];
        }
        return mapped;
    }

    /** One product's rows: the same loop for FLOAT and DOUBLE, around a type-specific row accumulation. */
    private record Task(SparseMatrix a, int[] columns, int[] rowMap, int d, boolean accumulate, RowEpilogue epilogue) {

        void rows(float[] x, FloatBuffer out, int from, int to) {
            float[] row = new float[d];
            for (int i = from; i < to; i++) {
                if (accumulate) {
                    out.get(i * d, row, 0, d);
                } else {
                    Arrays.fill(row, 0f);
                }
                int r = rowMap == null ? i : rowMap[i];
                accumulateRow(a.rowStart(r), a.rowEnd(r), columns, a.valuesArray(), x, d, row);
                if (epilogue != null) {
                    epilogue.apply(i, row);
                }
                out.put(i * d, row, 0, d);
            }
        }

        void rows(double[] x, DoubleBuffer out, int from, int to) {
            double[] row = new double[d];
            for (int i = from; i < to; i++) {
                if (accumulate) {
                    out.get(i * d, row, 0, d);
                } else {
                    Arrays.fill(row, 0.0);
                }
                int r = rowMap == null ? i : rowMap[i];
                accumulateRow(a.rowStart(r), a.rowEnd(r), columns, a.valuesArray(), x, d, row);
                if (epilogue != null) {
                    epilogue.apply(i, row);
                }
                out.put(i * d, row, 0, d);
            }
        }
    }

    /**
     * row += Σ_p val[p] · x[col[p]] over entries [start, end). Four entries are combined per pass
     * over the row, which keeps four independent memory streams in flight (about 30% faster than
     * one at a time).
     */
    private static void accumulateRow(int start, int end, int[] col, float[] val, float[] x, int d, float[] row) {
        int p = start;
        for (; p + 3 < end; p += 4) {
            int b0 = col[p] * d;
            int b1 = col[p + 1] * d;
            int b2 = col[p + 2] * d;
            int b3 = col[p + 3] * d;
            float w0 = val[p];
            float w1 = val[p + 1];
            float w2 = val[p + 2];
            float w3 = val[p + 3];
            for (int k = 0; k < d; k++) {
                row[k] += w0 * x[b0 + k] + w1 * x[b1 + k] + w2 * x[b2 + k] + w3 * x[b3 + k];
            }
        }
        for (; p < end; p++) {
            int b0 = col[p] * d;
            float w0 = val[p];
            for (int k = 0; k < d; k++) {
                row[k] += w0 * x[b0 + k];
            }
        }
    }

    /** The DOUBLE twin of the float accumulation (Java has no generics over primitive arrays). */
    private static void accumulateRow(int start, int end, int[] col, float[] val, double[] x, int d, double[] row) {
        int p = start;
        for (; p + 3 < end; p += 4) {
            int b0 = col[p] * d;
            int b1 = col[p + 1] * d;
            int b2 = col[p + 2] * d;
            int b3 = col[p + 3] * d;
            double w0 = val[p];
            double w1 = val[p + 1];
            double w2 = val[p + 2];
            double w3 = val[p + 3];
            for (int k = 0; k < d; k++) {
                row[k] += w0 * x[b0 + k] + w1 * x[b1 + k] + w2 * x[b2 + k] + w3 * x[b3 + k];
            }
        }
        for (; p < end; p++) {
            int b0 = col[p] * d;
            double w0 = val[p];
            for (int k = 0; k < d; k++) {
                row[k] += w0 * x[b0 + k];
            }
        }
    }

    static FloatBuffer floatBuffer(INDArray array) {
        return array.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    static DoubleBuffer doubleBuffer(INDArray array) {
        return array.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer();
    }

    /** A reusable float array; arrays larger than {@link #MAX_KEPT} are handed out but not kept. */
    private static final class Scratch {
        static final int MAX_KEPT = 1 << 25;
        private float[] kept = new float[0];

        float[] take(int length) {
            if (length <= kept.length) {
                return kept;
            }
            float[] fresh = new float[length];
            if (length <= MAX_KEPT) {
                kept = fresh;
            }
            return fresh;
        }
    }
}
