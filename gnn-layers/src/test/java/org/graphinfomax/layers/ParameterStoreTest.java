package org.graphinfomax.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Layout, binding, seeded initialisation, snapshots and lookups of the flat parameter store. */
class ParameterStoreTest {

    private static ParameterStore twoModules(long seed) {
        return ParameterStore.builder(DataType.DOUBLE)
                .add("mlp", new Mlp(new int[] {4, 3, 2}, Activation.RELU, true, false))
                .add("act", PRelu.perChannel(2))
                .build(seed);
    }

    @Test
    void laysOutTrainableParametersAndBuffersSeparately() {
        ParameterStore store = twoModules(1);
        assertEquals(List.of("mlp.0.weight", "mlp.0.bias", "mlp.1.gamma", "mlp.1.beta", "mlp.1.runningMean",
                "mlp.1.runningVar", "mlp.3.weight", "mlp.3.bias", "act.slope"), store.names());
        assertEquals(12 + 3 + 3 + 3 + 6 + 2 + 2, store.size());
        assertEquals(6, store.bufferSize());
        assertArrayEquals(new long[] {1, store.size()}, store.params().shape());
        assertArrayEquals(new long[] {1, store.size()}, store.gradients().shape());
        assertArrayEquals(new long[] {4, 3}, store.value("mlp.0.weight").shape());
        assertNull(store.parameter("mlp.1.runningVar").gradient());
        assertThrows(IllegalStateException.class, () -> store.gradient("mlp.1.runningVar"));
    }

    @Test
    void viewsWriteThroughToTheFlatVectors() {
        ParameterStore store = twoModules(1);
        store.gradient("mlp.3.bias").addi(5.0);
        // mlp.3.bias occupies flat positions 27..28 (12 + 3 + 3 + 3 + 6 = 27)
        assertEquals(10.0, store.gradients().sumNumber().doubleValue(), 0);
        assertEquals(5.0, store.gradients().getDouble(27), 0);
        assertEquals(5.0, store.gradients().getDouble(28), 0);
        store.params().putScalar(0, 42.0);
        assertEquals(42.0, store.value("mlp.0.weight").getDouble(0, 0), 0);
        store.zeroGradients();
        assertEquals(0.0, store.gradients().sumNumber().doubleValue(), 0);
    }

    @Test
    void initialisationIsDeterministicPerSeedAndFollowsTheSchemes() {
        ParameterStore a = twoModules(7);
        ParameterStore b = twoModules(7);
        ParameterStore c = twoModules(8);
        assertEquals(a.params(), b.params());
        assertFalse(a.params().equalsWithEps(c.params(), 1e-6));
        INDArray w = a.value("mlp.0.weight");
        double bound = Math.sqrt(6.0 / (4 + 3));
        assertTrue(w.amaxNumber().doubleValue() <= bound, "Glorot bound");
        assertTrue(w.amaxNumber().doubleValue() > bound / 4, "weights should not all be tiny");
        assertEquals(0.0, a.value("mlp.0.bias").amaxNumber().doubleValue(), 0);
        assertEquals(1.0, a.value("mlp.1.gamma").minNumber().doubleValue(), 0);
        assertEquals(1.0, a.value("mlp.1.runningVar").minNumber().doubleValue(), 0);
        assertEquals(0.25, a.value("act.slope").maxNumber().doubleValue(), 0);
        assertEquals(0.25, a.value("act.slope").minNumber().doubleValue(), 0);
    }

    @Test
    void glorotUniformHasTheExpectedSpread() {
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 3, new Linear(200, 300, false));
        double bound = Math.sqrt(6.0 / 500);
        // uniform on [-a, a] has standard deviation a / sqrt(3)
        assertEquals(bound / Math.sqrt(3), store.params().stdNumber().doubleValue(), 0.01 * bound);
        ParameterStore normal = ParameterStore.of(DataType.DOUBLE, 3, new Module(
                ParameterSpec.trainable("w", Initializer.xavierNormal(), 200, 300)));
        assertEquals(Math.sqrt(2.0 / 500), normal.params().stdNumber().doubleValue(), 0.01 * Math.sqrt(2.0 / 500));
    }

    @Test
    void snapshotRestoreAndCopy() {
        ParameterStore store = twoModules(1);
        ParameterSnapshot snapshot = store.snapshot();
        INDArray before = store.params().dup();
        INDArray buffersBefore = store.buffers().dup();
        store.params().addi(1.0);
        store.buffers().addi(2.0);
        store.restore(snapshot);
        assertEquals(before, store.params());
        assertEquals(buffersBefore, store.buffers());

        ParameterStore other = ParameterStore.builder(DataType.FLOAT)
                .add("mlp", new Mlp(new int[] {4, 3, 2}, Activation.RELU, true, false))
                .add("act", PRelu.perChannel(2))
                .build(99);
        other.copyParamsFrom(store);
        assertTrue(other.params().castTo(DataType.DOUBLE).equalsWithEps(store.params(), 1e-6));
        ParameterStore different = ParameterStore.of(DataType.DOUBLE, 1, new Linear(2, 2));
        assertThrows(IllegalArgumentException.class, () -> different.copyParamsFrom(store));
        assertThrows(IllegalArgumentException.class, () -> different.restore(snapshot));
    }

    @Test
    void rejectsBadLayoutsAndNames() {
        Linear shared = new Linear(2, 2);
        assertThrows(IllegalArgumentException.class,
                () -> ParameterStore.builder(DataType.DOUBLE).add("a", shared).add("b", shared));
        assertThrows(IllegalArgumentException.class,
                () -> ParameterStore.builder(DataType.DOUBLE).add("a", new Linear(2, 2)).add("a", new Linear(2, 2)).build(1));
        assertThrows(IllegalArgumentException.class, () -> ParameterStore.builder(DataType.INT));
        ParameterStore store = twoModules(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.value("nope"));
        assertTrue(e.getMessage().contains("mlp.0.weight"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ParameterSpec("x", new long[] {0}, Initializer.zeros()));
        assertThrows(IllegalStateException.class, () -> new Linear(2, 2).forward(
                TestGraphs.randn(1, 3, 2), null, ForwardMode.inference()));
    }

    @Test
    void reinitialisingReproducesTheFirstInitialisation() {
        ParameterStore store = twoModules(5);
        INDArray initial = store.params().dup();
        store.params().muli(3);
        store.gradients().addi(1);
        store.initialize(5);
        assertEquals(initial, store.params());
        assertEquals(0.0, store.gradients().amaxNumber().doubleValue(), 0);
    }

    /** A module with explicit specs. */
    private record Module(ParameterSpec spec) implements Parameterized {
        @Override
        public List<ParameterSpec> parameterSpecs() {
            return List.of(spec);
        }
    }
}
