package org.graphinfomax.graph;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code java.nio} views of the host memory behind plain ND4J arrays, for CPU passes that read and
 * write whole blocks instead of issuing one ND4J op per element-wise step (each op has a fixed cost
 * of tens of microseconds). A view is only meaningful on the CPU backend, where the array's data
 * lives in host memory; callers check the backend and fall back to ND4J ops elsewhere.
 *
 * <p>"Plain" means 'c'-ordered, not a view of another array, and starting at offset 0: then
 * element {@code i} of the row-major layout is entry {@code i} of the buffer. Every accessor
 * refuses other arrays, since reading a view's buffer from index 0 would silently read the wrong
 * entries.
 */
public final class HostBuffers {

    private HostBuffers() {
    }

    /** @return whether {@code a} is 'c'-ordered, not a view and at offset 0 */
    public static boolean isPlain(INDArray a) {
        return a.ordering() == 'c' && !a.isView() && a.offset() == 0;
    }

    /** @return whether {@code a} is plain (see {@link #isPlain(INDArray)}) and of type {@code type} */
    public static boolean isPlain(INDArray a, DataType type) {
        return a.dataType() == type && isPlain(a);
    }

    /**
     * The array's data as bytes in native order.
     *
     * @throws IllegalArgumentException if {@code a} is not plain
     */
    public static ByteBuffer bytes(INDArray a) {
        if (!isPlain(a)) {
            throw new IllegalArgumentException("host buffer access needs a plain 'c'-ordered array, got ordering '"
                    + a.ordering() + "', view " + a.isView() + ", offset " + a.offset());
        }
        return a.data().asNio().order(ByteOrder.nativeOrder());
    }

    /**
     * The data of a plain FLOAT array.
     *
     * @throws IllegalArgumentException if {@code a} is not plain or not FLOAT
     */
    public static FloatBuffer floats(INDArray a) {
        requireType(a, DataType.FLOAT);
        return bytes(a).asFloatBuffer();
    }

    /**
     * The data of a plain DOUBLE array.
     *
     * @throws IllegalArgumentException if {@code a} is not plain or not DOUBLE
     */
    public static DoubleBuffer doubles(INDArray a) {
        requireType(a, DataType.DOUBLE);
        return bytes(a).asDoubleBuffer();
    }

    private static void requireType(INDArray a, DataType type) {
        if (a.dataType() != type) {
            throw new IllegalArgumentException("expected a " + type + " array, got " + a.dataType());
        }
    }
}
