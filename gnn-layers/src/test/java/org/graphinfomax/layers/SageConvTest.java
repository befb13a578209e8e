package org.graphinfomax.layers;

import static org.graphinfomax.layers.GradientAssertions.CHECKER;
import static org.graphinfomax.layers.GradientAssertions.assertPassed;
import static org.graphinfomax.layers.GradientAssertions.projected;
import static org.graphinfomax.layers.GradientAssertions.randomizeParameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.graphinfomax.graph.SparseMatrix;
import org.graphinfomax.graph.generate.StochasticBlockModel;
import org.graphinfomax.graph.sampling.Block;
import org.graphinfomax.graph.sampling.MiniBatch;
import org.graphinfomax.graph.sampling.NeighbourSampler;
import org.graphinfomax.layers.check.Objective;
import org.graphinfomax.layers.check.RandomProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class SageConvTest {

    private static final SparseMatrix GRAPH = StochasticBlockModel.builder(60, 3).averageDegree(5).seed(8).build()
            .adjacency();

    private static MiniBatch batch(int... fanouts) {
        return new NeighbourSampler(GRAPH, fanouts).sample(new int[] {3, 17, 41, 5, 22}, 13);
    }

    /** A DOUBLE store for the module with noisy parameters (no zero biases hiding mistakes). */
    private static ParameterStore randomStore(Parameterized module, long seed) {
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, seed, module);
        randomizeParameters(store, seed);
        return store;
    }

    @ParameterizedTest
    @EnumSource(SageConv.Combination.class)
    void gradientsOfParametersAndInputMatchFiniteDifferences(SageConv.Combination combination) {
        Block block = batch(3).blocks().get(0);
        SageConv conv = new SageConv(4, 6, combination);
        ParameterStore store = randomStore(conv, 1);
        INDArray input = TestGraphs.randn(2, block.numSources(), 4);
        RandomProjection r = RandomProjection.of(3, block.numTargets(), 6);
        AtomicReference<INDArray> inputGrad = new AtomicReference<>();
        Objective objective = projected(() -> conv.forward(input, block, Propagation.cpuKernel(), true), r, inputGrad);
        assertPassed(CHECKER.checkParameters(store, objective));
        assertPassed(CHECKER.checkInput("sources", input, objective, inputGrad::get));
    }

    @ParameterizedTest
    @EnumSource(SageConv.Combination.class)
    void forwardIsSelfTermPlusOrBesideNeighbourMean(SageConv.Combination combination) {
        Block block = batch(4).blocks().get(0);
        SageConv conv = new SageConv(3, 4, combination);
        ParameterStore store = randomStore(conv, 5);
        INDArray h = TestGraphs.randn(6, block.numSources(), 3);
        INDArray out = conv.forward(h, block, Propagation.nd4jOps(), false).output();
        INDArray wSelf = store.parameter("self.weight").value();
        INDArray bSelf = store.parameter("self.bias").value();
        INDArray wNeighbour = store.parameter("neighbour.weight").value();
        SparseMatrix mean = block.meanAggregation();
        for (int i = 0; i < block.numTargets(); i++) {
            INDArray m = h.getRow(0).mul(0).reshape(1, 3);
            int count = mean.rowNnz(i);
            for (int p = mean.rowStart(i); p < mean.rowEnd(i); p++) {
                m.addi(h.getRow(mean.columnAt(p)).reshape(1, 3));
            }
            if (count > 0) {
                m.divi(count);
            }
            INDArray own = h.getRow(i).reshape(1, 3).mmul(wSelf).addi(bSelf);
            INDArray neighbour = m.mmul(wNeighbour);
            INDArray expected = combination == SageConv.Combination.SUM ? own.addi(neighbour)
                    : org.nd4j.linalg.factory.Nd4j.hstack(own, neighbour.addi(store.parameter("neighbour.bias").value()));
            assertEquals(0.0, expected.sub(out.getRow(i).reshape(1, 4)).amaxNumber().doubleValue(), 1e-6,
                    "target " + i + " (mean weights are FLOAT)");
        }
    }

    @Test
    void rawInputNeedsNoGradient() {
        Block block = batch(2).blocks().get(0);
        SageConv conv = new SageConv(3, 4, SageConv.Combination.CONCAT);
        ParameterStore.of(DataType.DOUBLE, 1, conv);
        Forward pass = conv.forward(TestGraphs.randn(1, block.numSources(), 3), block, Propagation.cpuKernel(), false);
        assertNull(pass.backward(TestGraphs.randn(2, block.numTargets(), 4)));
    }

    @ParameterizedTest
    @EnumSource(SageConv.Combination.class)
    void encoderOverSampledBlocksPassesTheGradientCheck(SageConv.Combination combination) {
        MiniBatch batch = batch(3, 2);
        SageEncoder encoder = SageEncoder.builder(4).hiddenSizes(6, 5).combination(combination).build();
        ParameterStore store = randomStore(encoder, 2);
        INDArray input = TestGraphs.randn(4, batch.numInputNodes(), 4);
        RandomProjection r = RandomProjection.of(7, batch.numTargets(), 5);
        AtomicReference<INDArray> inputGrad = new AtomicReference<>();
        Objective objective = projected(() -> encoder.forward(input, batch.blocks(), ForwardMode.inference(), true), r,
                inputGrad);
        assertPassed(CHECKER.checkParameters(store, objective));
        assertPassed(CHECKER.checkInput("input", input, objective, inputGrad::get));
        assertEquals(List.of(6, 5), java.util.Arrays.stream(encoder.hiddenSizes()).boxed().toList());
    }

    @Test
    void rejectsMismatchedInputs() {
        MiniBatch batch = batch(3, 2);
        SageEncoder encoder = SageEncoder.builder(4).hiddenSizes(6).build();
        ParameterStore.of(DataType.DOUBLE, 2, encoder);
        INDArray input = TestGraphs.randn(4, batch.numInputNodes(), 4);
        assertThrows(IllegalArgumentException.class, () -> encoder.forward(input, batch, ForwardMode.inference()));
        SageConv conv = new SageConv(4, 6, SageConv.Combination.CONCAT);
        ParameterStore.of(DataType.DOUBLE, 1, conv);
        Block block = batch.blocks().get(1);
        assertThrows(IllegalArgumentException.class,
                () -> conv.forward(TestGraphs.randn(1, block.numSources() + 1, 4), block, Propagation.cpuKernel(), true));
        assertThrows(IllegalArgumentException.class, () -> new SageConv(4, 1, SageConv.Combination.CONCAT));
    }
}
