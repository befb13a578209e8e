package org.graphinfomax.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.graphinfomax.graph.io.CsvGraphReader;
import org.graphinfomax.graph.io.GraphFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvNodeDatasetTest {

    @TempDir
    Path dir;

    private CsvGraphReader.Builder reader(String nodes) throws IOException {
        Path edges = Files.writeString(dir.resolve("edges.csv"), "p1,p2\np2,p3\np3,p4\n");
        Path table = Files.writeString(dir.resolve("nodes.csv"), nodes);
        return CsvGraphReader.builder().edges(edges).nodes(table).labelColumn("topic");
    }

    @Test
    void splitColumnBecomesTheSplit() throws IOException {
        NodeClassificationDataset data = CsvNodeDataset.load("papers",
                reader("id,w1,w2,topic,split\np1,1,0,ml,train\np2,0,1,db,Val\np3,1,1,ml,test\np4,0,0,db,\n"), "split");
        assertEquals(List.of("p1", "p2", "p3", "p4"), data.nodeIds());
        assertEquals(List.of("db", "ml"), data.classNames());
        assertArrayEquals(new int[] {1, 0, 1, 0}, data.labels());
        assertArrayEquals(new int[] {0}, data.split().train());
        assertArrayEquals(new int[] {1}, data.split().validation());
        assertArrayEquals(new int[] {2}, data.split().test());
        assertEquals(2, data.graph().numFeatures());
        assertEquals(6, data.graph().numEdges());
    }

    @Test
    void withoutSplitColumnTheSplitIsEmpty() throws IOException {
        NodeClassificationDataset data = CsvNodeDataset.load("papers", reader("id,w1,topic\np1,1,a\np2,0,b\np3,1,a\np4,0,b\n"), null);
        assertEquals(0, data.split().trainSize() + data.split().validationSize() + data.split().testSize());
    }

    @Test
    void badSplitValueNamesTheNode() throws IOException {
        var e = assertThrows(GraphFormatException.class, () -> CsvNodeDataset.load("papers",
                reader("id,topic,split\np1,a,train\np2,b,tst\np3,a,test\np4,b,test\n"), "split"));
        assertEquals("papers: node 'p2' has split value 'tst'; expected train, val, validation, test or empty", e.getMessage());
    }

    @Test
    void missingLabelsAreReported() throws IOException {
        Path edges = Files.writeString(dir.resolve("e.csv"), "a,b\n");
        Path table = Files.writeString(dir.resolve("n.csv"), "id,f\na,1\nb,2\n");
        var e = assertThrows(IllegalArgumentException.class, () -> CsvNodeDataset.load("x",
                CsvGraphReader.builder().edges(edges).nodes(table), null));
        assertTrue(e.getMessage().contains("no label column"), e.getMessage());
    }
}
