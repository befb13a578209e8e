package org.graphinfomax.layers;

import static org.graphinfomax.layers.GradientAssertions.CHECKER;
import static org.graphinfomax.layers.GradientAssertions.assertPassed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.layers.check.Objective;
import org.graphinfomax.layers.check.RandomProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Readouts: values against a plain per-graph loop, and finite-difference gradients. */
class ReadoutTest {

    private static final GraphBatch BATCH = TestGraphs.randomBatch(4, 3, 21);

    static Stream<Arguments> cases() {
        GraphContext batch = GraphContext.of(BATCH).withPropagation(Propagation.cpuKernel());
        GraphContext batchOps = GraphContext.of(BATCH).withPropagation(Propagation.nd4jOps());
        GraphContext single = GraphContext.of(TestGraphs.randomGraph(6, 8, 3));
        return Stream.of(Readout.sum(), Readout.mean(), Readout.max(), Readout.sigmoidMean())
                .flatMap(r -> Stream.of(Arguments.of(r, "batch/cpu", batch), Arguments.of(r, "batch/nd4j", batchOps),
                        Arguments.of(r, "single", single)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void valuesMatchAPerGraphLoop(Readout readout, String name, GraphContext ctx) {
        INDArray x = TestGraphs.randn(5, ctx.numNodes(), 3);
        INDArray pooled = readout.pool(x, ctx).output();
        assertArrayEquals(new long[] {ctx.numGraphs(), 3}, pooled.shape());
        int[] index = ctx.graphIndex();
        for (int g = 0; g < ctx.numGraphs(); g++) {
            for (int c = 0; c < 3; c++) {
                double sum = 0;
                double max = Double.NEGATIVE_INFINITY;
                int count = 0;
                for (int i = 0; i < index.length; i++) {
                    if (index[i] == g) {
                        double v = x.getDouble(i, c);
                        sum += v;
                        max = Math.max(max, v);
                        count++;
                    }
                }
                double expected = switch (readout.toString()) {
                    case "SumReadout" -> sum;
                    case "MeanReadout" -> sum / count;
                    case "MaxReadout" -> max;
                    case "SigmoidMeanReadout" -> 1 / (1 + Math.exp(-sum / count));
                    default -> throw new AssertionError(readout);
                };
                assertEquals(expected, pooled.getDouble(g, c), 1e-12, readout + " graph " + g + " channel " + c);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void gradientsMatchFiniteDifferences(Readout readout, String name, GraphContext ctx) {
        INDArray x = TestGraphs.randn(6, ctx.numNodes(), 3);
        RandomProjection r = RandomProjection.of(7, ctx.numGraphs(), 3);
        AtomicReference<INDArray> grad = new AtomicReference<>();
        Objective objective = GradientAssertions.projected(() -> readout.pool(x, ctx), r, grad);
        assertPassed(CHECKER.checkInput("nodes", x, objective, grad::get));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void accumulatingBackwardAddsTheInputGradient(Readout readout, String name, GraphContext ctx) {
        INDArray x = TestGraphs.randn(8, ctx.numNodes(), 3);
        INDArray gradOutput = TestGraphs.randn(9, ctx.numGraphs(), 3);
        INDArray expected = readout.pool(x, ctx).backward(gradOutput.dup());
        INDArray start = TestGraphs.randn(10, ctx.numNodes(), 3);
        INDArray accumulator = start.dup();
        readout.pool(x, ctx).backwardAccumulate(gradOutput.dup(), accumulator);
        INDArray added = accumulator.sub(start);
        assertEquals(0, added.sub(expected).amaxNumber().doubleValue(), 1e-12, readout + " " + name);
        assertTrue(expected.amaxNumber().doubleValue() > 1e-3, "a gradient that is not all zeros");
    }

    @Test
    void maxSplitsTheGradientAmongTies() {
        Graph g = Graph.builder(3).build();
        GraphContext ctx = GraphContext.of(g);
        INDArray x = Nd4j.createFromArray(new double[][] {{1, 5}, {3, 5}, {3, 0}});
        Forward f = Readout.max().pool(x, ctx);
        INDArray grad = f.backward(Nd4j.createFromArray(new double[][] {{2, 4}}));
        assertEquals(Nd4j.createFromArray(new double[][] {{0, 2}, {1, 2}, {1, 0}}), grad);
    }

    @Test
    void rejectsWrongShapes() {
        GraphContext ctx = GraphContext.of(BATCH);
        assertThrows(IllegalArgumentException.class, () -> Readout.sum().pool(Nd4j.zeros(ctx.numNodes() + 1, 2), ctx));
        Forward f = Readout.mean().pool(Nd4j.zeros(ctx.numNodes(), 2), ctx);
        assertThrows(IllegalArgumentException.class, () -> f.backward(Nd4j.zeros(1, 2)));
    }
}
