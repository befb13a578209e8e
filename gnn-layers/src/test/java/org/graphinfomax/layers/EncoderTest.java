package org.graphinfomax.layers;

import static org.graphinfomax.layers.GradientAssertions.CHECKER;
import static org.graphinfomax.layers.GradientAssertions.assertPassed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.layers.check.Objective;
import org.graphinfomax.layers.check.RandomProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** End-to-end gradient checks of both encoders, DGI's pair pass, and the encoder outputs' shapes. */
class EncoderTest {

    static Stream<Propagation> propagations() {
        return Stream.of(Propagation.cpuKernel(), Propagation.nd4jOps());
    }

    private static NodeFeatures sparseFeatures(int n, int f, long seed) {
        return NodeFeatures.sparse(TestGraphs.randomSparse(n, f, 0.25, seed));
    }

    @ParameterizedTest
    @MethodSource("propagations")
    void gcnEncoderEndToEndWithReadout(Propagation propagation) {
        Graph g = TestGraphs.randomGraph(11, 25, 9);
        GraphContext ctx = GraphContext.of(g).withPropagation(propagation);
        GcnEncoder encoder = GcnEncoder.builder(6).hiddenSizes(5, 4).activation(Activation.PRELU_PER_CHANNEL)
                .graphReadout(Readout.sigmoidMean()).build();
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 5, encoder);
        GradientAssertions.randomizeParameters(store, 5);
        NodeFeatures x = sparseFeatures(11, 6, 10);
        RandomProjection rNodes = RandomProjection.of(1, 11, 4);
        RandomProjection rGraph = RandomProjection.of(2, 1, 4);
        Objective objective = GradientAssertions.projectedEncoder(
                () -> encoder.encode(x, ctx, ForwardMode.inference()), rNodes, rGraph);
        assertPassed(CHECKER.checkParameters(store, objective));
    }

    @ParameterizedTest
    @MethodSource("propagations")
    void forwardPairHasTheGradientOfTwoSeparatePasses(Propagation propagation) {
        Graph g = TestGraphs.randomGraph(10, 22, 12);
        GraphContext ctx = GraphContext.of(g).withPropagation(propagation);
        GcnEncoder encoder = GcnEncoder.builder(5).hiddenSizes(4, 3).build();
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 6, encoder);
        GradientAssertions.randomizeParameters(store, 6);
        NodeFeatures x = sparseFeatures(10, 5, 13);
        int[] perm = {3, 0, 9, 1, 2, 8, 7, 4, 6, 5};
        RandomProjection rClean = RandomProjection.of(3, 10, 3);
        RandomProjection rCorrupt = RandomProjection.of(4, 10, 3);
        Objective pair = backprop -> {
            GcnEncoder.PairForward f = encoder.forwardPair(x, perm, ctx, ForwardMode.inference());
            double loss = rClean.loss(f.clean()) + rCorrupt.loss(f.corrupted());
            if (backprop) {
                f.backward(rClean.gradient(), rCorrupt.gradient());
            }
            return loss;
        };
        assertPassed(CHECKER.checkParameters(store, pair));
        INDArray pairGradient = store.gradients().dup();

        NodeFeatures permuted = x.selectRows(perm);
        store.zeroGradients();
        EncoderForward clean = encoder.encode(x, ctx, ForwardMode.inference());
        EncoderForward corrupted = encoder.encode(permuted, ctx, ForwardMode.inference());
        GcnEncoder.PairForward f = encoder.forwardPair(x, perm, ctx, ForwardMode.inference());
        assertTrue(clean.nodeEmbeddings().equalsWithEps(f.clean(), 1e-12));
        assertTrue(corrupted.nodeEmbeddings().equalsWithEps(f.corrupted(), 1e-12));
        clean.backward(rClean.gradient(), null);
        corrupted.backward(rCorrupt.gradient(), null);
        assertTrue(store.gradients().equalsWithEps(pairGradient, 1e-10), "pair and separate gradients differ");
    }

    @Test
    void forwardPairRejectsNonPermutations() {
        Graph g = TestGraphs.randomGraph(4, 4, 1);
        GcnEncoder encoder = GcnEncoder.builder(3).hiddenSizes(2).build();
        ParameterStore.of(DataType.DOUBLE, 1, encoder);
        NodeFeatures x = NodeFeatures.dense(TestGraphs.randn(1, 4, 3));
        GraphContext ctx = GraphContext.of(g);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> encoder.forwardPair(x, new int[] {0, 1, 1, 3}, ctx, ForwardMode.inference()));
        assertTrue(e.getMessage().contains("occurs twice"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> encoder.forwardPair(x, new int[] {0, 1, 2}, ctx, ForwardMode.inference()));
    }

    @ParameterizedTest
    @MethodSource("propagations")
    void ginEncoderNodeAndGraphGradientsOnABatch(Propagation propagation) {
        GraphBatch batch = TestGraphs.randomBatch(4, 3, 31);
        GraphContext ctx = GraphContext.of(batch).withPropagation(propagation);
        GinEncoder encoder = new GinEncoder(3, 4, 3, 0.2, true);
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 8, encoder);
        GradientAssertions.randomizeParameters(store, 8);
        NodeFeatures x = batch.merged().requireFeatures();
        RandomProjection rNodes = RandomProjection.of(5, batch.numNodes(), 12);
        RandomProjection rGraphs = RandomProjection.of(6, 4, 12);
        Objective objective = GradientAssertions.projectedEncoder(
                () -> encoder.encode(x, ctx, ForwardMode.training(1)), rNodes, rGraphs);
        assertPassed(CHECKER.checkParameters(store, objective));
    }

    @Test
    void ginEncoderGraphOnlyGradient() {
        GraphBatch batch = TestGraphs.randomBatch(3, 2, 41);
        GraphContext ctx = GraphContext.of(batch);
        GinEncoder encoder = new GinEncoder(2, 3, 2);
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 9, encoder);
        GradientAssertions.randomizeParameters(store, 9);
        RandomProjection rGraphs = RandomProjection.of(7, 3, 6);
        Objective objective = GradientAssertions.projectedEncoder(
                () -> encoder.encode(batch.merged().requireFeatures(), ctx, ForwardMode.training(2)), null, rGraphs);
        assertPassed(CHECKER.checkParameters(store, objective));
    }

    @Test
    void ginEncoderOutputsConcatenateLayersAndSumPool() {
        GraphBatch batch = TestGraphs.randomBatch(5, 3, 51);
        GraphContext ctx = GraphContext.of(batch);
        GinEncoder encoder = new GinEncoder(3, 4, 3);
        ParameterStore.of(DataType.DOUBLE, 10, encoder);
        EncoderForward f = encoder.encode(batch.merged().requireFeatures(), ctx, ForwardMode.training(3));
        assertArrayEquals(new long[] {batch.numNodes(), 12}, f.nodeEmbeddings().shape());
        assertArrayEquals(new long[] {5, 12}, f.graphEmbeddings().shape());
        assertEquals(12, encoder.graphEmbeddingSize());
        for (int g = 0; g < 5; g++) {
            INDArray nodes = batch.split(f.nodeEmbeddings()).get(g);
            assertTrue(nodes.sum(true, 0).equalsWithEps(f.graphEmbeddings().getRow(g, true), 1e-10));
        }
        // training-mode batch norm: every channel of every layer has zero mean over the batch's nodes
        assertEquals(0.0, f.nodeEmbeddings().mean(0).amaxNumber().doubleValue(), 1e-10);
    }

    @Test
    void gcnEncoderWithoutReadoutHasNoGraphEmbeddings() {
        GcnEncoder encoder = GcnEncoder.dgi(5);
        ParameterStore store = ParameterStore.of(DataType.FLOAT, 1, encoder);
        assertEquals(5 * 512 + 512 + 1, store.size());
        assertEquals(0, encoder.graphEmbeddingSize());
        Graph g = TestGraphs.randomGraph(6, 8, 2);
        EncoderForward f = encoder.encode(NodeFeatures.dense(TestGraphs.randn(1, DataType.FLOAT, 6, 5)),
                GraphContext.of(g), ForwardMode.inference());
        assertFalse(f.hasGraphEmbeddings());
        assertThrows(IllegalStateException.class, f::graphEmbeddings);
        assertThrows(IllegalStateException.class, () -> f.backward(null, TestGraphs.randn(1, DataType.FLOAT, 1, 512)));
    }
}
