package org.graphinfomax.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SparseMatmulTest {

    private static final SparseMatmul[] KERNELS = {SparseMatmul.cpuKernel(), SparseMatmul.nd4jOps()};

    @AfterEach
    void restoreThreads() {
        ComputeThreads.setParallelism(Runtime.getRuntime().availableProcessors());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void bothKernelsMatchDenseProductOnRandomShapes(int threads) {
        ComputeThreads.setParallelism(threads);
        Random rnd = new Random(11 + threads);
        for (int trial = 0; trial < 12; trial++) {
            int rows = 1 + rnd.nextInt(300);
            int cols = 1 + rnd.nextInt(300);
            int width = 1 + rnd.nextInt(trial % 3 == 0 ? 700 : 40);
            SparseMatrix a = RandomGraphs.randomMatrix(rnd, rows, cols, rnd.nextInt(rows * 4 + 1), 0, rows / 2);
            for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
                INDArray x = Nd4j.rand(type, cols, width).subi(0.5);
                INDArray expected = a.toDense(type).mmul(x);
                double tolerance = type == DataType.FLOAT ? 1e-4 : 1e-10;
                for (SparseMatmul kernel : KERNELS) {
                    INDArray actual = kernel.multiply(a, x);
                    assertEquals(type, actual.dataType());
                    assertEquals(0, expected.sub(actual).amaxNumber().doubleValue(), tolerance,
                            kernel + " " + type + " trial " + trial + " " + a);
                }
            }
        }
    }

    @Test
    void cpuKernelAndNd4jOpsAgreeOnIsolatedNodesAndEmptyMatrices() {
        Random rnd = new Random(5);
        SparseMatrix a = RandomGraphs.randomUndirected(rnd, 200, 600, 3, 50, 199).gcnNormalized();
        INDArray x = Nd4j.rand(DataType.FLOAT, 200, 64);
        INDArray cpu = SparseMatmul.cpuKernel().multiply(a, x);
        INDArray ops = SparseMatmul.nd4jOps().multiply(a, x);
        assertEquals(0, cpu.sub(ops).amaxNumber().doubleValue(), 1e-6);
        assertEquals(x.getRow(50), cpu.getRow(50));
        SparseMatrix empty = SparseMatrix.empty(7, 200);
        for (SparseMatmul kernel : KERNELS) {
            assertEquals(Nd4j.zeros(DataType.FLOAT, 7, 64), kernel.multiply(empty, x));
        }
    }

    @Test
    void viewsAndColumnMajorOperandsGiveTheSameResult() {
        Random rnd = new Random(9);
        SparseMatrix a = RandomGraphs.randomMatrix(rnd, 40, 30, 120);
        INDArray base = Nd4j.rand(DataType.DOUBLE, 60, 30);
        INDArray transposedView = base.transpose().get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(5, 25));
        INDArray expected = a.toDense(DataType.DOUBLE).mmul(transposedView.dup('c'));
        for (SparseMatmul kernel : KERNELS) {
            assertEquals(0, expected.sub(kernel.multiply(a, transposedView)).amaxNumber().doubleValue(), 1e-12);
        }
    }

    @Test
    void worksInsideAWorkspaceAcrossIterations() {
        Random rnd = new Random(2);
        SparseMatrix a = RandomGraphs.randomUndirected(rnd, 300, 900).gcnNormalized();
        INDArray x = Nd4j.rand(DataType.FLOAT, 300, 32);
        INDArray expected = a.toDense(DataType.FLOAT).mmul(x);
        WorkspaceConfiguration conf = WorkspaceConfiguration.builder().build();
        for (int step = 0; step < 3; step++) {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(conf, "sparse-test")) {
                for (SparseMatmul kernel : KERNELS) {
                    assertEquals(0, expected.sub(kernel.multiply(a, x)).amaxNumber().doubleValue(), 1e-4);
                }
            }
        }
    }

    @Test
    void mismatchedShapesAndIntegerTypesAreRejected() {
        SparseMatrix a = SparseMatrix.identity(3);
        var e = assertThrows(IllegalArgumentException.class, () -> a.mmul(Nd4j.zeros(DataType.FLOAT, 4, 2)));
        assertEquals("cannot multiply a 3 x 3 sparse matrix by a 4 x 2 matrix", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.mmul(Nd4j.zeros(DataType.INT32, 3, 2)));
        assertThrows(IllegalArgumentException.class, () -> a.mmul(Nd4j.zeros(DataType.FLOAT, 3)));
    }

    @Test
    void transposeProductUsesTheTranspose() {
        Random rnd = new Random(4);
        SparseMatrix a = RandomGraphs.randomMatrix(rnd, 20, 35, 90);
        INDArray g = Nd4j.rand(DataType.DOUBLE, 20, 8);
        INDArray expected = a.toDense(DataType.DOUBLE).transpose().mmul(g);
        assertEquals(0, expected.sub(a.transposeMmul(g)).amaxNumber().doubleValue(), 1e-12);
    }
}
