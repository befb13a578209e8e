package org.graphinfomax.layers;

import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Training steps shaped like the trainers' (forward, gradients of a simple loss, backward, Adam),
 * used to compare propagation kernels and runs inside and outside workspaces. The loss gradients
 * are fixed arrays so that the steps depend on the layers only.
 */
final class TrainingStepFixture {

    private TrainingStepFixture() {
    }

    /** A DGI-shaped step: pair pass, summary readout, loss gradient = embeddings - 0.1 (a quadratic). */
    static void gcnPairStep(GcnEncoder encoder, ParameterStore store, Optimizer optimizer, NodeFeatures x,
            int[] perm, GraphContext ctx, ForwardMode mode) {
        store.zeroGradients();
        GcnEncoder.PairForward pair = encoder.forwardPair(x, perm, ctx, mode);
        Forward summary = Readout.sigmoidMean().pool(pair.clean(), ctx);
        INDArray gSummary = summary.output().sub(0.5);
        INDArray gClean = pair.clean().sub(0.1).addi(summary.backward(gSummary));
        INDArray gCorrupted = pair.corrupted().add(0.1);
        pair.backward(gClean, gCorrupted);
        optimizer.step(store);
    }

    /** An InfoGraph-shaped step: node and graph embeddings, quadratic loss on both. */
    static void ginStep(GinEncoder encoder, ParameterStore store, Optimizer optimizer, GraphBatch batch,
            GraphContext ctx, ForwardMode mode) {
        store.zeroGradients();
        EncoderForward f = encoder.encode(batch.merged().requireFeatures(), ctx, mode);
        f.backward(f.nodeEmbeddings().sub(0.2), f.graphEmbeddings().mul(0.01));
        optimizer.step(store);
    }

    /** A seeded random permutation. */
    static int[] permutation(int n, long seed) {
        java.util.List<Integer> list = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        java.util.Collections.shuffle(list, new java.util.Random(seed));
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A fresh DGI-style encoder, store and Adam optimizer. */
    static Setup gcnSetup(int inputSize, int hidden, DataType type, long seed) {
        GcnEncoder encoder = GcnEncoder.builder(inputSize).hiddenSizes(hidden).build();
        ParameterStore store = ParameterStore.of(type, seed, encoder);
        return new Setup(encoder, store, new Optimizer(new Adam(0.01)));
    }

    /** Rows of {@code x} gathered by index (used to check permutations). */
    static INDArray rows(INDArray x, int[] index) {
        return Nd4j.exec(new Gather(x, Nd4j.createFromArray(index), 0))[0];
    }

    /** Encoder, store and optimizer. */
    record Setup(GcnEncoder encoder, ParameterStore store, Optimizer optimizer) {
    }
}
