package org.graphinfomax.graph.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.SparseMatrix;
import org.junit.jupiter.api.Test;

class StochasticBlockModelTest {

    @Test
    void communitiesHaveEqualSizesAndAreNotContiguous() {
        int[] c = StochasticBlockModel.builder(10_001, 7).seed(3).build().communities();
        int[] sizes = new int[7];
        for (int x : c) {
            sizes[x]++;
        }
        int min = Arrays.stream(sizes).min().orElseThrow();
        int max = Arrays.stream(sizes).max().orElseThrow();
        assertTrue(max - min <= 1, "sizes " + Arrays.toString(sizes));
        assertEquals(10_001, Arrays.stream(sizes).sum());
        long changes = 0;
        for (int i = 1; i < c.length; i++) {
            changes += c[i] != c[i - 1] ? 1 : 0;
        }
        assertTrue(changes > 5000, "a random assignment changes community at most steps, got " + changes);
    }

    @Test
    void degreesAndCommunityStructureMatchTheModel() {
        StochasticBlockModel sbm = StochasticBlockModel.builder(20_000, 5).averageDegree(12).mixing(0.4).seed(11).build();
        int[] community = sbm.communities();
        SparseMatrix a = sbm.adjacency();
        assertTrue(a.isSymmetric(), "undirected");
        assertEquals(0, a.countSelfLoops());
        assertTrue(!a.hasDuplicates());
        double averageDegree = a.nnz() / 20_000.0;
        assertEquals(12.0, averageDegree, 12.0 * 0.01, "average degree");
        long intra = 0;
        for (int i = 0; i < a.rows(); i++) {
            for (int p = a.rowStart(i); p < a.rowEnd(i); p++) {
                intra += community[i] == community[a.columnAt(p)] ? 1 : 0;
            }
        }
        double expected = 1 - 0.4 * 4 / 5.0;
        assertEquals(expected, sbm.expectedIntraCommunityFraction(), 1e-9);
        assertEquals(expected, (double) intra / a.nnz(), 0.01, "fraction of edges inside communities");
    }

    @Test
    void powerLawDegreesFollowThePropensities() {
        StochasticBlockModel sbm = StochasticBlockModel.builder(50_000, 4).averageDegree(10).mixing(0.3)
                .powerLawDegrees(2.5).seed(5).build();
        double[] theta = sbm.propensities();
        SparseMatrix a = sbm.adjacency();
        double total = Arrays.stream(theta).sum();
        double edges = sbm.drawnEdges();
        // nodes sorted by propensity; compare the mean degree of the lowest half and of the top 1%
        Integer[] order = new Integer[theta.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Double.compare(theta[x], theta[y]));
        double[] low = meanDegrees(a, theta, order, 0, theta.length / 2, edges, total);
        double[] top = meanDegrees(a, theta, order, theta.length - theta.length / 100, theta.length, edges, total);
        assertEquals(low[1], low[0], 0.03 * low[1], "low-propensity nodes: measured vs expected degree");
        assertEquals(top[1], top[0], 0.10 * top[1], "top 1%: measured vs expected degree (repeated pairs merged)");
        int maxDegree = 0;
        for (int i = 0; i < a.rows(); i++) {
            maxDegree = Math.max(maxDegree, a.rowNnz(i));
        }
        assertTrue(maxDegree > 20 * 10, "heavy tail: max degree " + maxDegree);
        assertEquals(10.0, a.nnz() / 50_000.0, 0.3, "average degree");
    }

    /** {measured, expected} mean degree of the nodes order[from..to). */
    private static double[] meanDegrees(SparseMatrix a, double[] theta, Integer[] order, int from, int to,
            double edges, double total) {
        double measured = 0;
        double expected = 0;
        for (int k = from; k < to; k++) {
            measured += a.rowNnz(order[k]);
            expected += 2 * edges * theta[order[k]] / total;
        }
        return new double[] {measured / (to - from), expected / (to - from)};
    }

    @Test
    void sameSeedSameGraphOtherSeedOtherGraph() {
        StochasticBlockModel.Builder b = StochasticBlockModel.builder(5_000, 3).averageDegree(8).powerLawDegrees(2.7);
        Graph one = b.seed(9).build().graph(CommunityFeatures.gaussian(4, 1.0));
        Graph two = b.seed(9).build().graph(CommunityFeatures.gaussian(4, 1.0));
        Graph other = b.seed(10).build().graph(CommunityFeatures.gaussian(4, 1.0));
        assertEquals(one.adjacency(), two.adjacency());
        assertArrayEquals(one.nodeLabels().orElseThrow(), two.nodeLabels().orElseThrow());
        assertEquals(one.requireFeatures().toDense(org.nd4j.linalg.api.buffer.DataType.FLOAT),
                two.requireFeatures().toDense(org.nd4j.linalg.api.buffer.DataType.FLOAT));
        assertNotEquals(one.adjacency(), other.adjacency());
    }

    @Test
    void graphCarriesCommunitiesAsLabels() {
        StochasticBlockModel sbm = StochasticBlockModel.builder(1_000, 4).seed(2).build();
        Graph g = sbm.graph(null);
        assertArrayEquals(sbm.communities(), g.nodeLabels().orElseThrow());
        assertTrue(g.features().isEmpty());
        assertEquals(1_000, g.numNodes());
    }

    @Test
    void zeroMixingKeepsEveryEdgeInsideItsCommunity() {
        StochasticBlockModel sbm = StochasticBlockModel.builder(2_000, 4).mixing(0).seed(1).build();
        int[] c = sbm.communities();
        SparseMatrix a = sbm.adjacency();
        for (int i = 0; i < a.rows(); i++) {
            for (int p = a.rowStart(i); p < a.rowEnd(i); p++) {
                assertEquals(c[i], c[a.columnAt(p)], "edge " + i + " - " + a.columnAt(p));
            }
        }
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThrows(IllegalArgumentException.class, () -> StochasticBlockModel.builder(5, 3));
        assertThrows(IllegalArgumentException.class, () -> StochasticBlockModel.builder(100, 0));
        assertThrows(IllegalArgumentException.class, () -> StochasticBlockModel.builder(100, 2).mixing(1.5));
        assertThrows(IllegalArgumentException.class, () -> StochasticBlockModel.builder(100, 2).powerLawDegrees(2.0));
        assertThrows(IllegalArgumentException.class, () -> StochasticBlockModel.builder(100, 2).averageDegree(100));
    }
}
