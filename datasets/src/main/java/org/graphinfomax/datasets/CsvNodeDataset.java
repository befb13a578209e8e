package org.graphinfomax.datasets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.graphinfomax.graph.io.CsvGraph;
import org.graphinfomax.graph.io.CsvGraphReader;
import org.graphinfomax.graph.io.GraphFormatException;

/**
 * A node-classification dataset from the user's own CSV files: an edge list and a node table with
 * a label column and, optionally, a split column whose values are {@code train}, {@code val} (or
 * {@code validation}), {@code test}, or empty for nodes in no part (case does not matter).
 *
 * <pre>{@code
 * NodeClassificationDataset data = CsvNodeDataset.load("my-graph",
 *         CsvGraphReader.builder().edges(edges).nodes(nodes).labelColumn("label"), "split");
 * }</pre>
 */
public final class CsvNodeDataset {

    private CsvNodeDataset() {
    }

    /**
     * Reads the files.
     *
     * @param name a short name for messages and reports
     * @param reader a configured reader with a node table and a label column
     * @param splitColumn the node table's split column, or null for a dataset without a split
     *     (all three parts empty)
     * @throws GraphFormatException if the files are malformed, the node table has no labels, or a
     *     split value is not one of the accepted words (the message names the node)
     */
    public static NodeClassificationDataset load(String name, CsvGraphReader.Builder reader, String splitColumn)
            throws IOException {
        Objects.requireNonNull(reader, "reader");
        if (splitColumn != null) {
            reader.keepColumns(splitColumn);
        }
        CsvGraph csv = reader.build().read();
        if (!csv.graph().hasNodeLabels()) {
            throw new IllegalArgumentException("dataset " + name + ": the node table has no label column; "
                    + "name it with labelColumn(...)");
        }
        Split split = splitColumn == null ? Split.of(new int[0], new int[0], new int[0])
                : parseSplit(name, csv.nodes().ids(), csv.column(splitColumn), splitColumn);
        return new NodeClassificationDataset(name, csv.graph(), split, csv.labelNames(), csv.nodes().ids());
    }

    private static Split parseSplit(String name, List<String> ids, List<String> values, String column)
            throws GraphFormatException {
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            switch (values.get(i).toLowerCase(Locale.ROOT)) {
                case "train" -> train.add(i);
                case "val", "valid", "validation" -> validation.add(i);
                case "test" -> test.add(i);
                case "" -> { }
                default -> throw new GraphFormatException(name, 0, "node '" + ids.get(i) + "' has " + column
                        + " value '" + values.get(i) + "'; expected train, val, validation, test or empty");
            }
        }
        return Split.of(toArray(train), toArray(validation), toArray(test));
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
