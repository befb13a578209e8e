package org.graphinfomax.graph;

/**
 * Work applied to each output row of a sparse product while the row is still in the CPU cache,
 * such as adding a bias and applying an activation: it saves separate passes over the whole
 * result. Only the CPU kernel runs epilogues ({@link SparseMatmul#supportsEpilogue()}); callers
 * fall back to separate ND4J operations elsewhere. Implementations must be thread-safe for
 * distinct rows (rows are processed in parallel).
 */
public interface RowEpilogue {

    /**
     * Transforms output row {@code row} (already fully accumulated) in place.
     *
     * @param row index of the output row
     * @param values its values (length = the product's column count)
     */
    void apply(int row, float[] values);

    /** The same for DOUBLE products. */
    void apply(int row, double[] values);
}
