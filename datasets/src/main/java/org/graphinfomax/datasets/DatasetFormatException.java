package org.graphinfomax.datasets;

import java.io.IOException;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A dataset file whose content is not what its format promises: a truncated or foreign file, a
 * non-numeric field, a line count that does not match another file, an id out of range. The
 * message starts with the file (a path, a zip entry or a class-path resource) and, where it is
 * known, the line.
 */
public class DatasetFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    /**
     * A problem at one line of a text file.
     *
     * @param file where the file was read from
     * @param line the 1-based line number
     * @param problem what is wrong there
     */
    public DatasetFormatException(String file, long line, String problem) {
        super(file + " line " + line + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
    }

    /** A problem with a file as a whole (for example a binary file). */
    public DatasetFormatException(String file, String problem) {
        this(file, problem, null);
    }

    /** A problem with a file as a whole, found while decoding it. */
    public DatasetFormatException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = 0;
    }

    /** The file the problem is in. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, if it concerns one line. */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }
}
