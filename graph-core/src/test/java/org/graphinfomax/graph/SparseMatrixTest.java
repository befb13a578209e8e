package org.graphinfomax.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class SparseMatrixTest {

    @Test
    void cooEntriesAreSortedWithinRowsAndKeepDuplicatesInInsertionOrder() {
        SparseMatrix m = SparseMatrix.fromCoo(3, 4, new int[] {2, 0, 0, 2, 0}, new int[] {1, 3, 1, 1, 3},
                new float[] {1, 2, 3, 4, 5});
        assertArrayEquals(new int[] {0, 3, 3, 5}, m.rowPointers());
        assertArrayEquals(new int[] {1, 3, 3, 1, 1}, m.columnIndices());
        assertArrayEquals(new float[] {3, 2, 5, 1, 4}, m.values());
        assertTrue(m.hasDuplicates());
        assertEquals(7f, m.get(0, 3));
        assertEquals(0f, m.get(1, 0));
    }

    @Test
    void duplicatePoliciesMergeAsNamed() {
        SparseMatrix m = SparseMatrix.fromCoo(2, 2, new int[] {0, 0, 0, 1}, new int[] {1, 1, 1, 0},
                new float[] {2, 5, 3, 1});
        assertEquals(10f, m.deduplicate(DuplicatePolicy.SUM).get(0, 1));
        assertEquals(2f, m.deduplicate(DuplicatePolicy.KEEP_FIRST).get(0, 1));
        assertEquals(5f, m.deduplicate(DuplicatePolicy.MAX).get(0, 1));
        assertEquals(2, m.deduplicate(DuplicatePolicy.SUM).nnz());
        assertFalse(m.deduplicate(DuplicatePolicy.SUM).hasDuplicates());
    }

    @Test
    void invalidEntriesAreRejectedWithTheirPosition() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SparseMatrix.fromCoo(3, 3, new int[] {0, 3}, new int[] {1, 1}, null));
        assertTrue(e.getMessage().contains("entry 1") && e.getMessage().contains("row index 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SparseMatrix.fromCoo(3, 3, new int[] {0}, new int[] {-1}, null));
        assertTrue(e.getMessage().contains("column index -1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SparseMatrix.builder(2, 2).add(1, 1, Float.NaN));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SparseMatrix.fromCsr(2, 2, new int[] {0, 2, 1}, new int[] {0}, new float[] {1}));
    }

    @Test
    void transposeSymmetrizeAndSelfLoops() {
        SparseMatrix a = SparseMatrix.fromCoo(3, 3, new int[] {0, 1, 2}, new int[] {1, 2, 2}, new float[] {1, 2, 4});
        SparseMatrix t = a.transpose();
        assertEquals(1f, t.get(1, 0));
        assertEquals(2f, t.get(2, 1));
        assertSame(a, t.transpose());
        SparseMatrix s = a.symmetrize(DuplicatePolicy.MAX);
        assertTrue(s.isSymmetric());
        assertFalse(a.isSymmetric());
        assertEquals(5, s.nnz());
        assertEquals(1, s.countSelfLoops());
        SparseMatrix noLoops = s.removeSelfLoops();
        assertEquals(0, noLoops.countSelfLoops());
        assertEquals(4, noLoops.nnz());
        SparseMatrix withLoops = a.addSelfLoops(1f);
        assertEquals(1f, withLoops.get(0, 0));
        assertEquals(1f, withLoops.get(1, 1));
        assertEquals(5f, withLoops.get(2, 2));
        assertEquals(5, withLoops.nnz());
    }

    @Test
    void gcnNormalisationMatchesHandComputedPathWithIsolatedNode() {
        // Path 0-1-2 plus isolated node 3. With self-loops the degrees are 2, 3, 2, 1.
        SparseMatrix a = SparseMatrix.fromCoo(4, 4, new int[] {0, 1, 1, 2}, new int[] {1, 0, 2, 1}, null);
        SparseMatrix n = a.gcnNormalized();
        double[][] expected = {
            {1.0 / 2, 1 / Math.sqrt(6), 0, 0},
            {1 / Math.sqrt(6), 1.0 / 3, 1 / Math.sqrt(6), 0},
            {0, 1 / Math.sqrt(6), 1.0 / 2, 0},
            {0, 0, 0, 1},
        };
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[i][j], n.get(i, j), 1e-7, "(" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void gcnNormalisationMatchesDenseReferenceOnRandomGraphs() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 5; trial++) {
            int size = 5 + rnd.nextInt(60);
            SparseMatrix a = RandomGraphs.randomMatrix(rnd, size, size, size * 3, 0, size - 1);
            INDArray dense = a.toDense(DataType.DOUBLE).add(Nd4j.eye(size).castTo(DataType.DOUBLE));
            INDArray invSqrt = Transforms.pow(dense.sum(1), -0.5);
            INDArray reference = dense.mulColumnVector(invSqrt).mulRowVector(invSqrt);
            INDArray actual = a.gcnNormalized().toDense(DataType.DOUBLE);
            assertEquals(0, reference.sub(actual).amaxNumber().doubleValue(), 1e-6, "trial " + trial);
            assertFalse(actual.isNaN().any());
        }
    }

    @Test
    void normalisationNeverProducesNaNForEmptyRows() {
        SparseMatrix a = SparseMatrix.empty(3, 3);
        assertFalse(a.symmetricNormalized().toDense(DataType.DOUBLE).isNaN().any());
        assertFalse(a.rowNormalized().toDense(DataType.DOUBLE).isNaN().any());
        assertEquals(1f, a.gcnNormalized().get(2, 2));
    }

    @Test
    void rowNormalisationDividesByRowSums() {
        SparseMatrix a = SparseMatrix.fromCoo(2, 3, new int[] {0, 0}, new int[] {0, 2}, new float[] {1, 3});
        SparseMatrix r = a.rowNormalized();
        assertEquals(0.25f, r.get(0, 0));
        assertEquals(0.75f, r.get(0, 2));
        assertEquals(0, r.rowNnz(1));
    }

    @Test
    void rowSelectionBlocksAndStacking() {
        Random rnd = new Random(3);
        SparseMatrix a = RandomGraphs.randomMatrix(rnd, 10, 6, 30);
        INDArray dense = a.toDense(DataType.DOUBLE);
        SparseMatrix picked = a.selectRows(new int[] {9, 0, 9});
        assertEquals(dense.getRow(9), picked.toDense(DataType.DOUBLE).getRow(0));
        assertEquals(dense.getRow(0), picked.toDense(DataType.DOUBLE).getRow(1));
        SparseMatrix block = a.block(2, 5, 1, 4);
        assertEquals(dense.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(2, 5),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 4)), block.toDense(DataType.DOUBLE));
        SparseMatrix stacked = SparseMatrix.vstack(List.of(a, picked));
        assertEquals(13, stacked.rows());
        assertEquals(Nd4j.vstack(dense, picked.toDense(DataType.DOUBLE)), stacked.toDense(DataType.DOUBLE));
        SparseMatrix diag = SparseMatrix.blockDiagonal(List.of(a, picked));
        assertEquals(13, diag.rows());
        assertEquals(12, diag.cols());
        assertEquals(picked.get(0, 5), diag.get(10, 11));
        assertEquals(a.nnz() + picked.nnz(), diag.nnz());
    }

    @Test
    void fromDenseRoundTrips() {
        INDArray dense = Nd4j.createFromArray(new double[][] {{0, 1.5, 0}, {0, 0, 0}, {-2, 0, 3}});
        SparseMatrix m = SparseMatrix.fromDense(dense);
        assertEquals(3, m.nnz());
        assertEquals(dense, m.toDense(DataType.DOUBLE));
        assertThrows(IllegalArgumentException.class,
                () -> SparseMatrix.fromDense(Nd4j.createFromArray(new double[][] {{Double.NaN}})));
    }
}
