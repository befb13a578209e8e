package org.graphinfomax.examples.cli;

/** The exit codes of the {@code graph-infomax} command. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** The run failed (training diverged, out of memory, an unexpected error). */
    public static final int FAILURE = 1;
    /** The command line is wrong: unknown option, bad value, unknown dataset name. */
    public static final int USAGE = 2;
    /** Input data is missing, malformed or does not fit (names the file and line where known). */
    public static final int INPUT = 3;
    /** The output directory is not empty and {@code --overwrite} was not given, or cannot be written. */
    public static final int OUTPUT = 4;

    private ExitCodes() {
    }
}
