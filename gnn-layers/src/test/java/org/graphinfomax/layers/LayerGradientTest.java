package org.graphinfomax.layers;

import static org.graphinfomax.layers.GradientAssertions.checkFeatureLayer;
import static org.graphinfomax.layers.GradientAssertions.checkLayer;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeFeatures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Finite-difference checks (DOUBLE, central differences, maximum relative error
 * {@value GradientAssertions#MAX_RELATIVE_ERROR}) of every layer and activation, on a random
 * directed weighted graph with isolated nodes, on a batch, and with both propagation kernels.
 */
class LayerGradientTest {

    private static final Graph GRAPH = TestGraphs.randomGraph(9, 20, 7);

    static Stream<Arguments> contexts() {
        GraphContext single = GraphContext.of(GRAPH);
        GraphContext batch = GraphContext.of(TestGraphs.randomBatch(3, 4, 5));
        return Stream.of(
                Arguments.of("single/cpu", single.withPropagation(Propagation.cpuKernel())),
                Arguments.of("single/nd4j", single.withPropagation(Propagation.nd4jOps())),
                Arguments.of("batch/cpu", batch.withPropagation(Propagation.cpuKernel())),
                Arguments.of("batch/nd4j", batch.withPropagation(Propagation.nd4jOps())));
    }

    private static INDArray input(GraphContext ctx, int columns, long seed) {
        return TestGraphs.randn(seed, ctx.numNodes(), columns);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contexts")
    void linearWithAndWithoutBias(String name, GraphContext ctx) {
        checkLayer(new Linear(4, 3), input(ctx, 4, 1), ctx, ForwardMode::inference, 11);
        checkLayer(new Linear(4, 3, false), input(ctx, 4, 2), ctx, ForwardMode::inference, 12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contexts")
    void gcnConv(String name, GraphContext ctx) {
        checkLayer(new GcnConv(4, 3), input(ctx, 4, 3), ctx, ForwardMode::inference, 13);
        checkLayer(new GcnConv(4, 5, false), input(ctx, 4, 4), ctx, ForwardMode::inference, 14);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contexts")
    void ginConvWithFixedAndLearnedEps(String name, GraphContext ctx) {
        checkLayer(GinConv.of(Mlp.of(4, 6, 3)), input(ctx, 4, 5), ctx, ForwardMode::inference, 15);
        checkLayer(new GinConv(Mlp.of(4, 6, 3), 4, 0.3, true), input(ctx, 4, 6), ctx, ForwardMode::inference, 16);
        checkLayer(new GinConv(new Linear(4, 2), 4, -0.2, false), input(ctx, 4, 7), ctx, ForwardMode::inference, 17);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contexts")
    void featureInputsDenseAndSparse(String name, GraphContext ctx) {
        NodeFeatures sparse = NodeFeatures.sparse(TestGraphs.randomSparse(ctx.numNodes(), 6, 0.3, 8));
        NodeFeatures dense = NodeFeatures.dense(input(ctx, 6, 9));
        for (NodeFeatures x : new NodeFeatures[] {sparse, dense}) {
            checkFeatureLayer(new Linear(6, 3), x, ctx, 21);
            checkFeatureLayer(new GcnConv(6, 3), x, ctx, 22);
            checkFeatureLayer(new GinConv(Mlp.of(6, 4, 3), 6, 0.1, true), x, ctx, 23);
            checkFeatureLayer(new Mlp(new int[] {6, 5, 3}, Activation.PRELU_PER_CHANNEL, false, true), x, ctx, 24);
        }
    }

    @Test
    void activations() {
        GraphContext ctx = GraphContext.of(GRAPH);
        checkLayer(new Relu(), input(ctx, 5, 31), ctx, ForwardMode::inference, 31);
        checkLayer(PRelu.shared(), input(ctx, 5, 32), ctx, ForwardMode::inference, 32);
        checkLayer(PRelu.perChannel(5), input(ctx, 5, 33), ctx, ForwardMode::inference, 33);
        checkLayer(PRelu.shared().withInitialSlope(-0.7), input(ctx, 5, 34), ctx, ForwardMode::inference, 34);
        checkLayer(new Identity(), input(ctx, 5, 35), ctx, ForwardMode::inference, 35);
    }

    @Test
    void backwardAcceptsStridedViewsAsGradients() {
        GraphContext ctx = GraphContext.of(GRAPH);
        for (Layer layer : new Layer[] {PRelu.shared(), PRelu.perChannel(3), new Relu(), new BatchNorm(3),
            new GinConv(Mlp.of(3, 4, 3), 3, 0.5, true), new GcnConv(3, 3), new Linear(3, 3)}) {
            ParameterStore store = ParameterStore.of(DataType.DOUBLE, 5, layer);
            GradientAssertions.randomizeParameters(store, 5);
            INDArray x = input(ctx, 3, 71);
            INDArray wide = TestGraphs.randn(72, ctx.numNodes(), 7);
            INDArray view = wide.get(NDArrayIndex.all(), NDArrayIndex.interval(2, 5));
            INDArray fromCopy = layer.forward(x, ctx, ForwardMode.training(1)).backward(view.dup('c'));
            INDArray copyGradients = store.gradients().dup();
            store.zeroGradients();
            INDArray fromView = layer.forward(x, ctx, ForwardMode.training(1)).backward(view);
            assertTrue(fromCopy.equalsWithEps(fromView, 1e-12), layer + " input gradient");
            assertTrue(store.gradients().equalsWithEps(copyGradients, 1e-12), layer + " parameter gradients");
        }
    }

    @Test
    void batchNormInTrainingAndInference() {
        GraphContext ctx = GraphContext.of(GRAPH);
        checkLayer(new BatchNorm(4), input(ctx, 4, 41), ctx, () -> ForwardMode.training(1), 41);
        checkLayer(new BatchNorm(4), input(ctx, 4, 42), ctx, ForwardMode::inference, 42);
    }

    @Test
    void dropoutWithAFixedSeed() {
        GraphContext ctx = GraphContext.of(GRAPH);
        checkLayer(new Dropout(0.4), input(ctx, 4, 51), ctx, () -> ForwardMode.training(77), 51);
        checkLayer(new Dropout(0.4), input(ctx, 4, 52), ctx, ForwardMode::inference, 52);
    }

    @Test
    void mlpAndSequentialCompositions() {
        GraphContext ctx = GraphContext.of(GRAPH);
        checkLayer(new Mlp(new int[] {4, 6, 5, 3}, Activation.RELU, true, true), input(ctx, 4, 61), ctx,
                () -> ForwardMode.training(3), 61);
        checkLayer(new Sequential(new GcnConv(4, 6), PRelu.shared(), new Dropout(0.2), new GcnConv(6, 3), new Relu(),
                new BatchNorm(3)), input(ctx, 4, 62), ctx, () -> ForwardMode.training(4), 62);
        checkLayer(new Sequential(new Linear(4, 4), new Identity(), PRelu.perChannel(4), new Relu()),
                input(ctx, 4, 63), ctx, ForwardMode::inference, 63);
    }
}
