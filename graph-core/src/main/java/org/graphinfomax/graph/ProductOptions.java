package org.graphinfomax.graph;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Variations of a sparse x dense product {@code a · x} that save separate gather, scatter and add
 * passes:
 * <ul>
 *   <li>{@link #rowMap(int[])}: output row i is computed from sparse row {@code rowMap[i]} (so the
 *       result is P·(a·x) for the row permutation or selection P);</li>
 *   <li>{@link #columnMap(int[])}: entry (i, j) of a multiplies dense row {@code columnMap[j]}
 *       (so the result is a·(Q·x) where row j of Q·x is row columnMap[j] of x);</li>
 *   <li>{@link #into(INDArray, boolean)}: write (or add) into an existing array instead of a new one;</li>
 *   <li>{@link #epilogue(RowEpilogue)}: transform each finished row (CPU kernel only).</li>
 * </ul>
 * Instances are immutable; each method returns a new one.
 */
public final class ProductOptions {

    /** A plain product. */
    public static final ProductOptions NONE = new ProductOptions(null, null, null, false, null);

    private final int[] rowMap;
    private final int[] columnMap;
    private final INDArray target;
    private final boolean accumulate;
    private final RowEpilogue epilogue;

    private ProductOptions(int[] rowMap, int[] columnMap, INDArray target, boolean accumulate, RowEpilogue epilogue) {
        this.rowMap = rowMap;
        this.columnMap = columnMap;
        this.target = target;
        this.accumulate = accumulate;
        this.epilogue = epilogue;
    }

    /** Output row i comes from sparse row {@code rows[i]} (not copied: do not change it during the call). */
    public ProductOptions rowMap(int[] rows) {
        return new ProductOptions(Objects.requireNonNull(rows, "rows"), columnMap, target, accumulate, epilogue);
    }

    /** Entry (i, j) multiplies dense row {@code rows[j]} (not copied). */
    public ProductOptions columnMap(int[] rows) {
        return new ProductOptions(rowMap, Objects.requireNonNull(rows, "rows"), target, accumulate, epilogue);
    }

    /**
     * Writes the result into {@code out} (a 'c'-ordered, non-view array of the result's shape and the
     * dense operand's type), adding to its contents when {@code accumulate}.
     */
    public ProductOptions into(INDArray out, boolean accumulate) {
        return new ProductOptions(rowMap, columnMap, Objects.requireNonNull(out, "out"), accumulate, epilogue);
    }

    /** Applies {@code epilogue} to each finished output row (after accumulation). */
    public ProductOptions epilogue(RowEpilogue epilogue) {
        return new ProductOptions(rowMap, columnMap, target, accumulate, Objects.requireNonNull(epilogue, "epilogue"));
    }

    int[] rowMap() {
        return rowMap;
    }

    int[] columnMap() {
        return columnMap;
    }

    INDArray target() {
        return target;
    }

    boolean accumulate() {
        return accumulate;
    }

    RowEpilogue epilogueOrNull() {
        return epilogue;
    }

    /** Number of output rows for a product with {@code a}. */
    int outputRows(SparseMatrix a) {
        return rowMap == null ? a.rows() : rowMap.length;
    }

    /**
     * Validates the options against the operands.
     *
     * @throws IllegalArgumentException naming the first map entry or shape that does not fit
     */
    void check(SparseMatrix a, INDArray x) {
        if (rowMap != null) {
            for (int i = 0; i < rowMap.length; i++) {
                if (rowMap[i] < 0 || rowMap[i] >= a.rows()) {
                    throw new IllegalArgumentException("row map entry " + i + " is " + rowMap[i]
                            + ", outside the sparse matrix's rows 0.." + (a.rows() - 1));
                }
            }
        }
        if (columnMap != null) {
            if (columnMap.length != a.cols()) {
                throw new IllegalArgumentException("the column map has " + columnMap.length + " entries for "
                        + a.cols() + " columns");
            }
            for (int j = 0; j < columnMap.length; j++) {
                if (columnMap[j] < 0 || columnMap[j] >= x.rows()) {
                    throw new IllegalArgumentException("column map entry " + j + " is " + columnMap[j]
                            + ", outside the dense operand's rows 0.." + (x.rows() - 1));
                }
            }
        }
        if (target != null) {
            if (target.rows() != outputRows(a) || target.columns() != x.columns() || target.rank() != 2) {
                throw new IllegalArgumentException("the output array has shape " + java.util.Arrays.toString(target.shape())
                        + ", expected [" + outputRows(a) + ", " + x.columns() + "]");
            }
            if (target.dataType() != x.dataType()) {
                throw new IllegalArgumentException("the output array is " + target.dataType() + ", the operand " + x.dataType());
            }
        }
    }
}
