package org.graphinfomax.graph.generate;

import java.util.Objects;
import java.util.SplittableRandom;
import org.graphinfomax.graph.DuplicatePolicy;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.SparseMatrix;

/**
 * A degree-corrected stochastic block model (Karrer and Newman, Phys. Rev. E 83, 016107, 2011) in
 * its planted-partition form, generated edge by edge in O(nodes + edges) time and memory, seeded
 * and deterministic whatever the number of threads.
 *
 * <p>Nodes are split into {@code k} communities of equal size (sizes differ by at most one; the
 * assignment is a seeded random permutation, so communities are not contiguous ranges of node
 * numbers). Each node has a degree propensity θ: 1 for every node (Poisson degrees, the classic
 * SBM), or drawn from a power law p(θ) ∝ θ^-γ on [1, √n] ({@link Builder#powerLawDegrees}). The
 * generator then draws m = round(n · averageDegree / 2) undirected edges; for each edge:
 * <ol>
 *   <li>the first end u is drawn from all nodes with probability θ_u / Σθ;</li>
 *   <li>with probability {@code mixing} the second end v is drawn the same way from all nodes;
 *       otherwise from u's community, with probability θ_v / Σ_{w in c(u)} θ_w;</li>
 *   <li>self-loops are redrawn.</li>
 * </ol>
 * Both ends are then distributed as θ / Σθ, so the expected degree of node i is
 * {@code 2m θ_i / Σθ} (the average degree is {@code averageDegree} for any θ), and the expected
 * fraction of edges inside communities is {@code (1 - mixing) + mixing · Σ_c (Θ_c / Θ)²}, which for
 * k equal communities is {@code 1 - mixing · (k - 1) / k}. This is a DC-SBM whose block matrix is
 * ω_rs ∝ (1 - mixing) δ_rs / Θ_r + mixing / Θ. Repeated pairs are merged afterwards, so the stored
 * degree is slightly below the expected one where θ is large (well under 1% of the edges for
 * sparse graphs with uniform θ).
 *
 * <p>Unlike JGraphT's {@code PlantedPartitionGraphGenerator}, which flips a coin for every pair of
 * nodes (O(n²)), this never looks at non-edges; see BENCHMARKS.md for both at 10^4..10^6 nodes.
 *
 * <pre>{@code
 * StochasticBlockModel sbm = StochasticBlockModel.builder(1_000_000, 10)
 *         .averageDegree(10).mixing(0.4).seed(1).build();
 * Graph g = sbm.graph(CommunityFeatures.gaussian(128, 1.0));   // labels = communities
 * }</pre>
 */
public final class StochasticBlockModel {

    private static final int EDGE_CHUNK = 1 << 16;

    private final int nodes;
    private final int communities;
    private final double averageDegree;
    private final double mixing;
    private final double powerLawExponent;
    private final long seed;

    private StochasticBlockModel(Builder b) {
        this.nodes = b.nodes;
        this.communities = b.communities;
        this.averageDegree = b.averageDegree;
        this.mixing = b.mixing;
        this.powerLawExponent = b.powerLawExponent;
        this.seed = b.seed;
    }

    /**
     * A builder for {@code nodes} nodes in {@code communities} communities.
     *
     * @throws IllegalArgumentException unless every community can hold at least two nodes
     */
    public static Builder builder(int nodes, int communities) {
        return new Builder(nodes, communities);
    }

    /** Number of nodes. */
    public int numNodes() {
        return nodes;
    }

    /** Number of communities. */
    public int numCommunities() {
        return communities;
    }

    /** The average degree the edge count is chosen for. */
    public double averageDegree() {
        return averageDegree;
    }

    /** Probability that an edge's second end ignores the first end's community. */
    public double mixing() {
        return mixing;
    }

    /** The seed every random choice derives from. */
    public long seed() {
        return seed;
    }

    /** Number of undirected edges drawn before repeated pairs are merged. */
    public long drawnEdges() {
        return Math.round(nodes * averageDegree / 2.0);
    }

    /**
     * The expected fraction of edges whose ends lie in the same community:
     * {@code (1 - mixing) + mixing · Σ_c (Θ_c / Θ)²}, computed with the model's propensities.
     */
    public double expectedIntraCommunityFraction() {
        double[] theta = propensities();
        int[] community = communities();
        double[] perCommunity = new double[communities];
        double total = 0;
        for (int i = 0; i < nodes; i++) {
            perCommunity[community[i]] += theta[i];
            total += theta[i];
        }
        double sumSquares = 0;
        for (double t : perCommunity) {
            sumSquares += (t / total) * (t / total);
        }
        return (1 - mixing) + mixing * sumSquares;
    }

    /**
     * The community of every node, 0..k-1: a seeded random assignment with sizes differing by at
     * most one.
     */
    public int[] communities() {
        int[] order = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            order[i] = i;
        }
        SplittableRandom random = Seeds.random(seed, Seeds.COMMUNITIES);
        for (int i = nodes - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] community = new int[nodes];
        for (int p = 0; p < nodes; p++) {
            community[order[p]] = (int) ((long) p * communities / nodes);
        }
        return community;
    }

    /** The degree propensity θ of every node: all 1, or power-law distributed on [1, √n]. */
    public double[] propensities() {
        double[] theta = new double[nodes];
        if (powerLawExponent == 0) {
            java.util.Arrays.fill(theta, 1.0);
            return theta;
        }
        SplittableRandom random = Seeds.random(seed, Seeds.PROPENSITIES);
        double a = powerLawExponent - 1;
        double upperTail = Math.pow(Math.sqrt(nodes), -a);
        for (int i = 0; i < nodes; i++) {
            // inverse CDF of the Pareto law with minimum 1, truncated at sqrt(n)
            theta[i] = Math.pow(1 - random.nextDouble() * (1 - upperTail), -1 / a);
        }
        return theta;
    }

    /**
     * Draws the undirected adjacency matrix (0/1, symmetric, no self-loops, repeated pairs merged).
     * Memory: the edge list in COO and CSR form, O(edges); nothing is quadratic in the nodes.
     */
    public SparseMatrix adjacency() {
        return adjacency(communities());
    }

    private SparseMatrix adjacency(int[] community) {
        EndpointSampler sampler = new EndpointSampler(community, communities, propensities());
        long m = drawnEdges();
        if (2 * m > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(m + " edges do not fit a CSR matrix with int indices");
        }
        int edges = (int) m;
        int[] rows = new int[2 * edges];
        int[] cols = new int[2 * edges];
        long edgeSeed = Seeds.child(seed, Seeds.EDGES);
        Chunks.run(edges, EDGE_CHUNK, (chunk, from, to) -> {
            SplittableRandom random = Seeds.random(edgeSeed, chunk);
            for (int e = (int) from; e < to; e++) {
                int u = sampler.anyNode(random);
                int v;
                do {
                    v = random.nextDouble() < mixing ? sampler.anyNode(random) : sampler.nodeIn(community[u], random);
                } while (v == u);
                rows[e] = u;
                cols[e] = v;
                rows[edges + e] = v;
                cols[edges + e] = u;
            }
        });
        return SparseMatrix.fromCoo(nodes, nodes, rows, cols, null).deduplicate(DuplicatePolicy.KEEP_FIRST);
    }

    /**
     * The graph: the drawn structure, node labels = communities, and the features of
     * {@code features} for these communities (or none if {@code features} is null).
     */
    public Graph graph(CommunityFeatures features) {
        int[] community = communities();
        Graph.Builder b = Graph.builder(nodes).adjacency(adjacency(community)).nodeLabels(community);
        if (features != null) {
            b.features(features.generate(community, communities, Seeds.child(seed, Seeds.FEATURES)));
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "StochasticBlockModel[" + nodes + " nodes, " + communities + " communities, average degree "
                + averageDegree + ", mixing " + mixing
                + (powerLawExponent == 0 ? "" : ", power-law degrees with exponent " + powerLawExponent)
                + ", seed " + seed + "]";
    }

    /** Settings of a {@link StochasticBlockModel}. */
    public static final class Builder {
        private final int nodes;
        private final int communities;
        private double averageDegree = 10;
        private double mixing = 0.3;
        private double powerLawExponent;
        private long seed;

        private Builder(int nodes, int communities) {
            if (communities < 1) {
                throw new IllegalArgumentException("need at least one community, got " + communities);
            }
            if (nodes < 2L * communities) {
                throw new IllegalArgumentException(nodes + " nodes cannot fill " + communities
                        + " communities of at least two nodes");
            }
            this.nodes = nodes;
            this.communities = communities;
        }

        /** The average number of neighbours per node (default 10). */
        public Builder averageDegree(double value) {
            if (!(value > 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("average degree must be positive, got " + value);
            }
            if (value > nodes - 1) {
                throw new IllegalArgumentException("average degree " + value + " exceeds the " + (nodes - 1)
                        + " possible neighbours");
            }
            this.averageDegree = value;
            return this;
        }

        /**
         * Probability in [0, 1] that an edge's second end is drawn from the whole graph instead of
         * the first end's community (default 0.3; 0 gives disconnected communities, 1 a graph
         * without community structure).
         */
        public Builder mixing(double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("mixing must lie in [0, 1], got " + value);
            }
            this.mixing = value;
            return this;
        }

        /** Power-law degree propensities with exponent {@code gamma} > 2 (e.g. 2.5); default: none. */
        public Builder powerLawDegrees(double gamma) {
            if (!(gamma > 2) || !Double.isFinite(gamma)) {
                throw new IllegalArgumentException("power-law exponent must be finite and above 2, got " + gamma);
            }
            this.powerLawExponent = gamma;
            return this;
        }

        /** Equal degree propensities (Poisson degrees), the default. */
        public Builder uniformDegrees() {
            this.powerLawExponent = 0;
            return this;
        }

        /** The master seed (default 0). */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** The model. */
        public StochasticBlockModel build() {
            return new StochasticBlockModel(this);
        }
    }

    /** Draws edge ends in proportion to θ, from all nodes or from one community. */
    private static final class EndpointSampler {
        private final int[] members;
        private final int[] start;
        private final AliasTable[] withinCommunity;
        private final AliasTable community;
        private final boolean uniform;

        EndpointSampler(int[] communityOf, int k, double[] theta) {
            int n = communityOf.length;
            start = new int[k + 1];
            for (int c : communityOf) {
                start[c + 1]++;
            }
            for (int c = 0; c < k; c++) {
                start[c + 1] += start[c];
            }
            members = new int[n];
            int[] next = java.util.Arrays.copyOf(start, k);
            for (int i = 0; i < n; i++) {
                members[next[communityOf[i]]++] = i;
            }
            boolean allOne = true;
            for (double t : theta) {
                allOne &= t == 1.0;
            }
            uniform = allOne;
            double[] communityWeight = new double[k];
            withinCommunity = new AliasTable[k];
            double[] memberTheta = uniform ? null : new double[n];
            for (int c = 0; c < k; c++) {
                for (int p = start[c]; p < start[c + 1]; p++) {
                    communityWeight[c] += theta[members[p]];
                    if (!uniform) {
                        memberTheta[p] = theta[members[p]];
                    }
                }
                if (!uniform) {
                    withinCommunity[c] = new AliasTable(memberTheta, start[c], start[c + 1] - start[c]);
                }
            }
            community = new AliasTable(communityWeight, 0, k);
        }

        int anyNode(SplittableRandom random) {
            return nodeIn(community.sample(random), random);
        }

        int nodeIn(int c, SplittableRandom random) {
            int size = start[c + 1] - start[c];
            int offset = uniform ? random.nextInt(size) : withinCommunity[c].sample(random);
            return members[start[c] + offset];
        }
    }
}
