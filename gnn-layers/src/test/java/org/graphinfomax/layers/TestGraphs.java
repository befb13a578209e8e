package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.graphinfomax.graph.DuplicatePolicy;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.graph.SparseMatrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small random graphs and arrays for tests: directed weighted edges, isolated nodes, batches. */
final class TestGraphs {

    private TestGraphs() {
    }

    /**
     * A graph whose last two nodes are isolated; the others get {@code edges} random directed edges
     * with weights in [0.5, 1.5) (duplicates summed, self-loops possible), so the adjacency is not
     * symmetric.
     */
    static Graph randomGraph(int n, int edges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int connected = Math.max(1, n - 2);
        int[] src = new int[edges];
        int[] dst = new int[edges];
        float[] w = new float[edges];
        for (int e = 0; e < edges; e++) {
            src[e] = random.nextInt(connected);
            dst[e] = random.nextInt(connected);
            w[e] = (float) (0.5 + random.nextDouble());
        }
        return Graph.builder(n).edges(src, dst, w, DuplicatePolicy.SUM).build();
    }

    /** The graph with the given features attached. */
    static Graph withFeatures(Graph g, INDArray features) {
        return g.toBuilder().features(features).build();
    }

    /** Standard normal values of the given type. */
    static INDArray randn(long seed, DataType type, long rows, long cols) {
        return Nd4j.randn(0.0, 1.0, Nd4j.create(type, rows, cols), Nd4j.getRandomFactory().getNewRandomInstance(seed));
    }

    /** Standard normal DOUBLE values. */
    static INDArray randn(long seed, long rows, long cols) {
        return randn(seed, DataType.DOUBLE, rows, cols);
    }

    /** A sparse matrix with roughly {@code density} of its entries set to values in [0.5, 1.5). */
    static SparseMatrix randomSparse(int rows, int cols, double density, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SparseMatrix.Builder b = SparseMatrix.builder(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (random.nextDouble() < density) {
                    b.add(i, j, (float) (0.5 + random.nextDouble()));
                }
            }
        }
        return b.build();
    }

    /** A batch of graphs of 3..7 nodes (each with isolated nodes) carrying DOUBLE features. */
    static GraphBatch randomBatch(int graphs, int features, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Graph> list = new ArrayList<>();
        for (int g = 0; g < graphs; g++) {
            int n = 3 + random.nextInt(5);
            Graph graph = randomGraph(n, 2 * n, seed * 31 + g);
            list.add(withFeatures(graph, randn(seed * 17 + g, n, features)));
        }
        return GraphBatch.of(list);
    }
}
