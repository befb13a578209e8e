package org.graphinfomax.infomax.dgi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Memory figures of this process for benchmark output: peak and current RSS from /proc, heap, process CPU time, load. */
final class Memory {

    private Memory() {
    }

    /** VmHWM (peak resident set) in KiB, or -1 if /proc is not readable. */
    static long peakKib() {
        return statusKib("VmHWM");
    }

    /** VmRSS (current resident set) in KiB, or -1 if /proc is not readable. */
    static long rssKib() {
        return statusKib("VmRSS");
    }

    /** "rss X MiB (peak Y), heap used Z MiB". */
    static String line() {
        Runtime r = Runtime.getRuntime();
        return String.format(Locale.ROOT, "rss %d MiB (peak %d), heap used %d MiB", statusKib("VmRSS") >> 10,
                peakKib() >> 10, (r.totalMemory() - r.freeMemory()) >> 20);
    }

    /** CPU time of the whole process (all threads) so far, in seconds. */
    static double processCpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** The 1-minute load average. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long statusKib(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(key + ":"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
