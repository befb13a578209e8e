package org.graphinfomax.graph;

import java.util.Random;

/** Random sparse matrices for tests, with empty rows and isolated nodes on purpose. */
public final class RandomGraphs {

    private RandomGraphs() {
    }

    /**
     * A random (rows x cols) matrix with about {@code nnz} entries (duplicates possible), values in
     * [0.1, 2), and the rows and columns listed in {@code empty} left without entries.
     */
    public static SparseMatrix randomMatrix(Random rnd, int rows, int cols, int nnz, int... empty) {
        java.util.Set<Integer> skip = new java.util.HashSet<>();
        for (int e : empty) {
            skip.add(e);
        }
        SparseMatrix.Builder b = SparseMatrix.builder(rows, cols);
        for (int k = 0; k < nnz; k++) {
            int r = rnd.nextInt(rows);
            int c = rnd.nextInt(cols);
            if (!skip.contains(r) && !skip.contains(c)) {
                b.add(r, c, 0.1f + 1.9f * rnd.nextFloat());
            }
        }
        return b.build();
    }

    /** A random undirected 0/1 adjacency matrix without self-loops; nodes in {@code isolated} have no edges. */
    public static SparseMatrix randomUndirected(Random rnd, int n, int edges, int... isolated) {
        return randomMatrix(rnd, n, n, edges, isolated).withValues(1f).symmetrize(DuplicatePolicy.MAX).removeSelfLoops();
    }
}
