package org.graphinfomax.graph;

import java.util.stream.IntStream;

/** Splits the rows of a sparse product into chunks of similar work and runs them on {@link ComputeThreads}. */
final class RowChunks {

    /** Work on a range of rows [from, to). */
    @FunctionalInterface
    interface RangeTask {
        void run(int from, int to);
    }

    private RowChunks() {
    }

    /**
     * Chunk boundaries (first row of each chunk, then the row count) such that each chunk holds
     * about the same number of entries plus rows; a single chunk when the work is small.
     */
    static int[] split(SparseMatrix a, int width, long parallelThreshold, int threads) {
        int rows = a.rows();
        long work = ((long) a.nnz() + rows) * Math.max(1, width);
        if (threads <= 1 || work < parallelThreshold || rows < 2) {
            return new int[] {0, rows};
        }
        int chunks = Math.min(rows, threads * 4);
        long total = (long) a.nnz() + rows;
        int[] bounds = new int[chunks + 1];
        int next = 1;
        for (int i = 0; i < rows && next < chunks; i++) {
            long done = (long) a.rowEnd(i) + i + 1;
            if (done * chunks >= total * next) {
                bounds[next++] = i + 1;
            }
        }
        for (; next <= chunks; next++) {
            bounds[next] = rows;
        }
        return bounds;
    }

    /** Boundaries of equal-sized row chunks (for products whose rows are reordered), one chunk for small work. */
    static int[] evenly(int rows, long work, long parallelThreshold, int threads) {
        if (threads <= 1 || work < parallelThreshold || rows < 2) {
            return new int[] {0, rows};
        }
        int chunks = Math.min(rows, threads * 4);
        int[] bounds = new int[chunks + 1];
        for (int c = 0; c <= chunks; c++) {
            bounds[c] = (int) ((long) rows * c / chunks);
        }
        return bounds;
    }

    static void run(int[] bounds, RangeTask task) {
        int chunks = bounds.length - 1;
        if (chunks == 1) {
            task.run(bounds[0], bounds[1]);
            return;
        }
        ComputeThreads.pool().submit(() -> IntStream.range(0, chunks).parallel()
                .forEach(c -> task.run(bounds[c], bounds[c + 1]))).join();
    }
}
