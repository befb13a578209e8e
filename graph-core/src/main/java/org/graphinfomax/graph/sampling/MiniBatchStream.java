package org.graphinfomax.graph.sampling;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sampled mini-batches of one epoch, in order. With a positive prefetch depth a background
 * thread samples ahead of the consumer into a bounded queue (so at most {@code prefetch + 2}
 * batches exist at once and sampling overlaps training); with depth 0 every batch is sampled on
 * the caller's thread. Both give identical batches: batch {@code b} is sampled with a seed derived
 * from the stream's seed and {@code b}. Close the stream (try-with-resources) if it is abandoned
 * before the end, to stop its thread.
 */
public final class MiniBatchStream implements Iterator<MiniBatch>, AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final NeighbourSampler sampler;
    private final int[][] batches;
    private final long seed;
    private final BlockingQueue<Item> queue;
    private final Thread producer;
    private int next;

    private MiniBatchStream(NeighbourSampler sampler, int[][] batches, long seed, int prefetch) {
        this.sampler = Objects.requireNonNull(sampler, "sampler");
        this.batches = batches.clone();
        this.seed = seed;
        if (prefetch < 0) {
            throw new IllegalArgumentException("prefetch depth must be at least 0, got " + prefetch);
        }
        if (prefetch == 0 || this.batches.length == 0) {
            queue = null;
            producer = null;
        } else {
            queue = new ArrayBlockingQueue<>(prefetch);
            producer = new Thread(this::produce, "graphinfomax-sampler-" + THREADS.incrementAndGet());
            producer.setDaemon(true);
            producer.start();
        }
    }

    /**
     * A stream over the given batches of target nodes.
     *
     * @param prefetch how many batches a background thread may sample ahead; 0 samples on the
     *     caller's thread
     */
    public static MiniBatchStream of(NeighbourSampler sampler, int[][] batches, long seed, int prefetch) {
        return new MiniBatchStream(sampler, batches, seed, prefetch);
    }

    /** The prefetch depth to use on this machine: 4 batches when there are at least two cores, else 0. */
    public static int defaultPrefetch() {
        return Runtime.getRuntime().availableProcessors() >= 2 ? 4 : 0;
    }

    /** Number of batches in the stream. */
    public int size() {
        return batches.length;
    }

    private MiniBatch sampleBatch(int b) {
        return sampler.sample(b, batches[b], NodeBatches.batchSeed(seed, b));
    }

    private void produce() {
        try {
            for (int b = 0; b < batches.length; b++) {
                queue.put(new Item(sampleBatch(b), null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Item(null, e));
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean hasNext() {
        return next < batches.length;
    }

    /**
     * The next batch.
     *
     * @throws IllegalStateException if sampling failed in the background thread (the cause is attached)
     */
    @Override
    public MiniBatch next() {
        if (!hasNext()) {
            throw new NoSuchElementException("all " + batches.length + " batches were consumed");
        }
        if (queue == null) {
            return sampleBatch(next++);
        }
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for batch " + next, e);
        }
        if (item.error != null) {
            next = batches.length;
            throw new IllegalStateException("sampling batch " + next + " failed: " + item.error.getMessage(), item.error);
        }
        next++;
        return item.batch;
    }

    /** Stops the background thread (if any) and drops the batches it sampled ahead. */
    @Override
    public void close() {
        if (producer != null) {
            producer.interrupt();
            queue.clear();
            try {
                producer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            queue.clear();
        }
        next = batches.length;
    }

    /** A sampled batch or the failure of the producer. */
    private record Item(MiniBatch batch, Throwable error) {
    }

    @Override
    public String toString() {
        return "MiniBatchStream[" + batches.length + " batches, " + sampler + (producer == null ? ", no prefetch" : ", prefetching")
                + "]";
    }
}
