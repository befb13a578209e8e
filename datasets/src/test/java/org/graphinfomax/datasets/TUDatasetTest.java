package org.graphinfomax.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.SparseFeatures;
import org.graphinfomax.graph.SparseMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** TU loading checked against the statistics of the data README (graphs, classes, nodes, edges). */
class TUDatasetTest {

    /** Expected figures for one dataset. */
    record Expected(String name, int graphs, List<String> classNames, int[] classCounts, int nodes,
            double averageNodes, double averageEdges, int directedEdges, int features, String featureDescription) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Expected> datasets() {
        return Stream.of(
                new Expected("MUTAG", 188, List.of("-1", "1"), new int[] {63, 125}, 3371, 17.93, 19.79, 7442, 7,
                        "one-hot node labels (7 values, 0..6)"),
                new Expected("PTC_MR", 344, List.of("-1", "1"), new int[] {192, 152}, 4915, 14.29, 14.69, 10108, 18,
                        "one-hot node labels (18 values, 0..17)"),
                new Expected("PROTEINS", 1113, List.of("1", "2"), new int[] {663, 450}, 43471, 39.06, 72.82, 162088, 4,
                        "one-hot node labels (3 values, 0..2) + 1 node attribute"),
                new Expected("NCI1", 4110, List.of("0", "1"), new int[] {2053, 2057}, 122747, 29.87, 32.30, 265506, 37,
                        "one-hot node labels (37 values, 1..37)"),
                new Expected("IMDB-BINARY", 1000, List.of("0", "1"), new int[] {500, 500}, 19773, 19.77, 96.53, 193062,
                        1, "constant 1 (no node labels or attributes used)"),
                new Expected("IMDB-MULTI", 1500, List.of("1", "2", "3"), new int[] {500, 500, 500}, 19502, 13.00, 65.94,
                        197806, 1, "constant 1 (no node labels or attributes used)"),
                new Expected("ENZYMES", 600, List.of("1", "2", "3", "4", "5", "6"),
                        new int[] {100, 100, 100, 100, 100, 100}, 19580, 32.63, 62.14, 74564, 21,
                        "one-hot node labels (3 values, 1..3) + 18 node attributes"));
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void matchesThePublishedStatistics(Expected e) throws IOException {
        GraphClassificationDataset d = TUDataset.load(TestData.tu(e.name()), e.name());
        assertEquals(e.graphs(), d.size());
        assertEquals(e.classNames(), d.classNames());
        assertArrayEquals(e.classCounts(), d.classCounts());
        assertEquals(e.nodes(), d.totalNodes());
        assertEquals(e.averageNodes(), d.averageNodes(), 0.005);
        assertEquals(e.averageEdges(), d.averageEdges(), 0.005);
        assertEquals(e.directedEdges(), d.graphs().stream().mapToInt(Graph::numEdges).sum());
        assertEquals(e.features(), d.numFeatures());
        assertEquals(e.featureDescription(), d.featureDescription());
        d.graphs().forEach(PlanetoidTest::assertUndirectedWithoutLoops);
    }

    @Test
    void mutagFirstGraphHasItsNodeLabelsOneHot() throws IOException {
        GraphClassificationDataset mutag = TUDataset.load(TestData.tu("MUTAG"), "MUTAG");
        Graph g = mutag.graph(0);
        assertEquals(17, g.numNodes());
        assertEquals(38, g.numEdges());
        assertEquals(1, g.graphLabel().getAsInt());
        SparseMatrix x = ((SparseFeatures) g.requireFeatures()).matrix();
        List<String> labelLines = Files.readAllLines(TestData.tu("MUTAG").resolve("MUTAG_node_labels.txt"));
        for (int i = 0; i < 17; i++) {
            assertEquals(1, x.rowNnz(i));
            assertEquals(Integer.parseInt(labelLines.get(i).trim()), x.columnAt(x.rowStart(i)));
            assertEquals(1f, x.valueAt(x.rowStart(i)));
        }
    }

    @Test
    void proteinsAppendsItsAttributeAfterTheOneHotLabels() throws IOException {
        GraphClassificationDataset proteins = TUDataset.load(TestData.tu("PROTEINS"), "PROTEINS");
        SparseMatrix x = ((SparseFeatures) proteins.graph(0).requireFeatures()).matrix();
        // Node 1: label 0, attribute 23.
        assertEquals(2, x.rowNnz(0));
        assertEquals(1f, x.get(0, 0));
        assertEquals(23f, x.get(0, 3));
        assertEquals(42, proteins.graph(0).numNodes());
        assertEquals(162, proteins.graph(0).numEdges());
    }

    @Test
    void enzymesStoresOnlyNonZeroAttributes() throws IOException {
        GraphClassificationDataset enzymes = TUDataset.load(TestData.tu("ENZYMES"), "ENZYMES");
        long nnz = enzymes.graphs().stream().mapToLong(g -> ((SparseFeatures) g.requireFeatures()).matrix().nnz()).sum();
        // 19580 one-hot entries + 19580 * 18 attribute values of which 50336 are zero.
        assertEquals(19580 + 19580 * 18 - 50336, nnz);
        SparseMatrix x = ((SparseFeatures) enzymes.graph(0).requireFeatures()).matrix();
        assertEquals(11f, x.get(0, 3));
        assertEquals(15.887014f, x.get(0, 4));
        assertEquals(37.78f, x.get(0, 5));
    }

    @Test
    void oneHotDegreeIsAnExplicitFallback() throws IOException {
        GraphClassificationDataset imdb = TUDataset.load(TestData.tu("IMDB-MULTI"), "IMDB-MULTI",
                TUOptions.defaults().withFallback(TUOptions.FeatureFallback.ONE_HOT_DEGREE));
        assertEquals(89, imdb.numFeatures());
        assertEquals("one-hot degree 0..88 (no node labels or attributes used)", imdb.featureDescription());
        Graph g = imdb.graph(0);
        SparseMatrix x = ((SparseFeatures) g.requireFeatures()).matrix();
        for (int i = 0; i < g.numNodes(); i++) {
            assertEquals(1, x.rowNnz(i));
            assertEquals(g.adjacency().rowNnz(i), x.columnAt(x.rowStart(i)));
        }
        GraphClassificationDataset mutagWithoutLabels = TUDataset.load(TestData.tu("MUTAG"), "MUTAG",
                TUOptions.defaults().withoutNodeLabels());
        assertEquals(1, mutagWithoutLabels.numFeatures());
        GraphClassificationDataset proteinsAttributesOnly = TUDataset.load(TestData.tu("PROTEINS"), "PROTEINS",
                TUOptions.defaults().withoutNodeLabels());
        assertEquals(1, proteinsAttributesOnly.numFeatures());
        assertEquals("1 node attribute", proteinsAttributesOnly.featureDescription());
    }

    @Test
    void theDistributedZipLoadsLikeTheExtractedFolder(@TempDir Path tmp) throws IOException {
        Path zip = zipOf(TestData.tu("PTC_MR"), "PTC_MR", tmp.resolve("PTC_MR.zip"));
        GraphClassificationDataset fromZip = TUDataset.load(zip, "PTC_MR");
        GraphClassificationDataset fromFolder = TUDataset.load(TestData.tu("PTC_MR"), "PTC_MR");
        assertSameGraphs(fromFolder, fromZip);
        // A folder that holds the dataset in a sub-folder named after it, as archives unpack.
        GraphClassificationDataset fromParent = TUDataset.load(TestData.dataDir().resolve("tu"), "PTC_MR");
        assertSameGraphs(fromFolder, fromParent);
    }

    @Test
    void bundledMutagIsIdenticalToTheDataFolderCopy() throws IOException {
        assertSameGraphs(TUDataset.load(TestData.tu("MUTAG"), "MUTAG"), TUDataset.load("MUTAG"));
    }

    @Test
    void batchesCoverEveryGraphOnceInTheRequestedOrder() throws IOException {
        GraphClassificationDataset mutag = TUDataset.load("MUTAG");
        var batches = mutag.batches(50);
        assertEquals(4, batches.size());
        assertEquals(38, batches.get(3).numGraphs());
        assertEquals(mutag.graph(50).numNodes(), batches.get(1).nodeCount(0));
        var shuffled = mutag.shuffledBatches(64, 7);
        var again = mutag.shuffledBatches(64, 7);
        int total = 0;
        for (int b = 0; b < shuffled.size(); b++) {
            assertArrayEquals(shuffled.get(b).nodeCounts(), again.get(b).nodeCounts());
            assertArrayEquals(shuffled.get(b).graphLabels().orElseThrow(), again.get(b).graphLabels().orElseThrow());
            total += shuffled.get(b).numNodes();
        }
        assertEquals(3371, total);
        var batch = mutag.batch(5, 0);
        assertEquals(mutag.graph(5).numNodes() + mutag.graph(0).numNodes(), batch.numNodes());
        assertEquals(mutag.labels()[5], batch.graphLabels().orElseThrow()[0]);
        assertEquals(7, batch.merged().numFeatures());
        GraphClassificationDataset firstTen = mutag.subset(Split.range(0, 10));
        assertEquals(10, firstTen.size());
        assertEquals(mutag.classNames(), firstTen.classNames());
    }

    static void assertSameGraphs(GraphClassificationDataset expected, GraphClassificationDataset actual) {
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.classNames(), actual.classNames());
        assertEquals(expected.featureDescription(), actual.featureDescription());
        for (int g = 0; g < expected.size(); g++) {
            Graph e = expected.graph(g);
            Graph a = actual.graph(g);
            assertEquals(e.adjacency(), a.adjacency(), "graph " + g);
            assertEquals(((SparseFeatures) e.requireFeatures()).matrix(), ((SparseFeatures) a.requireFeatures()).matrix());
            assertEquals(e.graphLabel(), a.graphLabel());
        }
    }

    /** Zips a dataset folder as TU Dortmund distributes it: entries {@code NAME/NAME_*.txt}. */
    static Path zipOf(Path folder, String name, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry(name + "/" + f.getFileName()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return zip;
    }
}
