package org.graphinfomax.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.graphinfomax.datasets.DatasetCatalog;
import org.graphinfomax.datasets.DownloadException;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.datasets.TUDataset;
import picocli.CommandLine.Option;

/**
 * Where a graph-level command gets its graphs: a TU Dortmund dataset by name (MUTAG bundled, the
 * others of the catalog downloaded, verified and cached on first use) or the TU files in a folder or
 * a zip archive ({@code --data}), whose name is taken from {@code --dataset} or else from the
 * folder's or archive's file name.
 */
public final class GraphInputOptions {

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "A TU dataset: MUTAG (bundled), PTC_MR, PROTEINS, NCI1, IMDB-BINARY, IMDB-MULTI, ENZYMES "
                    + "(downloaded and cached on first use).")
    String dataset;

    @Option(names = "--data", paramLabel = "DIR|ZIP",
            description = "Read the TU files <NAME>_A.txt, <NAME>_graph_indicator.txt, ... from this folder or zip "
                    + "(NAME: --dataset, else the folder's or zip's name).")
    Path data;

    /** What was loaded and from where, e.g. "MUTAG (bundled)". */
    public record Loaded(GraphClassificationDataset data, String source) {
    }

    /**
     * Loads the graphs.
     *
     * @throws CliException if neither option is given or the name is unknown (listing the known ones)
     * @throws NoSuchFileException naming a {@code --data} path that does not exist
     */
    public Loaded load() throws IOException {
        return load(dataset, data);
    }

    /** Whether either option was given. */
    public boolean given() {
        return dataset != null || data != null;
    }

    /**
     * Loads a TU dataset by name or from a folder or zip.
     *
     * @param name the dataset's name (any case for the known ones), or null to take it from {@code path}
     * @param path a folder or zip with the TU files, or null for a bundled or cached dataset
     */
    static Loaded load(String name, Path path) throws IOException {
        if (path != null) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString(), null, "no such folder or zip");
            }
            String resolved = name != null ? canonical(name).orElse(name) : nameOf(path);
            return new Loaded(TUDataset.load(path, resolved), resolved + " from " + path);
        }
        if (name == null) {
            throw CliException.usage("no input: give --dataset NAME (" + knownList() + ") or --data DIR|ZIP");
        }
        String known = canonical(name).orElseThrow(() -> CliException.usage("unknown dataset '" + name + "'; known: "
                + knownList() + "; for other TU files use --data DIR|ZIP"));
        try {
            return new Loaded(TUDataset.load(known),
                    known + (TUDataset.BUNDLED.contains(known) ? " (bundled)" : " (cache)"));
        } catch (DownloadException e) {
            throw CliException.input(e.getMessage() + " (datasets are cached in ~/.graphinfomax/datasets; or give "
                    + "--data DIR|ZIP with the TU files)");
        }
    }

    /** The known TU names: the bundled ones first, then the catalog's. */
    static List<String> knownNames() {
        List<String> names = new ArrayList<>(TUDataset.BUNDLED);
        DatasetCatalog.standard().tuDatasets().stream().sorted().filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }

    private static Optional<String> canonical(String name) {
        return knownNames().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }

    private static String knownList() {
        List<String> downloaded = knownNames().stream().filter(n -> !TUDataset.BUNDLED.contains(n)).toList();
        return String.join(", ", TUDataset.BUNDLED) + " (bundled), " + String.join(", ", downloaded)
                + " (downloaded on first use)";
    }

    /** {@code .../PTC_MR.zip} and {@code .../PTC_MR/} are PTC_MR. */
    private static String nameOf(Path path) {
        String file = path.toAbsolutePath().normalize().getFileName().toString();
        String name = file.toLowerCase(Locale.ROOT).endsWith(".zip") ? file.substring(0, file.length() - 4) : file;
        return canonical(name).orElse(name);
    }
}
