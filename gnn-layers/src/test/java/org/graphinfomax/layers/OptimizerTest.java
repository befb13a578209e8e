package org.graphinfomax.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;

/** The whole-vector optimizer against the update formulas of SGD and Adam. */
class OptimizerTest {

    private static ParameterStore store() {
        return ParameterStore.of(DataType.DOUBLE, 1, new Linear(3, 2));
    }

    @Test
    void sgdStepsEveryParameterAtOnce() {
        ParameterStore store = store();
        INDArray before = store.params().dup();
        INDArray grad = TestGraphs.randn(2, 1, store.size());
        store.gradients().assign(grad);
        new Optimizer(new Sgd(0.1)).step(store);
        assertTrue(store.params().equalsWithEps(before.sub(grad.mul(0.1)), 1e-12));
    }

    @Test
    void weightDecayAddsL2ToTheGradientAsTorch() {
        ParameterStore store = store();
        INDArray before = store.params().dup();
        INDArray grad = TestGraphs.randn(3, 1, store.size());
        store.gradients().assign(grad);
        new Optimizer(new Sgd(0.1), 0.01).step(store);
        INDArray expected = before.sub(grad.add(before.mul(0.01)).mul(0.1));
        assertTrue(store.params().equalsWithEps(expected, 1e-12));
    }

    @Test
    void adamFollowsItsUpdateRule() {
        ParameterStore store = store();
        Optimizer adam = new Optimizer(new Adam(0.01, 0.9, 0.999, 1e-8));
        INDArray p = store.params().dup();
        INDArray m = p.mul(0);
        INDArray v = p.mul(0);
        for (int t = 1; t <= 3; t++) {
            INDArray grad = TestGraphs.randn(10 + t, 1, store.size());
            store.gradients().assign(grad);
            adam.step(store);
            m = m.mul(0.9).add(grad.mul(0.1));
            v = v.mul(0.999).add(grad.mul(grad).mul(0.001));
            double alpha = 0.01 * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
            p = p.sub(m.mul(alpha).div(org.nd4j.linalg.ops.transforms.Transforms.sqrt(v).add(1e-8)));
            assertTrue(store.params().equalsWithEps(p, 1e-6), "step " + t);
        }
        assertEquals(3, adam.iteration());
    }

    /** 1,230 parameters (less than one chunk of the fused loop) and 9,090 (two chunks and a remainder). */
    @ParameterizedTest
    @ValueSource(ints = {30, 90})
    void fusedFloatAdamMatchesNd4jsAdamOp(int outputs) {
        ParameterStore store = ParameterStore.of(DataType.FLOAT, 4, new Linear(outputs + 10, outputs));
        Adam config = new Adam(0.003);
        Optimizer adam = Optimizer.fusedAdam(config);
        INDArray reference = store.params().dup();
        INDArray referenceState = Nd4j.zeros(DataType.FLOAT, 1, config.stateSize(store.size()));
        GradientUpdater<?> nd4jAdam = config.instantiate(referenceState, true);
        for (int t = 0; t < 5; t++) {
            INDArray grad = TestGraphs.randn(20 + t, DataType.FLOAT, 1, store.size()).muli(0.1);
            store.gradients().assign(grad);
            adam.step(store);
            nd4jAdam.applyUpdater(grad, t, 0);
            reference.subi(grad);
            assertTrue(store.params().equalsWithEps(reference, 1e-6), "step " + t);
        }
        assertTrue(adam.saveState().updaterState().equalsWithEps(referenceState, 1e-7), "same moments, same layout");
    }

    @Test
    void fusedAdamAppliesWeightDecayAsTheNd4jPath() {
        ParameterStore fusedStore = ParameterStore.of(DataType.FLOAT, 4, new Linear(50, 40));
        ParameterStore plainStore = ParameterStore.of(DataType.FLOAT, 4, new Linear(50, 40));
        Optimizer fused = Optimizer.fusedAdam(new Adam(0.003), 0.05);
        Optimizer plain = new Optimizer(new Adam(0.003), 0.05);
        Optimizer fusedWithoutDecay = Optimizer.fusedAdam(new Adam(0.003));
        ParameterStore undecayed = ParameterStore.of(DataType.FLOAT, 4, new Linear(50, 40));
        for (int t = 0; t < 4; t++) {
            INDArray grad = TestGraphs.randn(40 + t, DataType.FLOAT, 1, fusedStore.size()).muli(0.1);
            fusedStore.gradients().assign(grad);
            plainStore.gradients().assign(grad);
            undecayed.gradients().assign(grad);
            fused.step(fusedStore);
            plain.step(plainStore);
            fusedWithoutDecay.step(undecayed);
            assertTrue(fusedStore.params().equalsWithEps(plainStore.params(), 1e-6), "step " + t);
        }
        assertTrue(fusedStore.params().sub(undecayed.params()).amaxNumber().doubleValue() > 1e-4, "the decay acts");
    }

    @Test
    void stateCanBeSavedAndRestored() {
        ParameterStore store = store();
        Optimizer adam = new Optimizer(new Adam(0.01));
        store.gradients().assign(TestGraphs.randn(1, 1, store.size()));
        adam.step(store);
        Optimizer.State saved = adam.saveState();
        ParameterSnapshot params = store.snapshot();
        INDArray grad = TestGraphs.randn(2, 1, store.size());
        store.gradients().assign(grad);
        adam.step(store);
        INDArray afterFirstTry = store.params().dup();
        store.restore(params);
        adam.restoreState(saved);
        store.gradients().assign(grad);
        adam.step(store);
        assertEquals(afterFirstTry, store.params());
        assertThrows(IllegalArgumentException.class, () -> adam.step(store()));
        assertThrows(IllegalArgumentException.class, () -> new Optimizer(new Sgd(0.1), -1));
    }
}
