package org.graphinfomax.layers.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.SparseMatrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Random graphs and features with the sizes of the benchmark data sets (Cora, Pubmed, MUTAG). */
final class SyntheticGraphs {

    private SyntheticGraphs() {
    }

    /** An undirected graph with exactly {@code undirectedEdges} distinct edges and no self-loops. */
    static Graph undirected(int n, int undirectedEdges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<Long> seen = new HashSet<>();
        int[] src = new int[undirectedEdges];
        int[] dst = new int[undirectedEdges];
        int k = 0;
        while (k < undirectedEdges) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b) {
                continue;
            }
            long key = (long) Math.min(a, b) * n + Math.max(a, b);
            if (seen.add(key)) {
                src[k] = a;
                dst[k] = b;
                k++;
            }
        }
        return Graph.builder(n).undirectedEdges(src, dst, null).build();
    }

    /** A 0/1 sparse matrix with each entry set with probability {@code density}. */
    static SparseMatrix bagOfWords(int rows, int cols, double density, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SparseMatrix.Builder b = SparseMatrix.builder(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (random.nextDouble() < density) {
                    b.add(i, j, 1f);
                }
            }
        }
        return b.build();
    }

    /** Uniform [0, 1) FLOAT features. */
    static INDArray denseFeatures(int rows, int cols, long seed) {
        return Nd4j.rand(Nd4j.create(DataType.FLOAT, rows, cols), Nd4j.getRandomFactory().getNewRandomInstance(seed));
    }

    /** MUTAG-sized molecules: 12..24 nodes, about 20 undirected edges, 7 one-hot node labels. */
    static List<Graph> molecules(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Graph> graphs = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            int n = 12 + random.nextInt(13);
            Graph structure = undirected(n, Math.min(20, n * (n - 1) / 2), seed * 1000 + g);
            float[][] oneHot = new float[n][7];
            for (int i = 0; i < n; i++) {
                oneHot[i][random.nextInt(7)] = 1f;
            }
            graphs.add(structure.toBuilder().features(Nd4j.createFromArray(oneHot)).build());
        }
        return graphs;
    }
}
