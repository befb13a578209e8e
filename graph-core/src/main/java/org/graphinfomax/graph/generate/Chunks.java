package org.graphinfomax.graph.generate;

import java.util.stream.IntStream;

/**
 * Splits {@code count} items into a number of chunks that depends only on the count (never on the
 * number of threads) and runs the chunks in parallel on the common fork-join pool; together with
 * one random stream per chunk this keeps generation deterministic.
 */
final class Chunks {

    /** Work on the items [from, to) of chunk {@code chunk}. */
    @FunctionalInterface
    interface Task {
        void run(int chunk, long from, long to);
    }

    private Chunks() {
    }

    /**
     * Runs {@code task} over [0, count) in chunks of about {@code chunkSize} items.
     *
     * @param count number of items
     * @param chunkSize items per chunk (the last chunk may be shorter)
     */
    static void run(long count, int chunkSize, Task task) {
        int chunks = (int) Math.max(1, (count + chunkSize - 1) / chunkSize);
        IntStream.range(0, chunks).parallel().forEach(c -> {
            long from = (long) c * chunkSize;
            task.run(c, from, Math.min(count, from + chunkSize));
        });
    }
}
