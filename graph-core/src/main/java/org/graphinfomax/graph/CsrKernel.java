package org.graphinfomax.graph;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Sparse x dense on the CPU: the dense operand is copied once from its off-heap buffer into Java
 * arrays, one per row, each output row is accumulated in a small scratch row, optionally
 * transformed by an epilogue, and written to the off-heap result in one bulk copy. Rows are split
 * into chunks of similar work that run on {@link ComputeThreads}.
 *
 * <p>One array per dense row matters for speed: HotSpot's C2 (JDK 17) vectorises
 * {@code row[k] += w * x[k]} but not {@code row[k] += w * x[base + k]} with a variable base, so a
 * flat operand ran the inner loop scalar (about 2x slower on Cora-sized products, measured).
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
        boolean direct = requested != null && HostBuffers.isPlain(requested);
        INDArray out = direct ? requested : Nd4j.createUninitialized(x.dataType(), rows, d);
        boolean accumulate = direct && options.accumulate();
        if (rows > 0 && d > 0) {
            INDArray dense = HostBuffers.isPlain(x) ? x : x.dup('c');
            int[] columns = mappedColumns(a, options.columnMap());
            Task task = new Task(a, columns, options.rowMap(), d, accumulate, options.epilogueOrNull());
            int[] bounds = options.rowMap() == null
                    ? RowChunks.split(a, d, PARALLEL_THRESHOLD, ComputeThreads.parallelism())
                    : RowChunks.evenly(rows, (long) a.nnz() * d, PARALLEL_THRESHOLD, ComputeThreads.parallelism());
            int denseRows = Math.toIntExact(dense.rows());
            if (x.dataType() == DataType.DOUBLE) {
                DoubleBuffer source = HostBuffers.doubles(dense);
                double[][] xs = new double[denseRows][d];
                for (int r = 0; r < denseRows; r++) {
                    source.get(r * d, xs[r], 0, d);
                }
                DoubleBuffer target = HostBuffers.doubles(out);
                RowChunks.run(bounds, (from, to) -> task.rows(xs, target, from, to));
            } else {
                FloatBuffer source = HostBuffers.floats(dense);
                float[][] xs = FLOAT_SCRATCH.get().take(denseRows, d);
                for (int r = 0; r < denseRows; r++) {
                    source.get(r * d, xs[r], 0, d);
                }
                FloatBuffer target = HostBuffers.floats(out);
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

        void rows(float[][] x, FloatBuffer out, int from, int to) {
            float[] row = new float[d];
            for (int i = from; i < to; i++) {
                if (accumulate) {
                    out.get(i * d, row, 0, d);
                }
                int r = rowMap == null ? i : rowMap[i];
                accumulateRow(a.rowStart(r), a.rowEnd(r), columns, a.valuesArray(), x, row, !accumulate);
                if (epilogue != null) {
                    epilogue.apply(i, row);
                }
                out.put(i * d, row, 0, d);
            }
        }

        void rows(double[][] x, DoubleBuffer out, int from, int to) {
            double[] row = new double[d];
            for (int i = from; i < to; i++) {
                if (accumulate) {
                    out.get(i * d, row, 0, d);
                }
                int r = rowMap == null ? i : rowMap[i];
                accumulateRow(a.rowStart(r), a.rowEnd(r), columns, a.valuesArray(), x, row, !accumulate);
                if (epilogue != null) {
                    epilogue.apply(i, row);
                }
                out.put(i * d, row, 0, d);
            }
        }
    }

    /**
     * row += Σ_p val[p] · x[col[p]] over entries [start, end), or row = Σ ... when {@code assign}
     * (the first pass writes instead of adding: no zeroing pass, and bit for bit the sums of adding
     * to a zeroed row). Four entries are combined per pass over the row, which keeps four
     * independent memory streams in flight (about 30% faster than one at a time).
     */
    private static void accumulateRow(int start, int end, int[] col, float[] val, float[][] x, float[] row,
            boolean assign) {
        int d = row.length;
        boolean first = assign;
        int p = start;
        for (; p + 3 < end; p += 4, first = false) {
            float[] x0 = x[col[p]];
            float[] x1 = x[col[p + 1]];
            float[] x2 = x[col[p + 2]];
            float[] x3 = x[col[p + 3]];
            float w0 = val[p];
            float w1 = val[p + 1];
            float w2 = val[p + 2];
            float w3 = val[p + 3];
            if (first) {
                for (int k = 0; k < d; k++) {
                    row[k] = w0 * x0[k] + w1 * x1[k] + w2 * x2[k] + w3 * x3[k];
                }
            } else {
                for (int k = 0; k < d; k++) {
                    row[k] += w0 * x0[k] + w1 * x1[k] + w2 * x2[k] + w3 * x3[k];
                }
            }
        }
        for (; p < end; p++, first = false) {
            float[] x0 = x[col[p]];
            float w0 = val[p];
            if (first) {
                for (int k = 0; k < d; k++) {
                    row[k] = w0 * x0[k];
                }
            } else {
                for (int k = 0; k < d; k++) {
                    row[k] += w0 * x0[k];
                }
            }
        }
        if (first) {
            Arrays.fill(row, 0f);
        }
    }

    /** The DOUBLE twin of the float accumulation (Java has no generics over primitive arrays). */
    private static void accumulateRow(int start, int end, int[] col, float[] val, double[][] x, double[] row,
            boolean assign) {
        int d = row.length;
        boolean first = assign;
        int p = start;
        for (; p + 3 < end; p += 4, first = false) {
            double[] x0 = x[col[p]];
            double[] x1 = x[col[p + 1]];
            double[] x2 = x[col[p + 2]];
            double[] x3 = x[col[p + 3]];
            double w0 = val[p];
            double w1 = val[p + 1];
            double w2 = val[p + 2];
            double w3 = val[p + 3];
            if (first) {
                for (int k = 0; k < d; k++) {
                    row[k] = w0 * x0[k] + w1 * x1[k] + w2 * x2[k] + w3 * x3[k];
                }
            } else {
                for (int k = 0; k < d; k++) {
                    row[k] += w0 * x0[k] + w1 * x1[k] + w2 * x2[k] + w3 * x3[k];
                }
            }
        }
        for (; p < end; p++, first = false) {
            double[] x0 = x[col[p]];
            double w0 = val[p];
            if (first) {
                for (int k = 0; k < d; k++) {
                    row[k] = w0 * x0[k];
                }
            } else {
                for (int k = 0; k < d; k++) {
                    row[k] += w0 * x0[k];
                }
            }
        }
        if (first) {
            Arrays.fill(row, 0.0);
        }
    }


    /**
     * Reusable row arrays for FLOAT dense operands, one set per row width (a step of a multi-layer
     * encoder multiplies operands of several widths); operands of more than {@link #MAX_KEPT}
     * values get fresh arrays that are not kept.
     */
    private static final class Scratch {
        static final long MAX_KEPT = 1L << 25;
        private final Map<Integer, float[][]> kept = new HashMap<>();

        float[][] take(int rows, int width) {
            float[][] arrays = kept.get(width);
            if (arrays != null && arrays.length >= rows) {
                return arrays;
            }
            float[][] fresh = new float[rows][width];
            if ((long) rows * width <= MAX_KEPT) {
                kept.put(width, fresh);
            }
            return fresh;
        }
    }
}
