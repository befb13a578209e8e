package org.graphinfomax.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.graphinfomax.graph.DenseFeatures;
import org.graphinfomax.graph.Graph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Split, NodeClassificationDataset and GraphClassificationDataset validation. */
class DatasetTypesTest {

    private static Graph path(int n, int[] labels) {
        int[] src = new int[n - 1];
        int[] dst = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            src[i] = i;
            dst[i] = i + 1;
        }
        return Graph.builder(n).undirectedEdges(src, dst, null).nodeLabels(labels).build();
    }

    @Test
    void splitsRefuseOverlapsAndRepeatsAndCopyTheirArrays() {
        int[] train = {0, 1};
        Split s = Split.of(train, new int[] {2}, new int[] {4, 3});
        train[0] = 9;
        assertArrayEquals(new int[] {0, 1}, s.train());
        s.test()[0] = 7;
        assertArrayEquals(new int[] {4, 3}, s.test());
        assertEquals(4, s.maxIndex());
        assertEquals(Split.of(new int[] {0, 1}, new int[] {2}, new int[] {4, 3}), s);
        assertNotEquals(Split.of(new int[] {0, 1}, new int[] {2}, new int[] {3, 4}), s);
        assertEquals("index 1 appears twice (again in the test part)", assertThrows(IllegalArgumentException.class,
                () -> Split.of(new int[] {0, 1}, new int[0], new int[] {1})).getMessage());
        assertEquals("index 2 appears twice (again in the validation part)", assertThrows(IllegalArgumentException.class,
                () -> Split.of(new int[0], new int[] {2, 2}, new int[0])).getMessage());
        assertEquals("train index -1 is negative", assertThrows(IllegalArgumentException.class,
                () -> Split.of(new int[] {-1}, new int[0], new int[0])).getMessage());
        assertArrayEquals(new int[] {3, 4, 5}, Split.range(3, 6));
    }

    @Test
    void nodeDatasetsCheckLabelsSplitAndIds() {
        Graph g = path(4, new int[] {0, 1, -1, 1});
        Split split = Split.of(new int[] {0}, new int[] {1}, new int[] {3});
        NodeClassificationDataset d = new NodeClassificationDataset("toy", g, split, List.of("a", "b"),
                NodeClassificationDataset.indexIds(4));
        assertEquals(2, d.numClasses());
        assertEquals("3", d.nodeIds().get(3));
        assertArrayEquals(new int[] {0, 1, -1, 1}, d.labels());
        assertThrows(IllegalArgumentException.class, () -> new NodeClassificationDataset("toy", g, split,
                List.of("a"), NodeClassificationDataset.indexIds(4)));
        assertThrows(IllegalArgumentException.class, () -> new NodeClassificationDataset("toy", g,
                Split.of(new int[] {4}, new int[0], new int[0]), List.of("a", "b"), NodeClassificationDataset.indexIds(4)));
        assertThrows(IllegalArgumentException.class, () -> new NodeClassificationDataset("toy", g, split,
                List.of("a", "b"), List.of("x", "y")));
        Graph unlabelled = Graph.builder(4).build();
        assertThrows(IllegalArgumentException.class, () -> new NodeClassificationDataset("toy", unlabelled, split,
                List.of("a", "b"), NodeClassificationDataset.indexIds(4)));
    }

    @Test
    void denseFeaturesAreRowNormalisedToo() {
        INDArray x = Nd4j.createFromArray(new float[][] {{1, 3}, {0, 0}, {2, 2}});
        Graph g = path(3, new int[] {0, 0, 1}).toBuilder().features(x).build();
        NodeClassificationDataset d = new NodeClassificationDataset("toy", g, Split.of(new int[] {0}, new int[0],
                new int[0]), List.of("a", "b"), NodeClassificationDataset.indexIds(3));
        INDArray normalized = ((DenseFeatures) d.rowNormalizedFeatures()).array();
        assertArrayEquals(new float[] {0.25f, 0.75f, 0, 0, 0.5f, 0.5f}, normalized.dup().data().asFloat(), 1e-7f);
        assertEquals(DataType.FLOAT, normalized.dataType());
        assertArrayEquals(new float[] {1, 3, 0, 0, 2, 2}, x.data().asFloat(), 0f);
    }

    @Test
    void graphDatasetsCheckLabelsAndFeatureWidths() {
        Graph a = Graph.builder(2).graphLabel(0).build();
        Graph b = Graph.builder(3).graphLabel(1).build();
        GraphClassificationDataset d = new GraphClassificationDataset("toy", List.of(a, b), List.of("x", "y"), "none");
        assertArrayEquals(new int[] {0, 1}, d.labels());
        assertEquals(2.5, d.averageNodes(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> new GraphClassificationDataset("toy", List.of(a, b),
                List.of("x"), "none"));
        assertThrows(IllegalArgumentException.class, () -> new GraphClassificationDataset("toy",
                List.of(a, Graph.builder(1).build()), List.of("x", "y"), "none"));
        assertThrows(IllegalArgumentException.class, () -> new GraphClassificationDataset("toy",
                List.of(a, Graph.builder(0).graphLabel(0).build()), List.of("x", "y"), "none"));
        assertThrows(IllegalArgumentException.class, () -> new GraphClassificationDataset("toy", List.of(),
                List.of("x"), "none"));
        assertThrows(IllegalArgumentException.class, () -> d.batches(0));
    }
}
