package org.graphinfomax.graph.io;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeIndex;

/**
 * A graph read from CSV files, with what is needed to join results back to the files: the node
 * ids as written, the label names, and any extra node columns that were asked for (such as a
 * train/validation/test split column).
 *
 * @param graph the graph; node i is {@code nodes.id(i)}
 * @param nodes the node ids as they appear in the files
 * @param labelNames label value k of the graph means {@code labelNames.get(k)}; empty without labels
 * @param extraColumns the kept node-table columns by name, one string per node in node order
 */
public record CsvGraph(Graph graph, NodeIndex<String> nodes, List<String> labelNames,
        Map<String, List<String>> extraColumns) {

    /** Makes the collections unmodifiable. */
    public CsvGraph {
        labelNames = List.copyOf(labelNames);
        extraColumns = Map.copyOf(extraColumns);
    }

    /**
     * One kept column of the node table.
     *
     * @throws NoSuchElementException if the column was not kept
     */
    public List<String> column(String name) {
        List<String> column = extraColumns.get(name);
        if (column == null) {
            throw new NoSuchElementException("column '" + name + "' was not kept; kept columns: " + extraColumns.keySet());
        }
        return column;
    }
}
