package org.graphinfomax.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * {@link HostBuffers}: buffers address the row-major entries of plain arrays (reads and writes reach
 * the array), and views, 'f' order and a wrong data type are refused with a message.
 */
class HostBuffersTest {

    @Test
    void floatBufferReadsAndWritesTheRowMajorEntries() {
        INDArray a = Nd4j.create(new float[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3}, 'c');
        FloatBuffer b = HostBuffers.floats(a);
        assertEquals(6, b.get(5));
        assertEquals(4, b.get(3));
        b.put(4, 50f);
        assertEquals(50f, a.getFloat(1, 1));
    }

    @Test
    void doubleBufferReadsAndWritesTheRowMajorEntries() {
        INDArray a = Nd4j.create(new double[] {1, 2, 3, 4}, new long[] {2, 2}, 'c');
        DoubleBuffer b = HostBuffers.doubles(a);
        assertEquals(3, b.get(2));
        b.put(1, -7);
        assertEquals(-7, a.getDouble(0, 1));
    }

    @Test
    void viewsOtherOrderingsAndOtherTypesAreRefused() {
        INDArray a = Nd4j.create(DataType.FLOAT, 4, 3);
        INDArray rows = a.get(NDArrayIndex.interval(1, 3), NDArrayIndex.all());
        assertFalse(HostBuffers.isPlain(rows));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostBuffers.floats(rows));
        assertTrue(e.getMessage().contains("plain"), e.getMessage());
        INDArray fOrder = Nd4j.create(DataType.FLOAT, new long[] {4, 3}, 'f');
        assertThrows(IllegalArgumentException.class, () -> HostBuffers.bytes(fOrder));
        e = assertThrows(IllegalArgumentException.class, () -> HostBuffers.doubles(a));
        assertTrue(e.getMessage().contains("DOUBLE") && e.getMessage().contains("FLOAT"), e.getMessage());
        assertTrue(HostBuffers.isPlain(a, DataType.FLOAT));
        assertFalse(HostBuffers.isPlain(a, DataType.DOUBLE));
    }
}
