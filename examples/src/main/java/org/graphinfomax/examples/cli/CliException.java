package org.graphinfomax.examples.cli;

/**
 * A failure the person at the terminal can fix (a wrong option value, an unknown dataset, a file
 * that does not fit the model): reported as one line, without a stack trace, with its own exit
 * code.
 */
public class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param exitCode one of the {@link ExitCodes}
     * @param message one line saying what is wrong and, where possible, what to do
     */
    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** Same, keeping the low-level cause for {@code --verbose}. */
    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A usage error: an option value that cannot work. */
    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    /** Input data that cannot be used (missing, malformed or incompatible). */
    public static CliException input(String message) {
        return new CliException(ExitCodes.INPUT, message);
    }

    /** The process exit code for this failure. */
    public int exitCode() {
        return exitCode;
    }
}
