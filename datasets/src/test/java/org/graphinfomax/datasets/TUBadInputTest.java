package org.graphinfomax.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed TU files: each error names the file and, where it concerns one record, the line. The
 * base dataset has two graphs: a triangle (nodes 1-3) and an edge (nodes 4-5).
 */
class TUBadInputTest {

    @TempDir
    Path dir;

    private void write(String part, String content) throws IOException {
        Files.writeString(dir.resolve("TOY_" + part + ".txt"), content);
    }

    @BeforeEach
    void writeValidToyDataset() throws IOException {
        write("A", "1, 2\n2, 1\n2, 3\n3, 2\n1, 3\n3, 1\n4, 5\n5, 4\n");
        write("graph_indicator", "1\n1\n1\n2\n2\n");
        write("graph_labels", "-1\n1\n");
        write("node_labels", "3\n0\n3\n7\n0\n");
    }

    private DatasetFormatException failure() {
        return assertThrows(DatasetFormatException.class, () -> TUDataset.load(dir, "TOY"));
    }

    private String path(String part) {
        return dir.resolve("TOY_" + part + ".txt").toString();
    }

    @Test
    void theToyDatasetIsValid() throws IOException {
        GraphClassificationDataset toy = TUDataset.load(dir, "TOY");
        assertEquals(2, toy.size());
        assertEquals(6, toy.graph(0).numEdges());
        assertEquals(2, toy.graph(1).numEdges());
        assertEquals(3, toy.numFeatures());
        assertEquals("one-hot node labels (3 values, 0..7)", toy.featureDescription());
    }

    @Test
    void graphIndicatorShorterThanTheNodeLabels() throws IOException {
        write("graph_indicator", "1\n1\n1\n2\n");
        DatasetFormatException e = failure();
        assertEquals(path("node_labels") + ": has 5 lines but " + path("graph_indicator")
                + " has 4; both must have one line per node", e.getMessage());
    }

    @Test
    void graphIndicatorShorterThanTheEdgesNeed() throws IOException {
        Files.delete(dir.resolve("TOY_node_labels.txt"));
        write("graph_indicator", "1\n1\n1\n2\n");
        DatasetFormatException e = failure();
        assertEquals(path("A") + " line 7: node 5 is outside 1..4 (the nodes listed in TOY_graph_indicator.txt)",
                e.getMessage());
        assertEquals(7, e.line().getAsLong());
    }

    @Test
    void labelFilesWithTheWrongNumberOfLines() throws IOException {
        write("node_labels", "3\n0\n3\n7\n0\n1\n");
        assertTrue(failure().getMessage().startsWith(path("node_labels") + ": has 6 lines but "));
        writeValidToyDataset();
        write("edge_labels", "1\n1\n1\n");
        assertEquals(path("edge_labels") + ": has 3 lines but " + path("A") + " has 8; both must have one line per edge",
                failure().getMessage());
        writeValidToyDataset();
        Files.delete(dir.resolve("TOY_edge_labels.txt"));
        write("node_attributes", "0.5, 1\n1, 2\n");
        assertTrue(failure().getMessage().startsWith(path("node_attributes") + ": has 2 lines but "));
    }

    @Test
    void graphLabelsThatDoNotMatchTheIndicator() throws IOException {
        write("graph_labels", "-1\n");
        assertEquals(path("graph_indicator") + " line 4: graph id 2 is outside 1..1 (the graphs of TOY_graph_labels.txt)",
                failure().getMessage());
        write("graph_labels", "-1\n1\n1\n");
        assertEquals(path("graph_labels") + " line 3: graph 3 has no nodes in TOY_graph_indicator.txt",
                failure().getMessage());
        write("graph_labels", "");
        assertEquals(path("graph_labels") + ": lists no graphs", failure().getMessage());
    }

    @Test
    void nonNumericFields() throws IOException {
        write("A", "1, 2\n2, one\n");
        assertEquals(path("A") + " line 2: field 2 'one' is not an integer", failure().getMessage());
        writeValidToyDataset();
        write("graph_labels", "-1\nactive\n");
        assertEquals(path("graph_labels") + " line 2: field 1 'active' is not an integer", failure().getMessage());
        writeValidToyDataset();
        write("node_attributes", "1\n2\n3\n4\nfive\n");
        assertEquals(path("node_attributes") + " line 5: field 1 'five' is not a number", failure().getMessage());
    }

    @Test
    void edgesOutOfRangeOrAcrossGraphs() throws IOException {
        write("A", "1, 2\n2, 6\n");
        assertEquals(path("A") + " line 2: node 6 is outside 1..5 (the nodes listed in TOY_graph_indicator.txt)",
                failure().getMessage());
        write("A", "0, 1\n");
        assertEquals(path("A") + " line 1: node 0 is outside 1..5 (the nodes listed in TOY_graph_indicator.txt)",
                failure().getMessage());
        write("A", "1, 2\n3, 4\n");
        assertEquals(path("A") + " line 2: edge 3, 4 joins graph 1 and graph 2", failure().getMessage());
    }

    @Test
    void missingRequiredFilesAreNamed() throws IOException {
        Files.delete(dir.resolve("TOY_graph_labels.txt"));
        MissingDatasetFileException e = assertThrows(MissingDatasetFileException.class, () -> TUDataset.load(dir, "TOY"));
        assertEquals(path("graph_labels"), e.getFile());
    }

    @Test
    void duplicateLinesAndSelfLoopsAreDropped() throws IOException {
        write("A", "1, 2\n2, 1\n1, 2\n2, 1\n1, 1\n4, 5\n5, 4\n");
        GraphClassificationDataset toy = TUDataset.load(dir, "TOY");
        assertEquals(2, toy.graph(0).numEdges());
        assertEquals(0, toy.graph(0).adjacency().countSelfLoops());
    }
}
