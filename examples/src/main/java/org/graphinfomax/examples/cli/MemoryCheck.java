package org.graphinfomax.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;

/**
 * Warns before memory runs out rather than after: estimates what an input or a model will need and
 * compares it with what this JVM may use, the Java heap for data read from files and ND4J's
 * off-heap limit for arrays (JavaCPP's {@code maxBytes}, by default the same as {@code -Xmx}).
 */
public final class MemoryCheck {

    /** Bytes of a float. */
    public static final long FLOAT_BYTES = 4;

    private final long heapLimit;
    private final long offHeapLimit;
    private final PrintWriter warnings;

    /**
     * @param heapLimit bytes of Java heap available, e.g. {@link Runtime#maxMemory()}
     * @param offHeapLimit bytes ND4J may allocate off the heap
     * @param warnings where warnings are printed
     */
    public MemoryCheck(long heapLimit, long offHeapLimit, PrintWriter warnings) {
        this.heapLimit = heapLimit;
        this.offHeapLimit = offHeapLimit;
        this.warnings = warnings;
    }

    /** The limits of this JVM; {@code assumedLimit}, when positive, replaces both (for tests). */
    public static MemoryCheck forThisJvm(long assumedLimit, PrintWriter warnings) {
        if (assumedLimit > 0) {
            return new MemoryCheck(assumedLimit, assumedLimit, warnings);
        }
        return new MemoryCheck(Runtime.getRuntime().maxMemory(), Pointer.maxBytes(), warnings);
    }

    /**
     * Warns if reading a node table with dense features would not fit the heap: the reader keeps
     * the values as floats while reading (with up to twice that while its buffer grows) and then
     * copies them into an ND4J array.
     *
     * @return whether a warning was printed
     */
    public boolean checkFeatureTable(String file, long rows, long featureColumns) {
        long bytes = rows * featureColumns * FLOAT_BYTES;
        boolean heap = warnIf(3 * bytes, heapLimit, String.format(Locale.ROOT,
                "%s: %,d nodes x %,d feature columns are %s as floats; reading them needs about %s of Java heap",
                file, rows, featureColumns, human(bytes), human(3 * bytes)));
        return heap || warnIf(bytes, offHeapLimit, String.format(Locale.ROOT,
                "%s: a dense %,d x %,d feature matrix needs %s off the heap", file, rows, featureColumns, human(bytes)));
    }

    /**
     * Warns if training activations would not fit: a full-batch graph model keeps a few
     * (nodes x width) float arrays per layer for the backward pass.
     *
     * @param arrays how many (nodes x width) arrays are alive at once
     * @return whether a warning was printed
     */
    public boolean checkActivations(String what, long nodes, long width, int arrays) {
        long bytes = nodes * width * FLOAT_BYTES * arrays;
        return warnIf(bytes, offHeapLimit, String.format(Locale.ROOT,
                "%s: %,d nodes x %,d units need about %s for activations and gradients", what, nodes, width,
                human(bytes)));
    }

    private boolean warnIf(long needed, long limit, String what) {
        if (needed <= limit * 0.8) {
            return false;
        }
        warnings.printf(Locale.ROOT, "warning: %s, but this JVM may use %s; it may run out of memory. "
                + "Start Java with more, e.g. java -Xmx%dg -jar graph-infomax.jar ...%n", what, human(limit),
                Math.max(2, (long) Math.ceil(needed * 1.5 / (1L << 30))));
        warnings.flush();
        return true;
    }

    /** Bytes in KB, MB or GB with one decimal. */
    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
