package org.graphinfomax.examples.cli;

/** Wall-clock time of a phase of a run. */
public final class Stopwatch {

    private long start = System.nanoTime();

    /** Seconds since creation or the last {@link #lap()}, and restarts. */
    public double lap() {
        long now = System.nanoTime();
        double seconds = (now - start) / 1e9;
        start = now;
        return seconds;
    }
}
