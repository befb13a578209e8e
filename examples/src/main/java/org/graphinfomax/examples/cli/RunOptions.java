package org.graphinfomax.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of every command that writes a run's files: where they go, whether an earlier run
 * may be replaced, threads, and how much is said about errors.
 */
public final class RunOptions {

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Output directory (created; an existing non-empty one needs --overwrite).")
    Path out;

    @Option(names = "--overwrite", description = "Replace the files of an earlier run in --out.")
    boolean overwrite;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for computation (default: all cores; 1 is often fastest on 2 cores).")
    Integer threads;

    @Option(names = {"-v", "--verbose"}, description = "Show log messages and the stack trace of an error.")
    boolean verbose;

    /** For tests of the memory warnings: pretend the JVM may use this many bytes. */
    @Option(names = "--assume-memory-limit", hidden = true, defaultValue = "0")
    long assumedMemoryLimit;
}
