package org.graphinfomax.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An immutable sparse matrix in compressed sparse row (CSR) form with {@code float} values.
 *
 * <p>It serves both as a graph's adjacency matrix (entry (i, j) is the weight of the edge from
 * node i to node j) and as a sparse node-feature matrix (for example a bag-of-words matrix). Within
 * each row the column indices are sorted; equal columns in one row (duplicate entries) are allowed
 * until {@link #deduplicate(DuplicatePolicy)} merges them.
 *
 * <p>Instances are created by {@link #fromCoo}, {@link #fromCsr}, {@link #fromDense},
 * {@link #identity} or a {@link #builder}. All factories validate their input (indices in range,
 * finite values) and copy the arrays they are given, so no caller can change a matrix after the
 * fact. Products with dense ND4J arrays go through a {@link SparseMatmul}: the multithreaded CPU
 * kernel by default, or pure ND4J operations on other backends.
 */
public final class SparseMatrix {

    private final int rows;
    private final int cols;
    private final int[] rowPtr;
    private final int[] colIdx;
    private final float[] values;

    private volatile SparseMatrix transposeCache;
    private volatile Nd4jCoo nd4jCooCache;

    /** Trusted constructor: the arrays are owned by the new instance and already valid and sorted. */
    private SparseMatrix(int rows, int cols, int[] rowPtr, int[] colIdx, float[] values) {
        this.rows = rows;
        this.cols = cols;
        this.rowPtr = rowPtr;
        this.colIdx = colIdx;
        this.values = values;
    }

    // ------------------------------------------------------------------------------------------
    // Factories

    /**
     * Builds a matrix from coordinate (COO) triplets; duplicates are kept in insertion order.
     *
     * @param rows number of rows
     * @param cols number of columns
     * @param rowIndices row of each entry
     * @param colIndices column of each entry
     * @param values value of each entry, or {@code null} for all ones
     * @throws IllegalArgumentException naming the first entry that is out of range or not finite
     */
    public static SparseMatrix fromCoo(int rows, int cols, int[] rowIndices, int[] colIndices, float[] values) {
        checkShape(rows, cols);
        Objects.requireNonNull(rowIndices, "rowIndices");
        Objects.requireNonNull(colIndices, "colIndices");
        int nnz = rowIndices.length;
        if (colIndices.length != nnz || (values != null && values.length != nnz)) {
            throw new IllegalArgumentException("COO arrays differ in length: rows " + nnz + ", columns "
                    + colIndices.length + (values == null ? "" : ", values " + values.length));
        }
        for (int k = 0; k < nnz; k++) {
            checkEntry(k, rowIndices[k], colIndices[k], values == null ? 1f : values[k], rows, cols);
        }
        return sortedFromCoo(rows, cols, rowIndices, colIndices, values);
    }

    /**
     * Builds a matrix from CSR arrays (copied). Columns within a row need not be sorted.
     *
     * @throws IllegalArgumentException if the row pointers are not monotone or an entry is invalid
     */
    public static SparseMatrix fromCsr(int rows, int cols, int[] rowPointers, int[] colIndices, float[] values) {
        checkShape(rows, cols);
        if (rowPointers.length != rows + 1 || rowPointers[0] != 0) {
            throw new IllegalArgumentException("row pointers must have length rows + 1 = " + (rows + 1)
                    + " and start at 0, got length " + rowPointers.length);
        }
        int nnz = rowPointers[rows];
        if (colIndices.length != nnz || values.length != nnz) {
            throw new IllegalArgumentException("row pointers announce " + nnz + " entries, but there are "
                    + colIndices.length + " column indices and " + values.length + " values");
        }
        for (int i = 0; i < rows; i++) {
            if (rowPointers[i + 1] < rowPointers[i] || rowPointers[i + 1] > nnz) {
                throw new IllegalArgumentException("row pointer " + (i + 1) + " (" + rowPointers[i + 1]
                        + ") is not between the previous one (" + rowPointers[i] + ") and the entry count " + nnz);
            }
        }
        int[] rowOf = new int[nnz];
        for (int i = 0; i < rows; i++) {
            Arrays.fill(rowOf, rowPointers[i], rowPointers[i + 1], i);
        }
        return fromCoo(rows, cols, rowOf, colIndices, values);
    }

    /**
     * The sparse form of a dense 2-D array: every non-zero element becomes an entry.
     *
     * @throws IllegalArgumentException if the array is not 2-D or holds NaN or infinite values
     */
    public static SparseMatrix fromDense(INDArray dense) {
        if (dense.rank() != 2) {
            throw new IllegalArgumentException("expected a 2-D array, got shape " + Arrays.toString(dense.shape()));
        }
        int r = Math.toIntExact(dense.rows());
        int c = Math.toIntExact(dense.columns());
        double[] data = dense.dup('c').data().asDouble();
        Builder builder = builder(r, c);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double v = data[i * c + j];
                if (v != 0) {
                    builder.add(i, j, (float) v);
                }
            }
        }
        return builder.build();
    }

    /** The n x n identity matrix. */
    public static SparseMatrix identity(int n) {
        checkShape(n, n);
        int[] ptr = new int[n + 1];
        int[] col = new int[n];
        float[] val = new float[n];
        for (int i = 0; i < n; i++) {
            ptr[i + 1] = i + 1;
            col[i] = i;
            val[i] = 1f;
        }
        return new SparseMatrix(n, n, ptr, col, val);
    }

    /** A matrix of the given shape without entries. */
    public static SparseMatrix empty(int rows, int cols) {
        checkShape(rows, cols);
        return new SparseMatrix(rows, cols, new int[rows + 1], new int[0], new float[0]);
    }

    /** A builder that collects entries one at a time. */
    public static Builder builder(int rows, int cols) {
        checkShape(rows, cols);
        return new Builder(rows, cols);
    }

    /** The rows of several matrices with the same number of columns, one below the other. */
    public static SparseMatrix vstack(List<SparseMatrix> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to stack");
        }
        int c = parts.get(0).cols;
        long r = 0;
        long nnz = 0;
        for (SparseMatrix m : parts) {
            if (m.cols != c) {
                throw new IllegalArgumentException("cannot stack matrices with " + c + " and " + m.cols + " columns");
            }
            r += m.rows;
            nnz += m.nnz();
        }
        int[] ptr = new int[Math.toIntExact(r) + 1];
        int[] col = new int[Math.toIntExact(nnz)];
        float[] val = new float[col.length];
        int rowBase = 0;
        int nzBase = 0;
        for (SparseMatrix m : parts) {
            for (int i = 0; i < m.rows; i++) {
                ptr[rowBase + i + 1] = nzBase + m.rowPtr[i + 1];
            }
            System.arraycopy(m.colIdx, 0, col, nzBase, m.nnz());
            System.arraycopy(m.values, 0, val, nzBase, m.nnz());
            rowBase += m.rows;
            nzBase += m.nnz();
        }
        return new SparseMatrix(Math.toIntExact(r), c, ptr, col, val);
    }

    /** The block-diagonal matrix with the given blocks (the adjacency of a disjoint union of graphs). */
    public static SparseMatrix blockDiagonal(List<SparseMatrix> blocks) {
        long r = 0;
        long c = 0;
        long nnz = 0;
        for (SparseMatrix m : blocks) {
            r += m.rows;
            c += m.cols;
            nnz += m.nnz();
        }
        int[] ptr = new int[Math.toIntExact(r) + 1];
        int[] col = new int[Math.toIntExact(nnz)];
        float[] val = new float[col.length];
        int rowBase = 0;
        int colBase = 0;
        int nzBase = 0;
        for (SparseMatrix m : blocks) {
            for (int i = 0; i < m.rows; i++) {
                ptr[rowBase + i + 1] = nzBase + m.rowPtr[i + 1];
            }
            for (int p = 0; p < m.nnz(); p++) {
                col[nzBase + p] = colBase + m.colIdx[p];
            }
            System.arraycopy(m.values, 0, val, nzBase, m.nnz());
            rowBase += m.rows;
            colBase += m.cols;
            nzBase += m.nnz();
        }
        return new SparseMatrix(Math.toIntExact(r), Math.toIntExact(c), ptr, col, val);
    }

    // ------------------------------------------------------------------------------------------
    // Accessors

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int cols() {
        return cols;
    }

    /** Number of stored entries (for an adjacency matrix: directed edges, self-loops included). */
    public int nnz() {
        return colIdx.length;
    }

    /** Whether the matrix is square. */
    public boolean isSquare() {
        return rows == cols;
    }

    /** Position of the first entry of row {@code i} in the entry arrays. */
    public int rowStart(int i) {
        return rowPtr[i];
    }

    /** Position one past the last entry of row {@code i}. */
    public int rowEnd(int i) {
        return rowPtr[i + 1];
    }

    /** Number of entries in row {@code i} (for adjacency: the out-degree, ignoring weights). */
    public int rowNnz(int i) {
        return rowPtr[i + 1] - rowPtr[i];
    }

    /** Column of the entry at position {@code p}. */
    public int columnAt(int p) {
        return colIdx[p];
    }

    /** Value of the entry at position {@code p}. */
    public float valueAt(int p) {
        return values[p];
    }

    /** The value at (row, col): the sum of the entries stored there, 0 if there are none. */
    public float get(int row, int col) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(col, cols);
        int lo = rowPtr[row];
        int hi = rowPtr[row + 1];
        int p = Arrays.binarySearch(colIdx, lo, hi, col);
        if (p < 0) {
            return 0f;
        }
        while (p > lo && colIdx[p - 1] == col) {
            p--;
        }
        float sum = 0f;
        for (; p < hi && colIdx[p] == col; p++) {
            sum += values[p];
        }
        return sum;
    }

    /** A copy of the row pointers (length rows + 1). */
    public int[] rowPointers() {
        return rowPtr.clone();
    }

    /** A copy of the column indices of all entries, row by row. */
    public int[] columnIndices() {
        return colIdx.clone();
    }

    /** A copy of the values of all entries, row by row. */
    public float[] values() {
        return values.clone();
    }

    /** The row index of every entry (the COO row array), row by row. */
    public int[] rowIndices() {
        int[] out = new int[nnz()];
        for (int i = 0; i < rows; i++) {
            Arrays.fill(out, rowPtr[i], rowPtr[i + 1], i);
        }
        return out;
    }

    /** The sum of each row's values (for adjacency: the weighted out-degree). */
    public double[] rowSums() {
        double[] sums = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                s += values[p];
            }
            sums[i] = s;
        }
        return sums;
    }

    /** Whether some row holds two entries for the same column. */
    public boolean hasDuplicates() {
        for (int i = 0; i < rows; i++) {
            for (int p = rowPtr[i] + 1; p < rowPtr[i + 1]; p++) {
                if (colIdx[p] == colIdx[p - 1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Number of diagonal entries stored. */
    public int countSelfLoops() {
        int count = 0;
        for (int i = 0; i < Math.min(rows, cols); i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                if (colIdx[p] == i) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Whether the matrix equals its transpose (same pattern and values, after summing duplicates). */
    public boolean isSymmetric() {
        if (!isSquare()) {
            return false;
        }
        SparseMatrix a = deduplicate(DuplicatePolicy.SUM);
        return a.equals(a.transpose());
    }

    // ------------------------------------------------------------------------------------------
    // Structural transformations (each returns a new matrix)

    /** The transpose (computed once and remembered). */
    public SparseMatrix transpose() {
        SparseMatrix t = transposeCache;
        if (t == null) {
            t = computeTranspose();
            transposeCache = t;
        }
        return t;
    }

    private SparseMatrix computeTranspose() {
        int nnz = nnz();
        int[] ptr = bucketStarts(colIdx, cols);
        int[] next = Arrays.copyOf(ptr, cols);
        int[] col = new int[nnz];
        float[] val = new float[nnz];
        for (int i = 0; i < rows; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                int q = next[colIdx[p]]++;
                col[q] = i;
                val[q] = values[p];
            }
        }
        SparseMatrix t = new SparseMatrix(cols, rows, ptr, col, val);
        t.transposeCache = this;
        return t;
    }

    /** Merges entries with the same position according to {@code policy}. */
    public SparseMatrix deduplicate(DuplicatePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (!hasDuplicates()) {
            return this;
        }
        int[] ptr = new int[rows + 1];
        int[] col = new int[nnz()];
        float[] val = new float[nnz()];
        int out = 0;
        for (int i = 0; i < rows; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                if (out > ptr[i] && col[out - 1] == colIdx[p]) {
                    val[out - 1] = policy.combine(val[out - 1], values[p]);
                } else {
                    col[out] = colIdx[p];
                    val[out] = values[p];
                    out++;
                }
            }
            ptr[i + 1] = out;
        }
        return new SparseMatrix(rows, cols, ptr, Arrays.copyOf(col, out), Arrays.copyOf(val, out));
    }

    /**
     * The union of this square matrix with its transpose, positions present in both merged by
     * {@code policy} (this matrix's own entry counts as first for {@link DuplicatePolicy#KEEP_FIRST}).
     * Duplicates already present are merged by the same policy. For a 0/1 adjacency matrix,
     * {@link DuplicatePolicy#MAX} or {@code KEEP_FIRST} gives the undirected graph.
     */
    public SparseMatrix symmetrize(DuplicatePolicy policy) {
        requireSquare("symmetrize");
        SparseMatrix t = transpose();
        int nnz = nnz();
        int[] r = new int[2 * nnz];
        int[] c = new int[2 * nnz];
        float[] v = new float[2 * nnz];
        int[] ownRows = rowIndices();
        int[] tRows = t.rowIndices();
        System.arraycopy(ownRows, 0, r, 0, nnz);
        System.arraycopy(colIdx, 0, c, 0, nnz);
        System.arraycopy(values, 0, v, 0, nnz);
        System.arraycopy(tRows, 0, r, nnz, nnz);
        System.arraycopy(t.colIdx, 0, c, nnz, nnz);
        System.arraycopy(t.values, 0, v, nnz, nnz);
        return sortedFromCoo(rows, cols, r, c, v).deduplicate(policy);
    }

    /** This matrix without its diagonal entries. */
    public SparseMatrix removeSelfLoops() {
        requireSquare("removeSelfLoops");
        if (countSelfLoops() == 0) {
            return this;
        }
        return filter((i, j, v) -> i != j);
    }

    /** A + w I: {@code weight} added to every diagonal element (an entry is created where there is none). */
    public SparseMatrix addSelfLoops(float weight) {
        requireSquare("addSelfLoops");
        checkFinite(weight, "self-loop weight");
        SparseMatrix a = deduplicate(DuplicatePolicy.SUM);
        int[] ptr = new int[rows + 1];
        int[] col = new int[a.nnz() + rows];
        float[] val = new float[col.length];
        int out = 0;
        for (int i = 0; i < rows; i++) {
            boolean placed = false;
            for (int p = a.rowPtr[i]; p < a.rowPtr[i + 1]; p++) {
                int j = a.colIdx[p];
                if (!placed && j >= i) {
                    if (j == i) {
                        col[out] = i;
                        val[out++] = a.values[p] + weight;
                        placed = true;
                        continue;
                    }
                    col[out] = i;
                    val[out++] = weight;
                    placed = true;
                }
                col[out] = j;
                val[out++] = a.values[p];
            }
            if (!placed) {
                col[out] = i;
                val[out++] = weight;
            }
            ptr[i + 1] = out;
        }
        return new SparseMatrix(rows, cols, ptr, Arrays.copyOf(col, out), Arrays.copyOf(val, out));
    }

    /**
     * GCN's renormalised adjacency D^-1/2 (A + I) D^-1/2, where D holds the row sums of A + I
     * (Kipf and Welling 2017). Isolated nodes keep a self-loop of weight 1. Rows whose sum is not
     * positive (only possible with negative weights) become zero rather than NaN.
     */
    public SparseMatrix gcnNormalized() {
        return addSelfLoops(1f).symmetricNormalized();
    }

    /** D^-1/2 A D^-1/2 with D the row sums of A; rows and columns with a non-positive sum become zero. */
    public SparseMatrix symmetricNormalized() {
        requireSquare("symmetricNormalized");
        double[] deg = rowSums();
        double[] invSqrt = new double[rows];
        for (int i = 0; i < rows; i++) {
            invSqrt[i] = deg[i] > 0 ? 1.0 / Math.sqrt(deg[i]) : 0.0;
        }
        float[] val = new float[nnz()];
        for (int i = 0; i < rows; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                val[p] = (float) (invSqrt[i] * values[p] * invSqrt[colIdx[p]]);
            }
        }
        return new SparseMatrix(rows, cols, rowPtr, colIdx, val);
    }

    /** D^-1 A: every row divided by its sum; rows with a zero sum stay zero. */
    public SparseMatrix rowNormalized() {
        double[] sums = rowSums();
        float[] val = new float[nnz()];
        for (int i = 0; i < rows; i++) {
            double s = sums[i];
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                val[p] = s == 0 ? 0f : (float) (values[p] / s);
            }
        }
        return new SparseMatrix(rows, cols, rowPtr, colIdx, val);
    }

    /** A matrix with the same pattern whose values are all {@code value}. */
    public SparseMatrix withValues(float value) {
        checkFinite(value, "value");
        float[] val = new float[nnz()];
        Arrays.fill(val, value);
        return new SparseMatrix(rows, cols, rowPtr, colIdx, val);
    }

    /** The rows {@code rowSelection[0]}, {@code rowSelection[1]}, ... of this matrix, in that order. */
    public SparseMatrix selectRows(int[] rowSelection) {
        int[] ptr = new int[rowSelection.length + 1];
        for (int k = 0; k < rowSelection.length; k++) {
            int i = Objects.checkIndex(rowSelection[k], rows);
            ptr[k + 1] = ptr[k] + (rowPtr[i + 1] - rowPtr[i]);
        }
        int[] col = new int[ptr[rowSelection.length]];
        float[] val = new float[col.length];
        for (int k = 0; k < rowSelection.length; k++) {
            int i = rowSelection[k];
            int len = rowPtr[i + 1] - rowPtr[i];
            System.arraycopy(colIdx, rowPtr[i], col, ptr[k], len);
            System.arraycopy(values, rowPtr[i], val, ptr[k], len);
        }
        return new SparseMatrix(rowSelection.length, cols, ptr, col, val);
    }

    /**
     * The square sub-matrix on the given nodes, re-indexed 0..k-1 in the order given (the
     * adjacency of the induced subgraph).
     */
    public SparseMatrix inducedSubmatrix(int[] nodes) {
        requireSquare("inducedSubmatrix");
        int[] newIndex = new int[rows];
        Arrays.fill(newIndex, -1);
        for (int k = 0; k < nodes.length; k++) {
            int node = Objects.checkIndex(nodes[k], rows);
            if (newIndex[node] >= 0) {
                throw new IllegalArgumentException("node " + node + " is selected twice");
            }
            newIndex[node] = k;
        }
        Builder b = builder(nodes.length, nodes.length);
        for (int k = 0; k < nodes.length; k++) {
            int i = nodes[k];
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                int j = newIndex[colIdx[p]];
                if (j >= 0) {
                    b.add(k, j, values[p]);
                }
            }
        }
        return b.build();
    }

    /**
     * The sub-matrix of rows [rowFrom, rowTo) and columns [colFrom, colTo), re-indexed from 0.
     *
     * @throws IndexOutOfBoundsException if a range does not lie within the matrix
     */
    public SparseMatrix block(int rowFrom, int rowTo, int colFrom, int colTo) {
        Objects.checkFromToIndex(rowFrom, rowTo, rows);
        Objects.checkFromToIndex(colFrom, colTo, cols);
        int[] ptr = new int[rowTo - rowFrom + 1];
        int count = 0;
        for (int i = rowFrom; i < rowTo; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                if (colIdx[p] >= colFrom && colIdx[p] < colTo) {
                    count++;
                }
            }
            ptr[i - rowFrom + 1] = count;
        }
        int[] col = new int[count];
        float[] val = new float[count];
        int out = 0;
        for (int i = rowFrom; i < rowTo; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                if (colIdx[p] >= colFrom && colIdx[p] < colTo) {
                    col[out] = colIdx[p] - colFrom;
                    val[out++] = values[p];
                }
            }
        }
        return new SparseMatrix(rowTo - rowFrom, colTo - colFrom, ptr, col, val);
    }

    /** Entries for which {@code keep} answers true. */
    public SparseMatrix filter(EntryPredicate keep) {
        int[] ptr = new int[rows + 1];
        int[] col = new int[nnz()];
        float[] val = new float[nnz()];
        int out = 0;
        for (int i = 0; i < rows; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                if (keep.test(i, colIdx[p], values[p])) {
                    col[out] = colIdx[p];
                    val[out++] = values[p];
                }
            }
            ptr[i + 1] = out;
        }
        return new SparseMatrix(rows, cols, ptr, Arrays.copyOf(col, out), Arrays.copyOf(val, out));
    }

    /** A test on one entry of a sparse matrix. */
    @FunctionalInterface
    public interface EntryPredicate {
        /** Whether to keep the entry at (row, col) with the given value. */
        boolean test(int row, int col, float value);
    }

    // ------------------------------------------------------------------------------------------
    // Products and conversions

    /**
     * This matrix times a dense matrix, with the kernel that suits the current ND4J backend
     * ({@link SparseMatmul#forCurrentBackend()}).
     *
     * @param dense a (cols x d) array of type FLOAT or DOUBLE
     * @return a new (rows x d) array of the same type
     */
    public INDArray mmul(INDArray dense) {
        return SparseMatmul.forCurrentBackend().multiply(this, dense);
    }

    /** The transpose of this matrix times a dense matrix: A^T x, using the remembered transpose. */
    public INDArray transposeMmul(INDArray dense) {
        return transpose().mmul(dense);
    }

    /** A dense copy. */
    public INDArray toDense(DataType type) {
        double[] data = new double[Math.multiplyExact(rows, cols)];
        for (int i = 0; i < rows; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                data[i * cols + colIdx[p]] += values[p];
            }
        }
        return Nd4j.createFromArray(data).reshape(rows, cols).castTo(type);
    }

    /**
     * The entries as ND4J arrays (row indices, column indices, values) for kernels built from ND4J
     * operations; created once, outside any workspace, and remembered.
     */
    Nd4jCoo nd4jCoo() {
        Nd4jCoo coo = nd4jCooCache;
        if (coo == null) {
            coo = Nd4jCoo.of(this);
            nd4jCooCache = coo;
        }
        return coo;
    }

    // Raw arrays for the kernels of this package; never handed out.
    int[] rowPtrArray() {
        return rowPtr;
    }

    int[] colIdxArray() {
        return colIdx;
    }

    float[] valuesArray() {
        return values;
    }

    // ------------------------------------------------------------------------------------------

    /** Same shape and the same entries in the same order. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SparseMatrix m)) {
            return false;
        }
        return rows == m.rows && cols == m.cols && Arrays.equals(rowPtr, m.rowPtr)
                && Arrays.equals(colIdx, m.colIdx) && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, cols, Arrays.hashCode(rowPtr), Arrays.hashCode(colIdx), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "SparseMatrix[" + rows + " x " + cols + ", nnz=" + nnz() + "]";
    }

    // ------------------------------------------------------------------------------------------
    // Internals

    /** Stable sort of COO triplets by (row, column): two counting-sort passes, O(nnz + rows + cols). */
    private static SparseMatrix sortedFromCoo(int rows, int cols, int[] r, int[] c, float[] v) {
        int nnz = r.length;
        // Pass 1: order entries by column (stable).
        int[] colNext = bucketStarts(c, cols);
        int[] byCol = new int[nnz];
        for (int k = 0; k < nnz; k++) {
            byCol[colNext[c[k]]++] = k;
        }
        // Pass 2: order by row (stable), so columns end up sorted within each row.
        int[] ptr = bucketStarts(r, rows);
        int[] next = Arrays.copyOf(ptr, rows);
        int[] col = new int[nnz];
        float[] val = new float[nnz];
        for (int k : byCol) {
            int q = next[r[k]]++;
            col[q] = c[k];
            val[q] = v == null ? 1f : v[k];
        }
        return new SparseMatrix(rows, cols, ptr, col, val);
    }

    /**
     * Counting-sort offsets: entry b of the result is the number of keys below b, for buckets
     * 0..buckets (so the last entry is the key count).
     */
    private static int[] bucketStarts(int[] keys, int buckets) {
        int[] starts = new int[buckets + 1];
        for (int key : keys) {
            starts[key + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            starts[b + 1] += starts[b];
        }
        return starts;
    }

    private static void checkShape(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("negative matrix shape " + rows + " x " + cols);
        }
    }

    private static void checkEntry(int k, int row, int col, float value, int rows, int cols) {
        if (row < 0 || row >= rows) {
            throw new IllegalArgumentException("entry " + k + ": row index " + row + " is outside 0.." + (rows - 1));
        }
        if (col < 0 || col >= cols) {
            throw new IllegalArgumentException("entry " + k + ": column index " + col + " is outside 0.." + (cols - 1));
        }
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException("entry " + k + " at (" + row + ", " + col + "): value " + value + " is not finite");
        }
    }

    private static void checkFinite(float value, String what) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(what + " " + value + " is not finite");
        }
    }

    private void requireSquare(String operation) {
        if (!isSquare()) {
            throw new IllegalStateException(operation + " needs a square matrix, this one is " + rows + " x " + cols);
        }
    }

    /**
     * Collects entries for a {@link SparseMatrix}; duplicates are kept until {@link #build(DuplicatePolicy)}.
     */
    public static final class Builder {
        private final int rows;
        private final int cols;
        private int[] r = new int[16];
        private int[] c = new int[16];
        private float[] v = new float[16];
        private int size;

        private Builder(int rows, int cols) {
            this.rows = rows;
            this.cols = cols;
        }

        /**
         * Adds an entry.
         *
         * @throws IllegalArgumentException if the position is out of range or the value not finite
         */
        public Builder add(int row, int col, float value) {
            checkEntry(size, row, col, value, rows, cols);
            if (size == r.length) {
                int n = Math.max(16, size * 2);
                r = Arrays.copyOf(r, n);
                c = Arrays.copyOf(c, n);
                v = Arrays.copyOf(v, n);
            }
            r[size] = row;
            c[size] = col;
            v[size] = value;
            size++;
            return this;
        }

        /** Number of entries added so far. */
        public int size() {
            return size;
        }

        /** The matrix with all entries, duplicates kept. */
        public SparseMatrix build() {
            return sortedFromCoo(rows, cols, Arrays.copyOf(r, size), Arrays.copyOf(c, size), Arrays.copyOf(v, size));
        }

        /** The matrix with duplicates merged by {@code policy}. */
        public SparseMatrix build(DuplicatePolicy policy) {
            return build().deduplicate(policy);
        }
    }
}
