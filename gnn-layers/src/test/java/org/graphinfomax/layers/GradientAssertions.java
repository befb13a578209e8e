package org.graphinfomax.layers;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.layers.check.GradientCheckResult;
import org.graphinfomax.layers.check.GradientChecker;
import org.graphinfomax.layers.check.Objective;
import org.graphinfomax.layers.check.RandomProjection;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gradient-check assertions for layers. Every check in this module uses the threshold stated
 * here: maximum relative error 1e-5 (central differences, h = 1e-6, DOUBLE), absolute floor 1e-8.
 */
final class GradientAssertions {

    /** The maximum relative error every gradient check of this module must meet. */
    static final double MAX_RELATIVE_ERROR = 1e-5;

    static final GradientChecker CHECKER = GradientChecker.defaults().withMaxRelativeError(MAX_RELATIVE_ERROR);

    private GradientAssertions() {
    }

    static void assertPassed(GradientCheckResult result) {
        assertTrue(result.checked() > 0, "nothing was checked");
        assertTrue(result.passed(), result.summary());
        assertTrue(result.maxRelativeError() <= MAX_RELATIVE_ERROR, result.summary());
    }

    /**
     * loss = sum(output * R) of the pass that {@code run} performs; backprop stores the returned
     * input gradient in {@code inputGrad} (if given).
     */
    static Objective projected(Supplier<Forward> run, RandomProjection r, AtomicReference<INDArray> inputGrad) {
        return backprop -> {
            Forward f = run.get();
            double loss = r.loss(f.output());
            if (backprop) {
                INDArray g = f.backward(r.gradient(f.output().dataType()));
                if (inputGrad != null) {
                    inputGrad.set(g);
                }
            }
            return loss;
        };
    }

    /** loss = sum(nodes * R1) + sum(graphs * R2) of an encoder pass; either projection may be null. */
    static Objective projectedEncoder(Supplier<EncoderForward> run, RandomProjection nodes, RandomProjection graphs) {
        return backprop -> {
            EncoderForward f = run.get();
            double loss = (nodes == null ? 0 : nodes.loss(f.nodeEmbeddings()))
                    + (graphs == null ? 0 : graphs.loss(f.graphEmbeddings()));
            if (backprop) {
                f.backward(nodes == null ? null : nodes.gradient(), graphs == null ? null : graphs.gradient());
            }
            return loss;
        };
    }

    /** Checks parameter and input gradients of a layer on a dense DOUBLE input, loss = sum(out * R). */
    static void checkLayer(Layer layer, INDArray input, GraphContext ctx, Supplier<ForwardMode> mode, long seed) {
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, seed, layer);
        randomizeParameters(store, seed);
        long[] shape = layer.forward(input.dup(), ctx, mode.get()).output().shape();
        RandomProjection r = RandomProjection.of(seed + 1, shape);
        AtomicReference<INDArray> inputGrad = new AtomicReference<>();
        Objective objective = projected(() -> layer.forward(input, ctx, mode.get()), r, inputGrad);
        if (store.size() > 0) {
            assertPassed(CHECKER.checkParameters(store, objective));
        }
        assertPassed(CHECKER.checkInput("input", input, objective, inputGrad::get));
    }

    /** Checks parameter gradients of a layer on raw features (whose backward returns null). */
    static void checkFeatureLayer(FeatureLayer layer, NodeFeatures features, GraphContext ctx, long seed) {
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, seed, layer);
        randomizeParameters(store, seed);
        long[] shape = layer.forward(features, ctx, ForwardMode.inference()).output().shape();
        RandomProjection r = RandomProjection.of(seed + 1, shape);
        AtomicReference<INDArray> inputGrad = new AtomicReference<>(Nd4j.zeros(1));
        Objective objective = projected(() -> layer.forward(features, ctx, ForwardMode.inference()), r, inputGrad);
        assertPassed(CHECKER.checkParameters(store, objective));
        assertNull(inputGrad.get(), "raw features need no gradient");
    }

    /**
     * Adds noise to every trainable parameter so that zero-initialised biases, unit batch-norm
     * scales etc. do not hide mistakes.
     */
    static void randomizeParameters(ParameterStore store, long seed) {
        INDArray noise = TestGraphs.randn(seed + 99, store.dataType(), 1, Math.max(1, store.size()));
        if (store.size() > 0) {
            store.params().addi(noise.muli(0.3));
        }
    }
}
