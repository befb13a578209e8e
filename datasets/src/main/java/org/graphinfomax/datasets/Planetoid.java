package org.graphinfomax.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Planetoid citation graphs Cora, Citeseer and Pubmed with the public split of Yang, Cohen and
 * Salakhutdinov (ICML 2016), read from the eight original files {@code ind.<name>.{x, y, tx, ty,
 * allx, ally, graph, test.index}} and assembled as GCN's and DGI's reference loaders do.
 *
 * <ul>
 *   <li>{@link #load(String)}: Cora from the copy bundled in this jar (no network, no data
 *       folder); Citeseer and Pubmed from the {@link DatasetCache#defaultCache() default cache},
 *       downloaded and verified on first use.</li>
 *   <li>{@link #load(Path, String)}: from a folder holding the eight files.</li>
 *   <li>{@link #loadWithoutFeatures(Path, String)}: graph, labels and split only, for when the
 *       feature files are missing (the project's data folder lacks {@code ind.pubmed.allx}); a full
 *       load then fails with a {@link MissingDatasetFileException} naming that file.</li>
 * </ul>
 *
 * <p>The result's graph has sparse, unnormalised features; DGI's reference row-normalises them:
 * {@link NodeClassificationDataset#withRowNormalizedFeatures()}. Labels are the classes 0..C-1 of
 * the one-hot rows; Citeseer's 15 ids in the test range that {@code test.index} does not list have
 * no feature and label rows in the files, and get an empty feature row and label
 * {@link org.graphinfomax.graph.Graph#UNLABELLED} (the reference loaders give them label 0 as the
 * argmax of a zero row; these nodes are in none of the three parts of the split, so accuracies on
 * the public split are the same). See {@code PlanetoidReader} for the assembly.
 */
public final class Planetoid {

    /** The datasets of the Planetoid collection. */
    public static final List<String> NAMES = List.of("cora", "citeseer", "pubmed");
    /** The parts of a dataset, each one file {@code ind.<name>.<part>}. */
    public static final List<String> PARTS = List.of("x", "y", "tx", "ty", "allx", "ally", "graph", "test.index");
    /** The dataset bundled in this jar. */
    public static final String BUNDLED = "cora";

    private Planetoid() {
    }

    /** The file name of one part, {@code ind.<name>.<part>}. */
    public static String fileName(String name, String part) {
        return "ind." + name + "." + part;
    }

    /**
     * Cora from the bundled copy; Citeseer and Pubmed from the default cache (downloaded and
     * verified on first use).
     *
     * @param name "cora", "citeseer" or "pubmed" (any case)
     * @throws IllegalArgumentException for another name
     */
    public static NodeClassificationDataset load(String name) throws IOException {
        String n = knownName(name);
        if (n.equals(BUNDLED)) {
            return loadBundled(n);
        }
        return load(fetch(n, DatasetCache.defaultCache(), DatasetCatalog.standard()), n);
    }

    /**
     * A bundled dataset (only {@value #BUNDLED}), read from the class path.
     *
     * @throws IllegalArgumentException if {@code name} is not bundled
     */
    public static NodeClassificationDataset loadBundled(String name) throws IOException {
        String n = knownName(name);
        if (!n.equals(BUNDLED)) {
            throw new IllegalArgumentException("only " + BUNDLED + " is bundled, not " + name
                    + "; use Planetoid.load(name) to download it or load(directory, name)");
        }
        return new PlanetoidReader(new ResourceFiles("planetoid/"), n).read(PlanetoidReader.Features.ALL);
    }

    /**
     * The dataset from the eight files in {@code directory}.
     *
     * @param name the {@code <name>} of the file names, e.g. "cora"
     * @throws MissingDatasetFileException naming the first missing file
     * @throws DatasetFormatException naming the file (and line) of the first malformed content
     */
    public static NodeClassificationDataset load(Path directory, String name) throws IOException {
        return new PlanetoidReader(new DirectoryFiles(directory), fileNamePart(name)).read(PlanetoidReader.Features.ALL);
    }

    /**
     * Graph, node labels and split from the files y, ty, ally, graph and test.index in
     * {@code directory}; the feature files x, tx and allx are not read and the graph has no
     * features.
     *
     * @throws MissingDatasetFileException naming the first missing file
     * @throws DatasetFormatException naming the file (and line) of the first malformed content
     */
    public static NodeClassificationDataset loadWithoutFeatures(Path directory, String name) throws IOException {
        return new PlanetoidReader(new DirectoryFiles(directory), fileNamePart(name)).read(PlanetoidReader.Features.NONE);
    }

    /**
     * Graph, labels and split as {@link #loadWithoutFeatures}, with the features of the files x (the
     * training nodes) and tx (the test nodes) only; every other node gets an empty feature row. For
     * a dataset whose allx file is unavailable (Pubmed in this project's data folder): enough to
     * train and time a model on the real graph, not to reproduce published accuracies.
     *
     * @throws MissingDatasetFileException naming the first missing file among the seven used
     * @throws DatasetFormatException naming the file (and line) of the first malformed content
     */
    public static NodeClassificationDataset loadWithAvailableFeatures(Path directory, String name) throws IOException {
        return new PlanetoidReader(new DirectoryFiles(directory), fileNamePart(name)).read(PlanetoidReader.Features.AVAILABLE);
    }

    /**
     * Downloads (where not cached and valid) the eight files of a dataset into
     * {@code <cache>/planetoid/} and returns that folder, ready for {@link #load(Path, String)}.
     *
     * @throws DownloadException if a file cannot be downloaded or has the wrong digest
     */
    public static Path fetch(String name, DatasetCache cache, DatasetCatalog catalog) throws IOException {
        String n = knownName(name);
        Path folder = null;
        for (String part : PARTS) {
            folder = cache.fetch(catalog.planetoidFile(n, part)).getParent();
        }
        return Objects.requireNonNull(folder);
    }

    private static String knownName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!NAMES.contains(n)) {
            throw new IllegalArgumentException("unknown Planetoid dataset '" + name + "'; known: " + NAMES);
        }
        return n;
    }

    private static String fileNamePart(String name) {
        if (!name.matches("[A-Za-z0-9_\\-]+")) {
            throw new IllegalArgumentException("'" + name + "' is not a plain dataset name");
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
