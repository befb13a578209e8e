package org.graphinfomax.infomax.dgi;

import java.util.Random;
import org.graphinfomax.graph.DuplicatePolicy;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.SparseMatrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Small random graphs for DGI tests: two communities whose features differ, one isolated node. */
final class DgiTestGraphs {

    private DgiTestGraphs() {
    }

    static Graph twoCommunities(long seed, int n, int features, DataType type, boolean sparseFeatures) {
        Random rnd = new Random(seed);
        SparseMatrix.Builder edges = SparseMatrix.builder(n, n);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < n / 2 ? 0 : 1;
        }
        for (int k = 0; k < 3 * n; k++) {
            int u = rnd.nextInt(n - 1);
            int v = rnd.nextInt(n - 1);
            if (u != v && (labels[u] == labels[v] || rnd.nextInt(10) == 0)) {
                edges.add(u, v, 1f);
            }
        }
        double[][] x = new double[n][features];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < features; f++) {
                // Every node keeps feature i % features, so no pre-activation sits exactly on PReLU's kink.
                boolean active = !sparseFeatures || f == i % features || rnd.nextInt(4) == 0;
                x[i][f] = active ? rnd.nextGaussian() * 0.5 + (f % 2 == labels[i] ? 1 : 0) : 0;
            }
        }
        Graph.Builder b = Graph.builder(n).adjacency(edges.build().symmetrize(DuplicatePolicy.MAX)).nodeLabels(labels);
        var dense = Nd4j.createFromArray(x).castTo(type);
        return sparseFeatures ? b.features(SparseMatrix.fromDense(dense)).build() : b.features(dense).build();
    }
}
