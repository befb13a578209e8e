package org.graphinfomax.examples.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a run writes its results. An existing directory that is not empty is never written into
 * silently: the caller must allow it explicitly (the CLI's {@code --overwrite}). Files inside are
 * written atomically by the writers that use it.
 */
public final class OutputDirectory {

    private final Path root;

    private OutputDirectory(Path root) {
        this.root = root;
    }

    /**
     * Prepares the directory.
     *
     * @param overwrite whether files of an earlier run may be replaced
     * @throws FileAlreadyExistsException if the directory holds files and {@code overwrite} is false,
     *     or the path is a regular file
     */
    public static OutputDirectory prepare(Path root, boolean overwrite) throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new FileAlreadyExistsException(root.toString(), null, "exists and is not a directory");
        }
        if (Files.isDirectory(root) && !overwrite) {
            try (Stream<Path> entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(root.toString(), null,
                            "output directory exists and is not empty; use --overwrite to replace its files");
                }
            }
        }
        Files.createDirectories(root);
        return new OutputDirectory(root);
    }

    /** The directory. */
    public Path root() {
        return root;
    }

    /** A file in the directory. */
    public Path file(String name) {
        return root.resolve(name);
    }
}
