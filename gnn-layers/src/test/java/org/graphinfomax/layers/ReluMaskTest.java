package org.graphinfomax.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * {@link ReluMask}: the Java pass gives exactly the values of ND4J's step-and-multiply, over
 * lengths that are not a multiple of its block and outputs at the edges of the float range; arrays
 * it does not take (views, DOUBLE, other shapes) go through ND4J operations.
 */
class ReluMaskTest {

    @Test
    void javaPassEqualsTheNd4jOperationsBitForBit() {
        INDArray output = Transforms.relu(Nd4j.randn(DataType.FLOAT, 1031, 7), false);
        float[] edges = {Float.MIN_VALUE, Float.MIN_NORMAL, 1e-30f, 1f, 3e38f, Float.MAX_VALUE, Float.POSITIVE_INFINITY};
        for (int i = 0; i < edges.length; i++) {
            output.putScalar(i, 0, edges[i]);
        }
        INDArray gradient = Nd4j.randn(DataType.FLOAT, 1031, 7);
        INDArray expected = gradient.mul(Transforms.step(output, true));
        assertTrue(ReluMask.heapPassApplies(output, gradient));
        INDArray actual = gradient.dup();
        assertSame(actual, ReluMask.applyInPlace(output, actual));
        assertArrayEquals(expected.data().asFloat(), actual.data().asFloat());
        assertTrue(expected.eq(0).castTo(DataType.INT).sumNumber().intValue() > 3000, "the test needs many masked entries");
    }

    @Test
    void otherArraysUseTheNd4jOperations() {
        INDArray output = Transforms.relu(Nd4j.randn(DataType.DOUBLE, 20, 6), false);
        INDArray gradient = Nd4j.randn(DataType.DOUBLE, 20, 6);
        assertFalse(ReluMask.heapPassApplies(output, gradient));
        INDArray expected = gradient.mul(Transforms.step(output, true));
        assertTrue(expected.equalsWithEps(ReluMask.applyInPlace(output, gradient.dup()), 0));

        INDArray wide = Nd4j.randn(DataType.FLOAT, 20, 12);
        INDArray view = wide.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 6));
        INDArray floatOutput = output.castTo(DataType.FLOAT);
        assertFalse(ReluMask.heapPassApplies(floatOutput, view));
        INDArray viewExpected = view.mul(Transforms.step(floatOutput, true));
        ReluMask.applyInPlace(floatOutput, view);
        assertTrue(viewExpected.equalsWithEps(wide.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 6)), 0));
        assertFalse(ReluMask.heapPassApplies(floatOutput, Nd4j.zeros(DataType.FLOAT, 6, 20)));
    }
}
