package org.graphinfomax.graph;

/**
 * What to do when a sparse matrix holds several entries for the same (row, column) position,
 * for example an edge list that names an edge twice, or the union of a matrix with its transpose.
 */
public enum DuplicatePolicy {
    /** Replace the entries by their sum (a multigraph collapsed into edge multiplicities). */
    SUM,
    /** Keep the entry that came first in insertion order and drop the others. */
    KEEP_FIRST,
    /** Keep the largest value (for 0/1 adjacency, the plain union). */
    MAX;

    float combine(float accumulated, float next) {
        return switch (this) {
            case SUM -> accumulated + next;
            case KEEP_FIRST -> accumulated;
            case MAX -> Math.max(accumulated, next);
        };
    }
}
