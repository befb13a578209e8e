package org.graphinfomax.datasets;

import java.nio.file.NoSuchFileException;

/**
 * A file that a dataset needs is not where it should be. {@link #getFile()} names it exactly
 * (for example {@code .../planetoid/ind.pubmed.allx}); the message also says what it was needed
 * for and, where there is one, how to do without it.
 */
public class MissingDatasetFileException extends NoSuchFileException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file where the file was looked for
     * @param reason what the file is needed for, and any way around it
     */
    public MissingDatasetFileException(String file, String reason) {
        super(file, null, reason);
    }
}
