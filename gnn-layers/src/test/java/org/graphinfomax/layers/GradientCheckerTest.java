package org.graphinfomax.layers;

import static org.graphinfomax.layers.GradientAssertions.CHECKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.layers.check.GradientCheckResult;
import org.graphinfomax.layers.check.GradientChecker;
import org.graphinfomax.layers.check.Objective;
import org.graphinfomax.layers.check.RandomProjection;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The checker must report broken backward passes, not only accept correct ones. */
class GradientCheckerTest {

    private static final Graph GRAPH = TestGraphs.randomGraph(8, 16, 3);

    @Test
    void reportsAGradientPerturbedAfterBackward() {
        GraphContext ctx = GraphContext.of(GRAPH);
        GcnConv conv = new GcnConv(3, 2);
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 1, conv);
        INDArray x = TestGraphs.randn(1, 8, 3);
        RandomProjection r = RandomProjection.of(2, 8, 2);
        Objective broken = backprop -> {
            Forward f = conv.forward(x, ctx, ForwardMode.inference());
            double loss = r.loss(f.output());
            if (backprop) {
                f.backward(r.gradient());
                store.gradient("weight").putScalar(1, 0, store.gradient("weight").getDouble(1, 0) + 1e-3);
            }
            return loss;
        };
        GradientCheckResult result = CHECKER.checkParameters(store, broken);
        assertFalse(result.passed(), result.summary());
        assertEquals(1, result.failureCount(), result.summary());
        assertEquals("weight[2]", result.failures().get(0).element());
        assertEquals("weight[2]", result.worst());
    }

    @Test
    void reportsALayerWhoseBackwardForgetsATerm() {
        GraphContext ctx = GraphContext.of(GRAPH);
        INDArray x = TestGraphs.randn(3, 8, 2);
        Layer square = new SquareWithWrongDerivative();
        AtomicReference<INDArray> grad = new AtomicReference<>();
        RandomProjection r = RandomProjection.of(4, 8, 2);
        Objective objective = GradientAssertions.projected(() -> square.forward(x, ctx, ForwardMode.inference()), r, grad);
        GradientCheckResult result = CHECKER.checkInput("x", x, objective, grad::get);
        assertFalse(result.passed());
        assertEquals(16, result.failureCount());
        // d(x^2)/dx = 2x but the layer returns x: relative error |2x - x| / |2x| = 0.5 everywhere
        assertEquals(0.5, result.maxRelativeError(), 1e-6);
    }

    @Test
    void acceptsACorrectBackwardAndHonoursTheAbsoluteFloor() {
        GraphContext ctx = GraphContext.of(GRAPH);
        Linear layer = new Linear(3, 2);
        ParameterStore s = ParameterStore.of(DataType.DOUBLE, 2, layer);
        INDArray x = TestGraphs.randn(5, 8, 3);
        RandomProjection r = RandomProjection.of(6, 8, 2);
        Objective objective = backprop -> {
            Forward f = layer.forward(x, ctx, ForwardMode.inference());
            double loss = r.loss(f.output());
            if (backprop) {
                f.backward(r.gradient());
                // an error far below the floor must be tolerated
                s.gradient("bias").addi(1e-11);
            }
            return loss;
        };
        GradientCheckResult result = CHECKER.withAbsoluteFloor(1e-9).checkParameters(s, objective);
        assertTrue(result.passed(), result.summary());
        assertEquals(s.size(), result.checked());
        assertTrue(result.maxRelativeError() < 1e-7, result.summary());
    }

    @Test
    void samplingLimitsTheElementsChecked() {
        GraphContext ctx = GraphContext.of(GRAPH);
        Linear layer = new Linear(3, 4);
        ParameterStore s = ParameterStore.of(DataType.DOUBLE, 2, layer);
        INDArray x = TestGraphs.randn(5, 8, 3);
        RandomProjection r = RandomProjection.of(6, 8, 4);
        Objective objective = GradientAssertions.projected(() -> layer.forward(x, ctx, ForwardMode.inference()), r, null);
        GradientCheckResult result = GradientChecker.defaults().sampling(3, 1).checkParameters(s, objective);
        assertTrue(result.passed(), result.summary());
        assertEquals(6, result.checked());
    }

    @Test
    void refusesFloatPrecision() {
        ParameterStore floats = ParameterStore.of(DataType.FLOAT, 1, new Linear(2, 2));
        assertThrows(IllegalArgumentException.class, () -> CHECKER.checkParameters(floats, b -> 0.0));
    }

    /** y = x^2 with the derivative deliberately wrong (x instead of 2x). */
    private static final class SquareWithWrongDerivative implements Layer {
        @Override
        public List<ParameterSpec> parameterSpecs() {
            return List.of();
        }

        @Override
        public Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
            INDArray out = input.mul(input);
            return new Forward() {
                @Override
                public INDArray output() {
                    return out;
                }

                @Override
                public INDArray backward(INDArray g) {
                    return g.muli(input);
                }
            };
        }
    }
}
