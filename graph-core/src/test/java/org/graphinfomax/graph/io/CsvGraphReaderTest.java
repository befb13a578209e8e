package org.graphinfomax.graph.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.graphinfomax.graph.SparseFeatures;
import org.graphinfomax.graph.DenseFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class CsvGraphReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void edgeListWithStringIdsBecomesAnUndirectedGraph() throws IOException {
        Path edges = write("edges.csv", "alice,bob\nbob,carol\n# a comment\n\ncarol,alice\nalice,bob\n");
        CsvGraph g = CsvGraphReader.builder().edges(edges).build().read();
        assertEquals(List.of("alice", "bob", "carol"), g.nodes().ids());
        assertEquals(6, g.graph().numEdges());
        assertTrue(g.graph().isUndirected());
        assertTrue(g.graph().features().isEmpty());
    }

    @Test
    void directedWeightedEdgesWithHeader() throws IOException {
        Path edges = write("edges.tsv", "src\tdst\tw\nx\ty\t0.5\ny\tx\t2\nx\ty\t7\n");
        CsvGraph g = CsvGraphReader.builder().edges(edges).delimiter('\t').edgesHaveHeader(true).directed(true).build().read();
        int x = g.nodes().indexOf("x");
        int y = g.nodes().indexOf("y");
        assertEquals(0.5f, g.graph().adjacency().get(x, y));
        assertEquals(2f, g.graph().adjacency().get(y, x));
        assertEquals(2, g.graph().numEdges());
    }

    @Test
    void nodeTableGivesOrderFeaturesLabelsAndKeptColumns() throws IOException {
        Path nodes = write("nodes.csv", "id,f1,f2,label,split\nn3,1,0,cat,train\nn1,0,0,dog,test\nn2,0.5,2,,val\n");
        Path edges = write("edges.csv", "n1,n2\nn2,n3\n");
        CsvGraph g = CsvGraphReader.builder().edges(edges).nodes(nodes).labelColumn("label").keepColumns("split")
                .featureStorage(FeatureStorage.DENSE).build().read();
        assertEquals(List.of("n3", "n1", "n2"), g.nodes().ids());
        assertEquals(List.of("cat", "dog"), g.labelNames());
        assertArrayEquals(new int[] {0, 1, -1}, g.graph().nodeLabels().orElseThrow());
        assertEquals(List.of("train", "test", "val"), g.column("split"));
        var features = assertInstanceOf(DenseFeatures.class, g.graph().requireFeatures());
        assertEquals(2, features.numFeatures());
        assertEquals(2f, features.array().getFloat(2, 1));
        assertEquals(4, g.graph().numEdges());
    }

    @Test
    void numericLabelsSortNumericallyAndSparseStorageIsAutomatic() throws IOException {
        StringBuilder table = new StringBuilder("id,label");
        for (int f = 0; f < 20; f++) {
            table.append(",w").append(f);
        }
        table.append('\n');
        String[] labels = {"10", "9", "-1"};
        for (int i = 0; i < 3; i++) {
            table.append("v").append(i).append(',').append(labels[i]);
            for (int f = 0; f < 20; f++) {
                table.append(',').append(f == i ? "1" : "0");
            }
            table.append('\n');
        }
        CsvGraph g = CsvGraphReader.builder().edges(write("e.csv", "v0,v1\n")).nodes(write("n.csv", table.toString()))
                .labelColumn("label").build().read();
        assertEquals(List.of("-1", "9", "10"), g.labelNames());
        assertArrayEquals(new int[] {2, 1, 0}, g.graph().nodeLabels().orElseThrow());
        var features = assertInstanceOf(SparseFeatures.class, g.graph().requireFeatures());
        assertEquals(3, features.matrix().nnz());
        assertEquals(1f, features.toDense(DataType.FLOAT).getFloat(2, 2));
    }

    private GraphFormatException fails(CsvGraphReader reader) {
        return assertThrows(GraphFormatException.class, reader::read);
    }

    @Test
    void unknownNodeIdNamesFileLineAndId() throws IOException {
        Path nodes = write("nodes.csv", "id,f\na,1\nb,2\n");
        Path edges = write("edges.csv", "a,b\nb,zz\n");
        var e = fails(CsvGraphReader.builder().edges(edges).nodes(nodes).build());
        assertEquals(edges + ", line 2: unknown node id 'zz' (not in the node table)", e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void nonNumericFeatureNamesColumnAndValue() throws IOException {
        Path nodes = write("nodes.csv", "id,size,colour\na,1,2\nb,3,red\n");
        var e = fails(CsvGraphReader.builder().edges(write("e.csv", "a,b\n")).nodes(nodes).build());
        assertEquals(nodes + ", line 3: feature 'colour' 'red' is not a number", e.getMessage());
    }

    @Test
    void raggedRowsAreReported() throws IOException {
        Path nodes = write("nodes.csv", "id,f1,f2\na,1,2\nb,3\n");
        var e = fails(CsvGraphReader.builder().edges(write("e.csv", "a,b\n")).nodes(nodes).build());
        assertEquals(nodes + ", line 3: expected 3 fields like the header, got 2: [b, 3]", e.getMessage());
        Path edges = write("edges.csv", "a,b,1\nb,c\n");
        e = fails(CsvGraphReader.builder().edges(edges).build());
        assertEquals(edges + ", line 2: expected 3 fields like the first edge, got 2: [b, c]", e.getMessage());
        Path wide = write("wide.csv", "a,b,1,2\n");
        e = fails(CsvGraphReader.builder().edges(wide).build());
        assertTrue(e.getMessage().startsWith(wide + ", line 1: expected 2 fields"), e.getMessage());
    }

    @Test
    void emptyFilesAreReported() throws IOException {
        Path empty = write("empty.csv", "");
        var e = fails(CsvGraphReader.builder().edges(empty).build());
        assertTrue(e.getMessage().contains("no nodes"), e.getMessage());
        e = fails(CsvGraphReader.builder().edges(write("e.csv", "a,b\n")).nodes(empty).build());
        assertEquals(empty + ": the file is empty; a node table needs a header line", e.getMessage());
    }

    @Test
    void nanAndInfiniteValuesAreReported() throws IOException {
        Path nodes = write("nodes.csv", "id,f\na,NaN\n");
        var e = fails(CsvGraphReader.builder().edges(write("e.csv", "a,a\n")).nodes(nodes).build());
        assertEquals(nodes + ", line 2: feature 'f' 'NaN' is not finite", e.getMessage());
        Path edges = write("edges.csv", "a,b,Infinity\n");
        e = fails(CsvGraphReader.builder().edges(edges).build());
        assertEquals(edges + ", line 1: weight 'Infinity' is not finite", e.getMessage());
    }

    @Test
    void headerMistakeGetsAHint() throws IOException {
        Path edges = write("edges.csv", "source,target,weight\na,b,1\n");
        var e = fails(CsvGraphReader.builder().edges(edges).build());
        assertTrue(e.getMessage().contains("weight 'weight' is not a number (if the first line is a header"), e.getMessage());
    }

    @Test
    void duplicateNodeIdsAndMissingColumnsAreReported() throws IOException {
        Path nodes = write("nodes.csv", "id,f\na,1\nb,2\na,3\n");
        var e = fails(CsvGraphReader.builder().edges(write("e.csv", "a,b\n")).nodes(nodes).build());
        assertEquals(nodes + ", line 4: node id 'a' already appears on line 2", e.getMessage());
        Path ok = write("ok.csv", "id,f\na,1\n");
        e = fails(CsvGraphReader.builder().edges(write("e2.csv", "a,a\n")).nodes(ok).labelColumn("class").build());
        assertEquals(ok + ", line 1: no label column 'class' in the header [id, f]", e.getMessage());
    }

    @Test
    void missingFileNamesThePath() {
        Path missing = dir.resolve("nope.csv");
        var e = assertThrows(NoSuchFileException.class, () -> CsvGraphReader.builder().edges(missing).build().read());
        assertTrue(e.getMessage().contains("nope.csv"), e.getMessage());
    }
}
