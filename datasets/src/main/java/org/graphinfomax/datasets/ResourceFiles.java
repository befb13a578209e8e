package org.graphinfomax.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** Dataset files bundled as class-path resources under one folder (see {@code bundled/NOTICE.md}). */
final class ResourceFiles implements DatasetFiles {

    /** The resource folder that holds the bundled datasets. */
    static final String BUNDLED_ROOT = "org/graphinfomax/datasets/bundled/";

    private final String folder;

    /** @param folder a folder below {@link #BUNDLED_ROOT}, ending in '/' */
    ResourceFiles(String folder) {
        this.folder = BUNDLED_ROOT + Objects.requireNonNull(folder, "folder");
    }

    @Override
    public boolean exists(String fileName) {
        return loader().getResource(folder + fileName) != null;
    }

    @Override
    public byte[] read(String fileName) throws IOException {
        try (InputStream in = loader().getResourceAsStream(folder + fileName)) {
            if (in == null) {
                throw new MissingDatasetFileException(location(fileName), "not bundled in the datasets jar");
            }
            return in.readAllBytes();
        }
    }

    @Override
    public String location(String fileName) {
        return "classpath:" + folder + fileName;
    }

    private static ClassLoader loader() {
        return ResourceFiles.class.getClassLoader();
    }

    @Override
    public String toString() {
        return "classpath:" + folder;
    }
}
