package org.graphinfomax.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Dropout's masks: reproducible per seed, the right rate and scale, identity in inference. */
class DropoutAndModeTest {

    private static final INDArray ONES = Nd4j.ones(DataType.FLOAT, 200, 50);

    @Test
    void sameSeedSameMaskOtherSeedOtherMask() {
        Dropout dropout = new Dropout(0.3);
        INDArray a = dropout.forward(ONES, null, ForwardMode.training(1)).output();
        INDArray b = dropout.forward(ONES, null, ForwardMode.training(1)).output();
        INDArray c = dropout.forward(ONES, null, ForwardMode.training(2)).output();
        assertEquals(a, b);
        assertFalse(a.equals(c));
        ForwardMode mode = ForwardMode.training(1);
        INDArray first = dropout.forward(ONES, null, mode).output();
        INDArray second = dropout.forward(ONES, null, mode).output();
        assertFalse(first.equals(second), "successive draws of one generator must differ");
    }

    @Test
    void dropsAtTheRequestedRateAndRescales() {
        INDArray out = new Dropout(0.3).forward(ONES, null, ForwardMode.training(3)).output();
        double keptFraction = out.gt(0).castTo(DataType.FLOAT).meanNumber().doubleValue();
        assertEquals(0.7, keptFraction, 0.02);
        assertEquals(1 / 0.7, out.maxNumber().doubleValue(), 1e-5);
        assertEquals(0.0, out.minNumber().doubleValue(), 0);
        assertEquals(1.0, ONES.minNumber().doubleValue(), 0, "the input must not be modified");
    }

    @Test
    void inferenceIsTheIdentity() {
        Forward f = new Dropout(0.5).forward(ONES, null, ForwardMode.inference());
        assertSame(ONES, f.output());
        INDArray g = Nd4j.rand(DataType.FLOAT, 200, 50);
        assertSame(g, f.backward(g));
        assertThrows(IllegalStateException.class, () -> ForwardMode.inference().rng());
        assertTrue(ForwardMode.training(1).isTraining());
        assertThrows(IllegalArgumentException.class, () -> new Dropout(1.0));
    }
}
