package org.graphinfomax.infomax.infograph;

import static org.graphinfomax.infomax.infograph.GradientChecks.CHECKER;
import static org.graphinfomax.infomax.infograph.GradientChecks.assertPassed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.ParameterStore;
import org.graphinfomax.layers.check.Objective;
import org.graphinfomax.layers.check.RandomProjection;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

class ProjectionHeadTest {

    @Test
    void outputIsTheReluMlpPlusTheLinearShortcut() {
        ProjectionHead head = new ProjectionHead(4, 3);
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 1, head);
        TinyGraphs.perturb(store, 2);
        INDArray x = TinyGraphs.randn(3, DataType.DOUBLE, 5, 4);
        INDArray h = x.dup();
        for (int layer : new int[] {0, 2, 4}) {
            h = Transforms.relu(h.mmul(store.value("block." + layer + ".weight"))
                    .addRowVector(store.value("block." + layer + ".bias")), false);
        }
        INDArray expected = h.add(x.mmul(store.value("shortcut.weight")).addRowVector(store.value("shortcut.bias")));
        INDArray actual = head.forward(x, null, ForwardMode.inference()).output();
        assertTrue(expected.equalsWithEps(actual, 1e-12), actual + " vs " + expected);
        assertEquals(List.of("block.0.weight", "block.0.bias", "block.2.weight", "block.2.bias", "block.4.weight",
                "block.4.bias", "shortcut.weight", "shortcut.bias"), store.names());
    }

    @Test
    void parameterAndInputGradientsMatchFiniteDifferences() {
        ProjectionHead head = new ProjectionHead(5, 4);
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 4, head);
        TinyGraphs.perturb(store, 5);
        INDArray x = TinyGraphs.randn(6, DataType.DOUBLE, 7, 5);
        RandomProjection r = RandomProjection.of(7, 7, 4);
        AtomicReference<INDArray> inputGradient = new AtomicReference<>();
        Objective objective = backprop -> {
            Forward f = head.forward(x, null, ForwardMode.training(1));
            double loss = r.loss(f.output());
            if (backprop) {
                inputGradient.set(f.backward(r.gradient()));
            }
            return loss;
        };
        assertPassed(CHECKER.checkParameters(store, objective));
        assertPassed(CHECKER.checkInput("x", x, objective, inputGradient::get));
    }
}
