package org.graphinfomax.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Seed 0, the default of the models, reproduces like any other seed (ND4J's own seed 0 does not). */
class SeededRandomTest {

    @Test
    void seedZeroRepeatsItsStream() {
        for (long seed : new long[] {0, 1, -7}) {
            INDArray a = Nd4j.rand(Nd4j.create(DataType.FLOAT, 18, 32), SeededRandom.of(seed));
            INDArray b = Nd4j.rand(Nd4j.create(DataType.FLOAT, 18, 32), SeededRandom.of(seed));
            assertEquals(a, b, "seed " + seed);
        }
        assertNotEquals(Nd4j.rand(Nd4j.create(DataType.FLOAT, 4, 4), SeededRandom.of(0)),
                Nd4j.rand(Nd4j.create(DataType.FLOAT, 4, 4), SeededRandom.of(1)));
    }

    @Test
    void parameterStoresAndDropoutMasksWithSeedZeroRepeat() {
        ParameterStore first = ParameterStore.of(DataType.FLOAT, 0, new GinEncoder(18, 32, 3));
        for (int i = 0; i < 3; i++) {
            assertEquals(first.params(), ParameterStore.of(DataType.FLOAT, 0, new GinEncoder(18, 32, 3)).params());
        }
        INDArray ones = Nd4j.ones(DataType.FLOAT, 40, 40);
        INDArray mask = new Dropout(0.5).forward(ones, null, ForwardMode.training(0)).output();
        assertEquals(mask, new Dropout(0.5).forward(ones, null, ForwardMode.training(0)).output());
    }
}
