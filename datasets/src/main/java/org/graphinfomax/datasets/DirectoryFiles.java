package org.graphinfomax.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** Dataset files that lie side by side in one directory. */
final class DirectoryFiles implements DatasetFiles {

    private final Path directory;

    DirectoryFiles(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public boolean exists(String fileName) {
        return Files.isRegularFile(directory.resolve(fileName));
    }

    @Override
    public byte[] read(String fileName) throws IOException {
        try {
            return Files.readAllBytes(directory.resolve(fileName));
        } catch (NoSuchFileException e) {
            throw new MissingDatasetFileException(location(fileName), "no such file in " + directory);
        }
    }

    @Override
    public String location(String fileName) {
        return directory.resolve(fileName).toString();
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
