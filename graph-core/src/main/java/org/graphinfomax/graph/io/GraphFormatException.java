package org.graphinfomax.graph.io;

import java.io.IOException;

/**
 * A file does not hold what its format promises. The message names the file, the line (when
 * known) and the offending value, for example
 * {@code edges.csv, line 17: unknown node id 'n42' (not in nodes.csv)}.
 */
public class GraphFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;

    /**
     * @param source the file (or resource) name
     * @param line 1-based line number, or 0 when the problem concerns the whole file
     * @param problem what is wrong, naming the bad value
     */
    public GraphFormatException(String source, long line, String problem) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** Same, with the low-level cause. */
    public GraphFormatException(String source, long line, String problem, Throwable cause) {
        this(source, line, problem);
        initCause(cause);
    }

    /** The file or resource name. */
    public String source() {
        return source;
    }

    /** The 1-based line number, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }
}
