package org.graphinfomax.layers;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.graphinfomax.graph.HostBuffers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Row-by-row access to the off-heap data of a plain 'c'-ordered FLOAT or DOUBLE matrix, always
 * through {@code double[]} rows, so that CPU sweeps are written once for both types (FLOAT rows
 * are widened on reading and rounded on writing).
 */
abstract class RowBuffer {

    final int width;

    private RowBuffer(int width) {
        this.width = width;
    }

    /** Access to {@code a}, which must be a plain 'c'-ordered FLOAT or DOUBLE matrix (no view). */
    static RowBuffer of(INDArray a) {
        int width = (int) a.columns();
        var bytes = HostBuffers.bytes(a);
        if (a.dataType() == DataType.DOUBLE) {
            DoubleBuffer b = bytes.asDoubleBuffer();
            return new RowBuffer(width) {
                @Override
                void get(int row, double[] values) {
                    b.get(row * width, values, 0, width);
                }

                @Override
                void put(int row, double[] values) {
                    b.put(row * width, values, 0, width);
                }
            };
        }
        FloatBuffer b = bytes.asFloatBuffer();
        float[] scratch = new float[width];
        return new RowBuffer(width) {
            @Override
            void get(int row, double[] values) {
                b.get(row * width, scratch, 0, width);
                for (int k = 0; k < width; k++) {
                    values[k] = scratch[k];
                }
            }

            @Override
            void put(int row, double[] values) {
                for (int k = 0; k < width; k++) {
                    scratch[k] = (float) values[k];
                }
                b.put(row * width, scratch, 0, width);
            }
        };
    }

    /** Reads row {@code row} into {@code values}. */
    abstract void get(int row, double[] values);

    /** Writes {@code values} as row {@code row}. */
    abstract void put(int row, double[] values);
}
