package org.graphinfomax.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void rowAndColumnMapsAccumulationAndEpiloguesMatchDenseReference(int threads) {
        ComputeThreads.setParallelism(threads);
        Random rnd = new Random(21);
        for (int trial = 0; trial < 6; trial++) {
            int rows = 5 + rnd.nextInt(200);
            int cols = 5 + rnd.nextInt(200);
            int denseRows = cols + rnd.nextInt(50);
            int width = 1 + rnd.nextInt(trial % 2 == 0 ? 600 : 30);
            SparseMatrix a = RandomGraphs.randomMatrix(rnd, rows, cols, rows * 3);
            int[] columnMap = rnd.ints(cols, 0, denseRows).toArray();
            int[] rowMap = rnd.ints(rows + 7, 0, rows).toArray();
            for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
                INDArray x = Nd4j.rand(type, denseRows, width).subi(0.5);
                INDArray gathered = Nd4j.pullRows(x, 1, columnMap, 'c');
                INDArray product = a.toDense(type).mmul(gathered);
                INDArray expected = Nd4j.pullRows(product, 1, rowMap, 'c');
                INDArray start = Nd4j.rand(type, rowMap.length, width);
                double tolerance = type == DataType.FLOAT ? 1e-4 : 1e-10;
                for (SparseMatmul kernel : KERNELS) {
                    ProductOptions maps = ProductOptions.NONE.rowMap(rowMap).columnMap(columnMap);
                    assertEquals(0, expected.sub(kernel.multiply(a, x, maps)).amaxNumber().doubleValue(), tolerance, kernel + " maps");
                    INDArray target = start.dup();
                    INDArray returned = kernel.multiply(a, x, maps.into(target, true));
                    assertEquals(target, returned);
                    assertEquals(0, expected.add(start).sub(target).amaxNumber().doubleValue(), tolerance, kernel + " accumulate");
                    INDArray view = Nd4j.zeros(type, rowMap.length, width + 3).get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                            org.nd4j.linalg.indexing.NDArrayIndex.interval(1, width + 1));
                    kernel.multiply(a, x, maps.into(view, false));
                    assertEquals(0, expected.sub(view).amaxNumber().doubleValue(), tolerance, kernel + " into a view");
                }
                RowEpilogue addRowIndex = new RowEpilogue() {
                    @Override
                    public void apply(int row, float[] values) {
                        for (int k = 0; k < values.length; k++) {
                            values[k] += row;
                        }
                    }

                    @Override
                    public void apply(int row, double[] values) {
                        for (int k = 0; k < values.length; k++) {
                            values[k] += row;
                        }
                    }
                };
                INDArray withEpilogue = SparseMatmul.cpuKernel().multiply(a, x, ProductOptions.NONE.rowMap(rowMap)
                        .columnMap(columnMap).epilogue(addRowIndex));
                INDArray rowIndex = Nd4j.createFromArray(java.util.stream.IntStream.range(0, rowMap.length).asDoubleStream().toArray())
                        .castTo(type).reshape(rowMap.length, 1);
                assertEquals(0, expected.addColumnVector(rowIndex).sub(withEpilogue).amaxNumber().doubleValue(), tolerance * 10);
            }
        }
    }

    @Test
    void badMapsAndEpiloguesOnTheOpsPathAreRejected() {
        SparseMatrix a = SparseMatrix.identity(3);
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 2);
        var e = assertThrows(IllegalArgumentException.class,
                () -> SparseMatmul.cpuKernel().multiply(a, x, ProductOptions.NONE.rowMap(new int[] {0, 3})));
        assertEquals("row map entry 1 is 3, outside the sparse matrix's rows 0..2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SparseMatmul.cpuKernel().multiply(a, x, ProductOptions.NONE.columnMap(new int[] {0, 1})));
        assertEquals("the column map has 2 entries for 3 columns", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SparseMatmul.cpuKernel().multiply(a, x, ProductOptions.NONE.columnMap(new int[] {0, 1, 5})));
        assertEquals("column map entry 2 is 5, outside the dense operand's rows 0..2", e.getMessage());
        RowEpilogue nothing = new RowEpilogue() {
            @Override
            public void apply(int row, float[] values) {
            }

            @Override
            public void apply(int row, double[] values) {
            }
        };
        assertThrows(UnsupportedOperationException.class,
                () -> SparseMatmul.nd4jOps().multiply(a, x, ProductOptions.NONE.epilogue(nothing)));
        assertTrue(SparseMatmul.cpuKernel().supportsEpilogue());
    }
}
