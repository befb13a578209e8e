package org.graphinfomax.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class MatrixVectorTest {

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"FLOAT", "DOUBLE"}, mode = Mode.INCLUDE)
    void productsEqualMmul(DataType type) {
        INDArray m = TestGraphs.randn(1, type, 37, 11);
        INDArray x = TestGraphs.randn(2, type, 11, 1);
        INDArray g = TestGraphs.randn(3, type, 37, 1);
        double eps = type == DataType.FLOAT ? 1e-5 : 1e-12;
        INDArray mx = MatrixVector.times(m, x);
        assertEquals(37, mx.rows());
        assertEquals(1, mx.columns());
        assertTrue(mx.equalsWithEps(m.mmul(x), eps));
        INDArray mtg = MatrixVector.transposeTimes(m, g.reshape(1, 37));
        assertTrue(mtg.equalsWithEps(m.transpose().mmul(g), eps));
    }

    @Test
    void accumulatesIntoARowViewOfALargerBuffer() {
        INDArray m = TestGraphs.randn(4, DataType.DOUBLE, 9, 5);
        INDArray g = TestGraphs.randn(5, DataType.DOUBLE, 9, 1);
        INDArray buffer = Nd4j.zeros(DataType.DOUBLE, 1, 12);
        INDArray view = buffer.get(NDArrayIndex.point(0), NDArrayIndex.interval(3, 8)).reshape(1, 5);
        view.assign(1.0);
        MatrixVector.transposeTimesInto(m, g, view, 1.0);
        INDArray expected = m.transpose().mmul(g).addi(1.0).reshape(1, 5);
        assertTrue(buffer.get(NDArrayIndex.point(0), NDArrayIndex.interval(3, 8)).reshape(1, 5).equalsWithEps(expected, 1e-12));
        assertEquals(0.0, buffer.getDouble(0, 2));
        assertEquals(0.0, buffer.getDouble(0, 8));
    }

    @Test
    void badShapesAreNamed() {
        INDArray m = Nd4j.zeros(DataType.FLOAT, 4, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MatrixVector.times(m, Nd4j.zeros(DataType.FLOAT, 4, 1)));
        assertTrue(e.getMessage().contains("3 entries"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MatrixVector.times(m, Nd4j.zeros(DataType.FLOAT, 3, 2)));
        assertThrows(IllegalArgumentException.class, () -> MatrixVector.times(Nd4j.zeros(DataType.FLOAT, 4), Nd4j.zeros(DataType.FLOAT, 4)));
    }
}
