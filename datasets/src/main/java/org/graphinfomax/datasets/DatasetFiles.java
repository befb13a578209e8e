package org.graphinfomax.datasets;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where the files of one dataset are read from: a directory, a zip archive as distributed, or the
 * resources bundled in this jar. Loaders only ask for files by name, so the same parsing code
 * serves every source and error messages can name the exact place of a file.
 */
interface DatasetFiles extends Closeable {

    /** Whether the named file is present. */
    boolean exists(String fileName);

    /**
     * The content of the named file.
     *
     * @throws MissingDatasetFileException if it is not present
     */
    byte[] read(String fileName) throws IOException;

    /** The file's place as shown in messages: a path, {@code archive.zip!/entry} or {@code classpath:...}. */
    String location(String fileName);

    /**
     * Fails, naming every absent file, unless all {@code fileNames} are present.
     *
     * @param purpose what the files are needed for, and any way around a missing one
     */
    default void requireAll(List<String> fileNames, String purpose) throws MissingDatasetFileException {
        List<String> missing = fileNames.stream().filter(f -> !exists(f)).toList();
        if (!missing.isEmpty()) {
            String others = missing.size() == 1 ? "" : " (also missing: "
                    + String.join(", ", missing.subList(1, missing.size())) + ")";
            throw new MissingDatasetFileException(location(missing.get(0)), purpose + others);
        }
    }

    /** Releases an open archive; a no-op for directories and resources. */
    @Override
    default void close() throws IOException {
    }
}
