package org.graphinfomax.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.graphinfomax.datasets.CsvNodeDataset;
import org.graphinfomax.datasets.NodeClassificationDataset;
import org.graphinfomax.datasets.Planetoid;
import org.graphinfomax.datasets.Split;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.SparseMatrix;
import org.graphinfomax.graph.io.CsvGraph;
import org.graphinfomax.graph.io.CsvGraphReader;
import picocli.CommandLine.Option;

/**
 * Where a node-level command gets its graph: a Planetoid dataset by name (bundled Cora, or
 * Citeseer/Pubmed from the cache or a folder) or the user's CSV files (an edge list with string
 * ids and an optional node table with features, a label column and a split column).
 */
public final class NodeInputOptions {

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "A Planetoid dataset: cora (bundled), citeseer or pubmed (downloaded and cached on first use).")
    String dataset;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Read --dataset from this folder of ind.<name>.* files instead of the bundle or cache.")
    Path dataDir;

    @Option(names = "--edges", paramLabel = "FILE",
            description = "Your graph: a CSV edge list 'source,target[,weight]' with any string node ids.")
    Path edges;

    @Option(names = "--nodes", paramLabel = "FILE",
            description = "Node table with a header: id column, numeric feature columns, optional label and split columns.")
    Path nodes;

    @Option(names = "--id-column", paramLabel = "NAME", description = "Node table id column (default: the first).")
    String idColumn;

    @Option(names = "--label-column", paramLabel = "NAME",
            description = "Node table label column (default: 'label' if the header has it).")
    String labelColumn;

    @Option(names = "--split-column", paramLabel = "NAME",
            description = "Node table column of train/val/test (default: 'split' if the header has it).")
    String splitColumn;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "Field separator of the CSV files, e.g. ',' or 'tab' (default: '${DEFAULT-VALUE}').")
    String delimiter;

    @Option(names = "--edges-header", description = "The edge list's first line is a header.")
    boolean edgesHeader;

    @Option(names = "--directed", description = "Keep edges directed (default: each edge goes both ways).")
    boolean directed;

    @Option(names = "--normalize", paramLabel = "MODE", defaultValue = "auto",
            description = "Feature preprocessing: auto (divide each row by its sum when all values are >= 0, "
                    + "as DGI does for bag-of-words), row, none (default: ${DEFAULT-VALUE}).")
    FeatureNormalization normalize;

    @Option(names = "--identity-features",
            description = "Without feature columns, give each node a one-hot feature of its own id (transductive only).")
    boolean identityFeatures;

    /** What was loaded and how it was preprocessed. */
    public record Loaded(NodeClassificationDataset data, String source, boolean rowNormalized) {
    }

    /**
     * Loads and preprocesses the graph.
     *
     * @param memory checks a node table's size before it is read
     * @throws CliException for a wrong combination of options, an unknown dataset or a graph
     *     without features
     */
    public Loaded load(MemoryCheck memory) throws IOException {
        NodeClassificationDataset raw;
        String source;
        if (dataset != null) {
            if (edges != null || nodes != null) {
                throw CliException.usage("give either --dataset or --edges/--nodes, not both");
            }
            String name = knownDataset(dataset);
            if (dataDir != null) {
                requireDirectory(dataDir);
                raw = Planetoid.load(dataDir, name);
                source = name + " from " + dataDir;
            } else {
                raw = Planetoid.load(name);
                source = name + (name.equals(Planetoid.BUNDLED) ? " (bundled)" : " (cache)");
            }
        } else if (edges != null) {
            if (dataDir != null) {
                throw CliException.usage("--data-dir goes with --dataset, not with --edges");
            }
            raw = readCsv(memory);
            source = edges + (nodes != null ? " + " + nodes : "");
        } else {
            if (nodes != null) {
                throw CliException.usage("--nodes needs an edge list: give --edges FILE too");
            }
            throw CliException.usage("no input: give --dataset NAME (" + knownList() + ") or --edges FILE [--nodes FILE]");
        }
        NodeClassificationDataset withFeatures = ensureFeatures(raw);
        boolean normalized = normalize.appliesTo(withFeatures);
        return new Loaded(normalize.apply(withFeatures), source, normalized);
    }

    /** Checks a Planetoid name, listing the known ones if it is not. */
    static String knownDataset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!Planetoid.NAMES.contains(n)) {
            throw CliException.usage("unknown dataset '" + name + "'; known: " + knownList()
                    + "; for your own graph use --edges FILE [--nodes FILE]");
        }
        return n;
    }

    private static String knownList() {
        return "cora (bundled), citeseer, pubmed (downloaded on first use)";
    }

    private NodeClassificationDataset readCsv(MemoryCheck memory) throws IOException {
        requireFile(edges);
        char separator = separator();
        CsvGraphReader.Builder reader = CsvGraphReader.builder().edges(edges).delimiter(separator)
                .edgesHaveHeader(edgesHeader).directed(directed);
        String name = baseName(edges);
        if (nodes == null) {
            if (labelColumn != null || splitColumn != null || idColumn != null) {
                throw CliException.usage("--id-column, --label-column and --split-column refer to a node table: give --nodes FILE");
            }
            return unlabelled(name, reader.build().read());
        }
        requireFile(nodes);
        List<String> header = header(nodes, separator);
        String label = column(header, labelColumn, "label", "--label-column");
        String split = column(header, splitColumn, "split", "--split-column");
        if (idColumn != null) {
            column(header, idColumn, null, "--id-column");
            reader.idColumn(idColumn);
        }
        reader.nodes(nodes);
        long featureColumns = header.size() - 1 - (label != null ? 1 : 0) - (split != null ? 1 : 0);
        memory.checkFeatureTable(nodes.toString(), countRecords(nodes), featureColumns);
        if (label != null) {
            return CsvNodeDataset.load(name, reader.labelColumn(label), split);
        }
        if (split != null) {
            reader.keepColumns(split);
        }
        return unlabelled(name, reader.build().read());
    }

    private NodeClassificationDataset unlabelled(String name, CsvGraph csv) {
        int[] none = new int[csv.graph().numNodes()];
        Arrays.fill(none, Graph.UNLABELLED);
        Graph graph = csv.graph().toBuilder().nodeLabels(none).build();
        Split empty = Split.of(new int[0], new int[0], new int[0]);
        return new NodeClassificationDataset(name, graph, empty, List.of(), csv.nodes().ids());
    }

    private NodeClassificationDataset ensureFeatures(NodeClassificationDataset data) {
        if (data.graph().features().isPresent() && data.graph().numFeatures() > 0) {
            return data;
        }
        if (!identityFeatures) {
            throw CliException.input((nodes != null ? nodes : edges) + ": the graph has no node features; "
                    + "add numeric feature columns to the node table, or pass --identity-features to use one-hot node ids");
        }
        int n = data.numNodes();
        Graph graph = data.graph().toBuilder().features(SparseMatrix.identity(n)).build();
        return new NodeClassificationDataset(data.name(), graph, data.split(), data.classNames(), data.nodeIds());
    }

    private char separator() {
        if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") || delimiter.equals("\t")) {
            return '\t';
        }
        if (delimiter.length() != 1) {
            throw CliException.usage("--delimiter must be one character or 'tab', got '" + delimiter + "'");
        }
        return delimiter.charAt(0);
    }

    /** The column to use: the one asked for (which must exist) or the default name if present. */
    private static String column(List<String> header, String asked, String defaultName, String option) {
        if (asked != null) {
            if (!header.contains(asked)) {
                throw CliException.input(option + " " + asked + ": no such column in the node table header " + header);
            }
            return asked;
        }
        return defaultName != null && header.contains(defaultName) ? defaultName : null;
    }

    private static List<String> header(Path file, char separator) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.DEFAULT.builder()
                        .setDelimiter(separator).setTrim(true).setCommentMarker('#').setIgnoreEmptyLines(true).get()).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw CliException.input(file + ": the node table is empty; it needs a header line");
            }
            CSVRecord first = records.next();
            return first.toList();
        }
    }

    private static long countRecords(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return Math.max(0, lines.filter(l -> !l.isBlank() && !l.startsWith("#")).count() - 1);
        }
    }

    static void requireFile(Path file) throws NoSuchFileException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    Files.isDirectory(file) ? "is a directory, not a file" : "file not found");
        }
    }

    static void requireDirectory(Path dir) throws NoSuchFileException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "directory not found");
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
