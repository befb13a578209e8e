package org.graphinfomax.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.SparseFeatures;
import org.graphinfomax.graph.SparseMatrix;
import org.junit.jupiter.api.Test;

/**
 * Planetoid loading checked against the statistics of the data README (verified there with
 * numpy/scipy) and against figures computed with the reference assembly (Kipf's load_data) in
 * Python on the same files.
 */
class PlanetoidTest {

    private static int[] neighbours(SparseMatrix a, int row) {
        return IntStream.range(a.rowStart(row), a.rowEnd(row)).map(a::columnAt).toArray();
    }

    private static int[] labelCounts(int[] labels, int classes, int[] nodes) {
        int[] counts = new int[classes];
        for (int node : nodes) {
            if (labels[node] >= 0) {
                counts[labels[node]]++;
            }
        }
        return counts;
    }

    private static SparseMatrix featureMatrix(NodeClassificationDataset d) {
        return ((SparseFeatures) d.graph().requireFeatures()).matrix();
    }

    static void assertUndirectedWithoutLoops(Graph g) {
        assertTrue(g.isUndirected());
        assertEquals(0, g.adjacency().countSelfLoops());
        assertFalse(g.adjacency().hasDuplicates());
    }

    /** The figures of the data README's Planetoid table (features 0 for a load without features). */
    private static void assertStatistics(NodeClassificationDataset d, int nodes, int features, int classes,
            int directedEdges, int train, int validation, int test) {
        Graph g = d.graph();
        assertEquals(nodes, g.numNodes());
        assertEquals(features, g.numFeatures());
        assertEquals(classes, d.numClasses());
        assertEquals(directedEdges, g.numEdges());
        assertUndirectedWithoutLoops(g);
        assertEquals(train, d.split().trainSize());
        assertEquals(validation, d.split().validationSize());
        assertEquals(test, d.split().testSize());
    }

    @Test
    void coraMatchesThePublishedStatistics() throws IOException {
        NodeClassificationDataset cora = Planetoid.load(TestData.planetoid(), "cora");
        assertStatistics(cora, 2708, 1433, 7, 10556, 140, 500, 1000);
        Graph g = cora.graph();
        assertArrayEquals(Split.range(0, 140), cora.split().train());
        assertArrayEquals(Split.range(140, 640), cora.split().validation());
        assertArrayEquals(Split.range(1708, 2708), cora.split().test());
        int[] labels = cora.labels();
        assertArrayEquals(new int[] {351, 217, 418, 818, 426, 298, 180}, labelCounts(labels, 7, Split.range(0, 2708)));
        assertArrayEquals(new int[] {20, 20, 20, 20, 20, 20, 20}, labelCounts(labels, 7, cora.split().train()));
        assertArrayEquals(new int[] {130, 91, 144, 319, 149, 103, 64}, labelCounts(labels, 7, cora.split().test()));
        assertArrayEquals(new int[] {3, 4, 4, 0, 3, 2, 0, 3, 3, 2}, Arrays.copyOf(labels, 10));
        assertArrayEquals(new int[] {633, 1862, 2582}, neighbours(g.adjacency(), 0));
    }

    @Test
    void coraFeaturesFollowTheReferenceReordering() throws IOException {
        NodeClassificationDataset cora = Planetoid.load(TestData.planetoid(), "cora");
        SparseMatrix x = featureMatrix(cora);
        assertEquals(49216, x.nnz());
        assertEquals(49216.0, Arrays.stream(x.rowSums()).sum(), 0.0);
        assertEquals(9, x.rowNnz(0));
        // test.index's first line is node 2692: it takes the first row of tx.
        assertArrayEquals(new int[] {311, 314, 353, 505, 510, 621, 1075, 1132, 1171, 1226},
                Arrays.copyOf(neighbours(x, 2692), 10));
        double[] columnSums = x.transpose().rowSums();
        assertArrayEquals(new double[] {16, 33, 70, 72, 165}, Arrays.copyOf(columnSums, 5), 0.0);
    }

    @Test
    void citeseerLeavesTheFifteenMissingTestIdsEmptyAndUnlabelled() throws IOException {
        NodeClassificationDataset citeseer = Planetoid.load(TestData.planetoid(), "citeseer");
        assertStatistics(citeseer, 3327, 3703, 6, 9104, 120, 500, 1000);
        Graph g = citeseer.graph();
        SparseMatrix x = featureMatrix(citeseer);
        assertEquals(105165, x.nnz());
        int[] labels = citeseer.labels();
        int[] unlabelled = IntStream.range(0, labels.length).filter(i -> labels[i] == Graph.UNLABELLED).toArray();
        int[] gaps = {2407, 2489, 2553, 2682, 2781, 2953, 3042, 3063, 3212, 3214, 3250, 3292, 3305, 3306, 3309};
        assertArrayEquals(gaps, unlabelled);
        int[] emptyRows = IntStream.range(0, x.rows()).filter(i -> x.rowNnz(i) == 0).toArray();
        assertArrayEquals(gaps, emptyRows);
        for (int gap : gaps) {
            assertFalse(Arrays.stream(citeseer.split().test()).anyMatch(t -> t == gap));
        }
        // The reference's argmax counts these 15 nodes as class 0 (264); here they are unlabelled.
        assertArrayEquals(new int[] {249, 590, 668, 701, 596, 508}, labelCounts(labels, 6, Split.range(0, 3327)));
        assertArrayEquals(new int[] {77, 182, 181, 231, 169, 160}, labelCounts(labels, 6, citeseer.split().test()));
        assertArrayEquals(new int[] {20, 20, 20, 20, 20, 20}, labelCounts(labels, 6, citeseer.split().train()));
        assertArrayEquals(new int[] {628}, neighbours(g.adjacency(), 0));
    }

    @Test
    void pubmedNamesItsMissingFeatureFileButLoadsStructureLabelsAndSplit() throws IOException {
        MissingDatasetFileException missing = assertThrows(MissingDatasetFileException.class,
                () -> Planetoid.load(TestData.planetoid(), "pubmed"));
        assertEquals(TestData.planetoid().resolve("ind.pubmed.allx").toString(), missing.getFile());
        assertTrue(missing.getMessage().contains("loadWithoutFeatures"), missing.getMessage());

        NodeClassificationDataset pubmed = Planetoid.loadWithoutFeatures(TestData.planetoid(), "pubmed");
        assertStatistics(pubmed, 19717, 0, 3, 88648, 60, 500, 1000);
        Graph g = pubmed.graph();
        assertTrue(g.features().isEmpty());
        int[] labels = pubmed.labels();
        assertArrayEquals(new int[] {4103, 7739, 7875}, labelCounts(labels, 3, Split.range(0, 19717)));
        assertArrayEquals(new int[] {180, 413, 407}, labelCounts(labels, 3, pubmed.split().test()));
        assertArrayEquals(new int[] {20, 20, 20}, labelCounts(labels, 3, pubmed.split().train()));
        assertArrayEquals(new int[] {1378, 1544, 6092, 7636, 14442}, neighbours(g.adjacency(), 0));
    }

    @Test
    void availableFeaturesAreThoseOfTrainingAndTestNodes() throws IOException {
        NodeClassificationDataset full = Planetoid.load(TestData.planetoid(), "cora");
        NodeClassificationDataset partial = Planetoid.loadWithAvailableFeatures(TestData.planetoid(), "cora");
        SparseMatrix all = ((SparseFeatures) full.graph().requireFeatures()).matrix();
        SparseMatrix some = ((SparseFeatures) partial.graph().requireFeatures()).matrix();
        assertEquals(all.selectRows(full.split().train()), some.selectRows(full.split().train()));
        assertEquals(all.selectRows(full.split().test()), some.selectRows(full.split().test()));
        assertEquals(0, some.selectRows(full.split().validation()).nnz());
        assertEquals(full.graph().adjacency(), partial.graph().adjacency());

        NodeClassificationDataset pubmed = Planetoid.loadWithAvailableFeatures(TestData.planetoid(), "pubmed");
        SparseMatrix x = ((SparseFeatures) pubmed.graph().requireFeatures()).matrix();
        assertEquals(19717, x.rows());
        assertEquals(500, x.cols());
        int rowsWithFeatures = 0;
        for (int i = 0; i < x.rows(); i++) {
            rowsWithFeatures += x.rowNnz(i) > 0 ? 1 : 0;
        }
        assertEquals(1060, rowsWithFeatures);
        assertTrue(x.selectRows(pubmed.split().train()).nnz() > 0);
    }

    @Test
    void structureOnlyLoadAgreesWithTheFullLoad() throws IOException {
        NodeClassificationDataset full = Planetoid.load(TestData.planetoid(), "cora");
        NodeClassificationDataset bare = Planetoid.loadWithoutFeatures(TestData.planetoid(), "cora");
        assertEquals(full.graph().adjacency(), bare.graph().adjacency());
        assertArrayEquals(full.labels(), bare.labels());
        assertEquals(full.split(), bare.split());
    }

    @Test
    void rowNormalisationMakesEveryNonEmptyRowSumToOne() throws IOException {
        NodeClassificationDataset citeseer = Planetoid.load(TestData.planetoid(), "citeseer");
        SparseMatrix normalized = ((SparseFeatures) citeseer.rowNormalizedFeatures()).matrix();
        double[] sums = normalized.rowSums();
        int[] emptyRows = IntStream.range(0, sums.length).filter(i -> sums[i] == 0).toArray();
        assertEquals(15, emptyRows.length);
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] != 0) {
                assertEquals(1.0, sums[i], 1e-5, "row " + i);
            }
        }
        // Node 0 of Citeseer has 31 ones: each becomes 1/31.
        assertEquals(31, normalized.rowNnz(0));
        assertEquals(1f / 31, normalized.valueAt(normalized.rowStart(0)), 1e-7f);
        NodeClassificationDataset normalizedDataset = citeseer.withRowNormalizedFeatures();
        assertEquals(normalized, ((SparseFeatures) normalizedDataset.graph().requireFeatures()).matrix());
        assertEquals(citeseer.split(), normalizedDataset.split());
    }

    @Test
    void bundledCoraIsIdenticalToTheDataFolderCopy() throws IOException {
        NodeClassificationDataset bundled = Planetoid.load("cora");
        NodeClassificationDataset fromFolder = Planetoid.load(TestData.planetoid(), "cora");
        assertEquals(fromFolder.graph().adjacency(), bundled.graph().adjacency());
        assertEquals(featureMatrix(fromFolder), featureMatrix(bundled));
        assertArrayEquals(fromFolder.labels(), bundled.labels());
        assertEquals(fromFolder.split(), bundled.split());
        assertEquals(fromFolder.classNames(), bundled.classNames());
    }

    @Test
    void unknownNamesAreRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Planetoid.load("nell"));
        assertTrue(e.getMessage().contains("[cora, citeseer, pubmed]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Planetoid.loadBundled("citeseer"));
    }
}
