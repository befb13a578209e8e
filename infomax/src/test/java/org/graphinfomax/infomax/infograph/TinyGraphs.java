package org.graphinfomax.infomax.infograph;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.layers.ParameterStore;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small random undirected graphs with DOUBLE features, and parameter noise, for gradient checks. */
final class TinyGraphs {

    private TinyGraphs() {
    }

    /** Standard normal values of the given type. */
    static INDArray randn(long seed, DataType type, long rows, long cols) {
        return Nd4j.randn(0.0, 1.0, Nd4j.create(type, rows, cols), Nd4j.getRandomFactory().getNewRandomInstance(seed));
    }

    /** A connected-ish undirected graph of n nodes (a path plus random chords) with normal DOUBLE features. */
    static Graph graph(int n, int features, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> edges = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            edges.add(new int[] {i - 1, i});
        }
        for (int k = 0; k < n / 2; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b && Math.abs(a - b) != 1) {
                edges.add(new int[] {a, b});
            }
        }
        int[] src = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] dst = edges.stream().mapToInt(e -> e[1]).toArray();
        return Graph.builder(n).undirectedEdges(src, dst, null).features(randn(seed + 7, DataType.DOUBLE, n, features))
                .build();
    }

    /** {@code count} graphs of 3 to 6 nodes. */
    static List<Graph> graphs(int count, int features, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Graph> list = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            list.add(graph(3 + random.nextInt(4), features, seed * 31 + g));
        }
        return list;
    }

    /** A batch of {@link #graphs}. */
    static GraphBatch batch(int count, int features, long seed) {
        return GraphBatch.of(graphs(count, features, seed));
    }

    /** Adds normal noise (scale 0.3) to every trainable parameter so that zero biases and unit scales hide nothing. */
    static void perturb(ParameterStore store, long seed) {
        store.params().addi(randn(seed, store.dataType(), 1, store.size()).muli(0.3));
    }

    /**
     * Multiplies every parameter whose name starts with one of the prefixes by {@code factor}
     * (keeps critic scores of order 1, where the exponential measures stay well conditioned).
     */
    static void shrink(ParameterStore store, double factor, String... prefixes) {
        for (String name : store.names()) {
            for (String prefix : prefixes) {
                if (name.startsWith(prefix) && store.specs().get(store.names().indexOf(name)).trainable()) {
                    store.value(name).muli(factor);
                }
            }
        }
    }
}
