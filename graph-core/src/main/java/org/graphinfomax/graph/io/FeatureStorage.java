package org.graphinfomax.graph.io;

/** How node features read from a table are stored. */
public enum FeatureStorage {
    /** A dense ND4J array. */
    DENSE,
    /** A sparse CSR matrix (best for bag-of-words features). */
    SPARSE,
    /** Sparse when at most {@value #AUTO_SPARSE_DENSITY} of the values are non-zero, dense otherwise. */
    AUTO;

    /** The density at or below which {@link #AUTO} chooses sparse storage. */
    public static final double AUTO_SPARSE_DENSITY = 0.1;
}
