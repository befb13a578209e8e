package org.graphinfomax.graph.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.graphinfomax.graph.DuplicatePolicy;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.LabelEncoding;
import org.graphinfomax.graph.NodeIndex;
import org.graphinfomax.graph.SparseMatrix;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads a graph from an edge list and an optional node table in CSV form (Apache Commons CSV).
 *
 * <p><b>Edge list</b>: one edge per record, {@code source, target[, weight]}; node ids are arbitrary
 * strings; every record has the same number of fields; a header line is skipped when
 * {@link Builder#edgesHaveHeader(boolean)} says so. Lines starting with {@code #} are comments.
 *
 * <p><b>Node table</b> (optional, with a header line): one node per record; an id column (the
 * first column unless named), an optional label column, optional extra string columns to keep
 * (such as {@code split}), and every other column a numeric feature. When a node table is given it
 * defines the nodes and their order, and an edge naming an unknown id is an error; otherwise the
 * nodes are the ids of the edge list in order of first appearance.
 *
 * <p>Labels that are all non-negative integers are used as they are; otherwise the distinct label
 * strings are sorted and numbered 0, 1, .... An empty label field means "unlabelled" (-1).
 *
 * <p>Every problem is reported as a {@link GraphFormatException} naming the file, the line and the
 * value: unknown node id, non-numeric or non-finite number, ragged row, duplicate node id, empty
 * file, missing column.
 */
public final class CsvGraphReader {

    private final Path edges;
    private final Path nodes;
    private final char delimiter;
    private final boolean edgesHaveHeader;
    private final boolean directed;
    private final DuplicatePolicy duplicates;
    private final String idColumn;
    private final String labelColumn;
    private final List<String> keptColumns;
    private final FeatureStorage featureStorage;

    private CsvGraphReader(Builder b) {
        this.edges = Objects.requireNonNull(b.edges, "an edge file is required");
        this.nodes = b.nodes;
        this.delimiter = b.delimiter;
        this.edgesHaveHeader = b.edgesHaveHeader;
        this.directed = b.directed;
        this.duplicates = b.duplicates;
        this.idColumn = b.idColumn;
        this.labelColumn = b.labelColumn;
        this.keptColumns = List.copyOf(b.keptColumns);
        this.featureStorage = b.featureStorage;
        if (nodes == null && (idColumn != null || labelColumn != null || !keptColumns.isEmpty())) {
            throw new IllegalStateException("id, label and kept columns refer to a node table, but none was given");
        }
    }

    /** A builder; only the edge file is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the files.
     *
     * @throws GraphFormatException naming the file, line and value of the first problem
     * @throws IOException if a file cannot be read
     */
    public CsvGraph read() throws IOException {
        NodeTable table = nodes == null ? null : readNodeTable();
        EdgeList edgeList = readEdges(table == null ? null : table.index);
        NodeIndex<String> index = table == null ? NodeIndex.of(edgeList.ids) : table.index;
        int n = index.size();
        if (n == 0) {
            throw new GraphFormatException(edges.toString(), 0, "no nodes: the edge list has no edges"
                    + (nodes == null ? " and no node table was given" : " and the node table is empty"));
        }
        SparseMatrix adjacency = SparseMatrix.fromCoo(n, n, edgeList.sources.toArray(), edgeList.targets.toArray(),
                edgeList.weights);
        adjacency = directed ? adjacency.deduplicate(duplicates) : adjacency.symmetrize(duplicates);
        Graph.Builder graph = Graph.builder(n).adjacency(adjacency);
        List<String> labelNames = List.of();
        Map<String, List<String>> extra = Map.of();
        if (table != null) {
            if (table.numFeatures > 0) {
                table.attachFeatures(graph, featureStorage);
            }
            if (table.labels != null) {
                LabelEncoding encoding = LabelEncoding.of(table.labels);
                graph.nodeLabels(encoding.codes());
                labelNames = encoding.names();
            }
            extra = table.extra;
        }
        return new CsvGraph(graph.build(), index, labelNames, extra);
    }

    // ------------------------------------------------------------------------------------------

    private CSVFormat format(boolean header) {
        CSVFormat.Builder b = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#');
        if (header) {
            b.setHeader().setSkipHeaderRecord(true);
        }
        return b.get();
    }

    private static Reader open(Path file) throws IOException {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "file not found");
        }
    }

    private EdgeList readEdges(NodeIndex<String> known) throws IOException {
        String name = edges.toString();
        EdgeList list = new EdgeList();
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        FloatList weights = new FloatList();
        int width = -1;
        try (Reader reader = open(edges); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(edgesHaveHeader)).get()) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (width < 0) {
                    width = record.size();
                    if (width < 2 || width > 3) {
                        throw new GraphFormatException(name, line, "expected 2 fields (source, target) or 3 (source, target, weight), got "
                                + width + ": " + record.toList());
                    }
                } else if (record.size() != width) {
                    throw new GraphFormatException(name, line, "expected " + width + " fields like the first edge, got "
                            + record.size() + ": " + record.toList());
                }
                list.sources.add(nodeOf(record.get(0), known, firstSeen, name, line));
                list.targets.add(nodeOf(record.get(1), known, firstSeen, name, line));
                if (width == 3) {
                    String hint = (line == 1 && !edgesHaveHeader) ? " (if the first line is a header, say edgesHaveHeader(true))" : "";
                    weights.add(parseNumber(record.get(2), "weight", name, line, hint));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new GraphFormatException(name, 0, "malformed CSV: " + e.getCause().getMessage(), e);
        }
        list.ids = new ArrayList<>(firstSeen.keySet());
        list.weights = width == 3 ? weights.toArray() : null;
        return list;
    }

    private static int nodeOf(String id, NodeIndex<String> known, Map<String, Integer> firstSeen, String file, long line)
            throws GraphFormatException {
        if (id.isEmpty()) {
            throw new GraphFormatException(file, line, "empty node id");
        }
        if (known != null) {
            var index = known.find(id);
            if (index.isEmpty()) {
                throw new GraphFormatException(file, line, "unknown node id '" + id + "' (not in the node table)");
            }
            return index.getAsInt();
        }
        return firstSeen.computeIfAbsent(id, k -> firstSeen.size());
    }

    private NodeTable readNodeTable() throws IOException {
        String name = nodes.toString();
        try (Reader reader = open(nodes); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(true)).get()) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new GraphFormatException(name, 0, "the file is empty; a node table needs a header line");
            }
            int idAt = idColumn == null ? 0 : columnIndex(header, idColumn, "id", name);
            int labelAt = labelColumn == null ? -1 : columnIndex(header, labelColumn, "label", name);
            int[] keptAt = new int[keptColumns.size()];
            for (int k = 0; k < keptAt.length; k++) {
                keptAt[k] = columnIndex(header, keptColumns.get(k), "kept", name);
            }
            boolean[] special = new boolean[header.size()];
            special[idAt] = true;
            if (labelAt >= 0) {
                special[labelAt] = true;
            }
            for (int k : keptAt) {
                special[k] = true;
            }
            int[] featureAt = java.util.stream.IntStream.range(0, header.size()).filter(c -> !special[c]).toArray();

            NodeTable table = new NodeTable(featureAt.length);
            List<String> ids = new ArrayList<>();
            List<String> labels = labelAt >= 0 ? new ArrayList<>() : null;
            List<List<String>> kept = new ArrayList<>();
            for (int k = 0; k < keptAt.length; k++) {
                kept.add(new ArrayList<>());
            }
            Map<String, Long> lineOfId = new java.util.HashMap<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new GraphFormatException(name, line, "expected " + header.size() + " fields like the header, got "
                            + record.size() + ": " + record.toList());
                }
                String id = record.get(idAt);
                if (id.isEmpty()) {
                    throw new GraphFormatException(name, line, "empty node id");
                }
                Long previous = lineOfId.putIfAbsent(id, line);
                if (previous != null) {
                    throw new GraphFormatException(name, line, "node id '" + id + "' already appears on line " + previous);
                }
                ids.add(id);
                if (labels != null) {
                    labels.add(record.get(labelAt));
                }
                for (int k = 0; k < keptAt.length; k++) {
                    kept.get(k).add(record.get(keptAt[k]));
                }
                for (int f = 0; f < featureAt.length; f++) {
                    table.values.add(parseNumber(record.get(featureAt[f]), "feature '" + header.get(featureAt[f]) + "'",
                            name, line, ""));
                }
            }
            table.index = NodeIndex.of(ids);
            table.labels = labels;
            Map<String, List<String>> extra = new LinkedHashMap<>();
            for (int k = 0; k < keptAt.length; k++) {
                extra.put(keptColumns.get(k), List.copyOf(kept.get(k)));
            }
            table.extra = extra;
            return table;
        } catch (java.io.UncheckedIOException e) {
            throw new GraphFormatException(name, 0, "malformed CSV: " + e.getCause().getMessage(), e);
        }
    }

    private static int columnIndex(List<String> header, String column, String role, String file) throws GraphFormatException {
        int at = header.indexOf(column);
        if (at < 0) {
            throw new GraphFormatException(file, 1, "no " + role + " column '" + column + "' in the header " + header);
        }
        return at;
    }

    private static float parseNumber(String text, String what, String file, long line, String hint) throws GraphFormatException {
        float value;
        try {
            value = Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new GraphFormatException(file, line, what + " '" + text + "' is not a number" + hint);
        }
        if (!Float.isFinite(value)) {
            throw new GraphFormatException(file, line, what + " '" + text + "' is not finite");
        }
        return value;
    }

    // ------------------------------------------------------------------------------------------

    /** Growable primitive lists, to read millions of edges without boxing. */
    private static final class IntList {
        private int[] data = new int[1024];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    private static final class FloatList {
        private float[] data = new float[1024];
        private int size;

        void add(float v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        float[] toArray() {
            return Arrays.copyOf(data, size);
        }

        int size() {
            return size;
        }

        float get(int i) {
            return data[i];
        }
    }

    private static final class EdgeList {
        final IntList sources = new IntList();
        final IntList targets = new IntList();
        float[] weights;
        List<String> ids;
    }

    private static final class NodeTable {
        final int numFeatures;
        final FloatList values = new FloatList();
        NodeIndex<String> index;
        List<String> labels;
        Map<String, List<String>> extra;

        NodeTable(int numFeatures) {
            this.numFeatures = numFeatures;
        }

        void attachFeatures(Graph.Builder graph, FeatureStorage storage) {
            int n = index.size();
            int nonZero = 0;
            for (int k = 0; k < values.size(); k++) {
                if (values.get(k) != 0f) {
                    nonZero++;
                }
            }
            double density = values.size() == 0 ? 0 : (double) nonZero / values.size();
            boolean sparse = storage == FeatureStorage.SPARSE
                    || (storage == FeatureStorage.AUTO && density <= FeatureStorage.AUTO_SPARSE_DENSITY);
            if (sparse) {
                SparseMatrix.Builder m = SparseMatrix.builder(n, numFeatures);
                for (int k = 0; k < values.size(); k++) {
                    if (values.get(k) != 0f) {
                        m.add(k / numFeatures, k % numFeatures, values.get(k));
                    }
                }
                graph.features(m.build());
            } else {
                graph.features(Nd4j.create(values.toArray(), new long[] {n, numFeatures}, 'c'));
            }
        }
    }

    /** Options of a {@link CsvGraphReader}. */
    public static final class Builder {
        private Path edges;
        private Path nodes;
        private char delimiter = ',';
        private boolean edgesHaveHeader;
        private boolean directed;
        private DuplicatePolicy duplicates = DuplicatePolicy.KEEP_FIRST;
        private String idColumn;
        private String labelColumn;
        private final List<String> keptColumns = new ArrayList<>();
        private FeatureStorage featureStorage = FeatureStorage.AUTO;

        private Builder() {
        }

        /** The edge list (required). */
        public Builder edges(Path file) {
            this.edges = Objects.requireNonNull(file, "file");
            return this;
        }

        /** The node table (optional; it has a header line). */
        public Builder nodes(Path file) {
            this.nodes = Objects.requireNonNull(file, "file");
            return this;
        }

        /** The field separator of both files; ',' by default (use '\t' for TSV). */
        public Builder delimiter(char delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        /** Whether the edge list's first line is a header to skip; false by default. */
        public Builder edgesHaveHeader(boolean header) {
            this.edgesHaveHeader = header;
            return this;
        }

        /** Whether edges are directed; false by default (each edge is stored in both directions). */
        public Builder directed(boolean directed) {
            this.directed = directed;
            return this;
        }

        /** How an edge given twice is merged; the first weight is kept by default. */
        public Builder duplicateEdges(DuplicatePolicy policy) {
            this.duplicates = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The node table's id column; the first column by default. */
        public Builder idColumn(String column) {
            this.idColumn = Objects.requireNonNull(column, "column");
            return this;
        }

        /** The node table's label column; none by default. */
        public Builder labelColumn(String column) {
            this.labelColumn = Objects.requireNonNull(column, "column");
            return this;
        }

        /** Node table columns to keep as strings (not features), such as a split column. */
        public Builder keepColumns(String... columns) {
            keptColumns.addAll(Arrays.asList(columns));
            return this;
        }

        /** How features are stored; {@link FeatureStorage#AUTO} by default. */
        public Builder featureStorage(FeatureStorage storage) {
            this.featureStorage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** The reader. */
        public CsvGraphReader build() {
            return new CsvGraphReader(this);
        }
    }
}
