package org.graphinfomax.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.layers.check.RandomProjection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The fused CPU pass of GCN layers (sparse product with bias and activation as an epilogue, one
 * backward sweep) against the separate ND4J operations that the ND4J-ops propagation uses: same
 * outputs, same gradients, and correct gradients by finite differences — for each activation,
 * including a PReLU whose slope is negative (the case that keeps the pre-activation).
 */
class FusedGcnPassTest {

    @ParameterizedTest
    @CsvSource({"RELU, 0.25", "IDENTITY, 0.25", "PRELU, 0.25", "PRELU, -0.3", "PRELU, 0", "PRELU_PER_CHANNEL, 0.4", "PRELU_PER_CHANNEL, -0.2"})
    void fusedAndSeparatePassesAgreeAndAreGradientChecked(Activation activation, double slope) {
        Graph g = TestGraphs.withFeatures(TestGraphs.randomGraph(13, 30, 5), TestGraphs.randn(1, 13, 4));
        NodeFeatures x = g.requireFeatures();
        GcnEncoder encoder = GcnEncoder.builder(4).hiddenSizes(6, 5).activation(activation).build();
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 7, encoder);
        GradientAssertions.randomizeParameters(store, 3);
        for (String name : store.names()) {
            if (name.endsWith("slope")) {
                store.value(name).assign(slope);
            }
        }
        RandomProjection r = RandomProjection.of(11, 13, 5);
        GraphContext fused = GraphContext.of(g).withPropagation(Propagation.cpuKernel());
        GraphContext separate = GraphContext.of(g).withPropagation(Propagation.nd4jOps());

        store.zeroGradients();
        EncoderForward a = encoder.encode(x, fused, ForwardMode.training(1));
        INDArray outFused = a.nodeEmbeddings().dup();
        a.backward(r.gradient(), null);
        INDArray gradFused = store.gradients().dup();
        store.zeroGradients();
        EncoderForward b = encoder.encode(x, separate, ForwardMode.training(1));
        INDArray outSeparate = b.nodeEmbeddings().dup();
        b.backward(r.gradient(), null);
        assertEquals(0, outFused.sub(outSeparate).amaxNumber().doubleValue(), 1e-12);
        assertEquals(0, gradFused.sub(store.gradients()).amaxNumber().doubleValue(), 1e-12);

        GradientAssertions.assertPassed(GradientAssertions.CHECKER.checkParameters(store,
                GradientAssertions.projectedEncoder(() -> encoder.encode(x, fused, ForwardMode.training(1)), r, null)));
        int[] permutation = {3, 0, 12, 1, 2, 4, 5, 11, 6, 7, 8, 10, 9};
        GradientAssertions.assertPassed(GradientAssertions.CHECKER.checkParameters(store, backprop -> {
            GcnEncoder.PairForward pair = encoder.forwardPair(x, permutation, fused, ForwardMode.training(1));
            double loss = r.loss(pair.clean()) + 2 * r.loss(pair.corrupted());
            if (backprop) {
                pair.backward(r.gradient(), r.gradient().mul(2));
            }
            return loss;
        }));
    }
}
