package org.graphinfomax.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The TU Dortmund graph-classification benchmarks (MUTAG, PTC_MR, PROTEINS, NCI1, IMDB-BINARY,
 * IMDB-MULTI, ENZYMES and any other dataset in the same format), read from the text files as
 * distributed: from a folder, or straight from the {@code <NAME>.zip} archive.
 *
 * <ul>
 *   <li>{@link #load(String)}: MUTAG from the copy bundled in this jar (no network, no data
 *       folder); other datasets from the {@link DatasetCache#defaultCache() default cache},
 *       downloaded, verified and extracted on first use.</li>
 *   <li>{@link #load(Path, String, TUOptions)}: from a folder holding {@code <NAME>_A.txt} etc.
 *       (directly or in a sub-folder {@code <NAME>/}, as the archives unpack), or from a zip
 *       archive.</li>
 * </ul>
 *
 * <p>Node features follow {@link TUOptions}; the result's
 * {@link GraphClassificationDataset#featureDescription()} says what was built. Graph labels are
 * 0..C-1 in ascending order of the original labels, which
 * {@link GraphClassificationDataset#classNames()} keeps. See {@code TUReader} for the checks.
 */
public final class TUDataset {

    /** The datasets bundled in this jar. */
    public static final List<String> BUNDLED = List.of("MUTAG");

    private TUDataset() {
    }

    /** The file name of one part, {@code <NAME>_<part>.txt}, e.g. {@code MUTAG_graph_indicator.txt}. */
    public static String fileName(String name, String part) {
        return name + "_" + part + ".txt";
    }

    /** {@link #load(String, TUOptions)} with {@link TUOptions#defaults()}. */
    public static GraphClassificationDataset load(String name) throws IOException {
        return load(name, TUOptions.defaults());
    }

    /**
     * A bundled dataset from the class path, any other from the default cache (downloaded,
     * verified and extracted on first use).
     *
     * @param name the dataset's name as TU Dortmund spells it, e.g. "MUTAG" or "IMDB-BINARY"
     * @throws IllegalArgumentException if the dataset is neither bundled nor in the catalog
     */
    public static GraphClassificationDataset load(String name, TUOptions options) throws IOException {
        if (BUNDLED.contains(name)) {
            return loadBundled(name, options);
        }
        return load(fetch(name, DatasetCache.defaultCache(), DatasetCatalog.standard()), name, options);
    }

    /**
     * A dataset bundled in this jar.
     *
     * @throws IllegalArgumentException if it is not bundled
     */
    public static GraphClassificationDataset loadBundled(String name, TUOptions options) throws IOException {
        if (!BUNDLED.contains(name)) {
            throw new IllegalArgumentException(name + " is not bundled (bundled: " + BUNDLED + ")");
        }
        return new TUReader(new ResourceFiles("tu/" + name + "/"), name, options).read();
    }

    /** {@link #load(Path, String, TUOptions)} with {@link TUOptions#defaults()}. */
    public static GraphClassificationDataset load(Path folderOrZip, String name) throws IOException {
        return load(folderOrZip, name, TUOptions.defaults());
    }

    /**
     * A dataset from a folder or a zip archive.
     *
     * @param folderOrZip a folder with the files (or with a sub-folder {@code name} holding them), or
     *     a zip archive holding them
     * @throws MissingDatasetFileException naming the first required file that is missing
     * @throws DatasetFormatException naming the file and line of the first malformed record
     */
    public static GraphClassificationDataset load(Path folderOrZip, String name, TUOptions options)
            throws IOException {
        if (!name.matches("[A-Za-z0-9_\\-]+")) {
            throw new IllegalArgumentException("'" + name + "' is not a plain dataset name");
        }
        try (DatasetFiles files = open(folderOrZip, name)) {
            return new TUReader(files, name, options).read();
        }
    }

    /**
     * Downloads (where not cached and valid) the dataset's archive into {@code <cache>/tu/}, extracts
     * it into {@code <cache>/tu/<NAME>/} and returns that folder, ready for {@link #load(Path, String)}.
     *
     * @throws IllegalArgumentException if the catalog has no digest for the archive
     * @throws DownloadException if it cannot be downloaded or has the wrong digest
     */
    public static Path fetch(String name, DatasetCache cache, DatasetCatalog catalog) throws IOException {
        return cache.fetchExtracted(catalog.tuArchive(name), "tu/" + name);
    }

    private static DatasetFiles open(Path folderOrZip, String name) throws IOException {
        if (Files.isRegularFile(folderOrZip)) {
            return new ZipFiles(folderOrZip);
        }
        String adjacency = fileName(name, "A");
        if (!Files.isRegularFile(folderOrZip.resolve(adjacency))
                && Files.isRegularFile(folderOrZip.resolve(name).resolve(adjacency))) {
            return new DirectoryFiles(folderOrZip.resolve(name));
        }
        return new DirectoryFiles(folderOrZip);
    }
}
