package org.graphinfomax.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GraphTest {

    private static Graph triangle() {
        return Graph.builder(3).undirectedEdges(new int[] {0, 1, 2}, new int[] {1, 2, 0}, null)
                .features(Nd4j.rand(DataType.FLOAT, 3, 4)).nodeLabels(new int[] {0, 1, -1}).graphLabel(2).build();
    }

    @Test
    void builderAssemblesAValidGraph() {
        Graph g = triangle();
        assertEquals(3, g.numNodes());
        assertEquals(6, g.numEdges());
        assertTrue(g.isUndirected());
        assertEquals(4, g.numFeatures());
        assertArrayEquals(new int[] {0, 1, -1}, g.nodeLabels().orElseThrow());
        assertEquals(2, g.graphLabel().getAsInt());
        assertSame(g.gcnNormalizedAdjacency(), g.gcnNormalizedAdjacency());
    }

    @Test
    void labelsAreCopiedInAndOut() {
        int[] labels = {0, 1, 0};
        Graph g = Graph.builder(3).nodeLabels(labels).build();
        labels[0] = 5;
        g.nodeLabels().orElseThrow()[1] = 7;
        assertArrayEquals(new int[] {0, 1, 0}, g.nodeLabels().orElseThrow());
    }

    @Test
    void inconsistentPartsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Graph.builder(-1));
        assertThrows(IllegalArgumentException.class, () -> Graph.builder(3).adjacency(SparseMatrix.identity(4)));
        var e = assertThrows(IllegalArgumentException.class,
                () -> Graph.builder(3).features(Nd4j.zeros(DataType.FLOAT, 2, 5)).build());
        assertEquals("features have 2 rows for 3 nodes", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Graph.builder(3).nodeLabels(new int[] {0, 1}).build());
        assertEquals("2 node labels for 3 nodes", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Graph.builder(2).nodeLabels(new int[] {0, -2}).build());
        assertTrue(e.getMessage().startsWith("node 1 has label -2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Graph.builder(2).edges(new int[] {0}, new int[] {2}, null, DuplicatePolicy.SUM));
        assertTrue(e.getMessage().contains("column index 2"), e.getMessage());
    }

    @Test
    void nonFiniteFeaturesAreRejectedWithTheirPosition() {
        INDArray x = Nd4j.zeros(DataType.FLOAT, 3, 4);
        x.putScalar(2, 1, Float.POSITIVE_INFINITY);
        var e = assertThrows(IllegalArgumentException.class, () -> Graph.builder(3).features(x));
        assertEquals("node feature at row 2, column 1 is Infinity; values must be finite", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NodeFeatures.dense(Nd4j.zeros(DataType.INT32, 2, 2)));
    }

    @Test
    void graphWithoutFeaturesSaysSoClearly() {
        Graph g = Graph.builder(2).build();
        assertFalse(g.features().isPresent());
        var e = assertThrows(IllegalStateException.class, g::requireFeatures);
        assertTrue(e.getMessage().contains("has no node features"), e.getMessage());
    }

    @Test
    void sparseAndDenseFeaturesMultiplyAlike() {
        SparseMatrix x = RandomGraphs.randomMatrix(new java.util.Random(1), 30, 20, 50);
        NodeFeatures sparse = NodeFeatures.sparse(x);
        NodeFeatures dense = NodeFeatures.dense(x.toDense(DataType.DOUBLE));
        INDArray w = Nd4j.rand(DataType.DOUBLE, 20, 7);
        INDArray g = Nd4j.rand(DataType.DOUBLE, 30, 7);
        assertEquals(0, sparse.mmul(w).sub(dense.mmul(w)).amaxNumber().doubleValue(), 1e-12);
        assertEquals(0, sparse.transposeMmul(g).sub(dense.transposeMmul(g)).amaxNumber().doubleValue(), 1e-12);
        int[] perm = {3, 1, 29, 0};
        assertEquals(sparse.selectRows(perm).toDense(DataType.DOUBLE), dense.selectRows(perm).toDense(DataType.DOUBLE));
        assertEquals(x.nnz() / 600.0, sparse.density(), 1e-12);
    }
}
