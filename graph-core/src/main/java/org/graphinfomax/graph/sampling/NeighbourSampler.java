package org.graphinfomax.graph.sampling;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.graphinfomax.graph.SparseMatrix;

/**
 * GraphSAGE-style neighbourhood sampling (Hamilton et al., NeurIPS 2017): for a batch of target
 * nodes, samples a fixed number of neighbours per node and per hop and builds one bipartite
 * {@link Block} per layer, in local indices, so that a mini-batch of an L-layer model touches only
 * the sampled L-hop neighbourhood of its batch instead of the whole graph.
 *
 * <p>Fan-outs are listed from the targets outward, as PyTorch Geometric's
 * {@code NeighborLoader(num_neighbors=[10, 10, 25])}: {@code fanouts[0]} neighbours of each batch
 * node (the last layer's block), {@code fanouts[1]} neighbours of each of those (the layer before),
 * and so on; {@link #ALL} takes every neighbour (exact inference). Neighbours are drawn uniformly
 * WITHOUT replacement: a node with at most {@code f} neighbours keeps all of them, a node with more
 * gets {@code f} distinct ones (Floyd's algorithm) — GraphSAGE's reference code draws with
 * replacement up to a fixed size; without replacement, the mean over the sample is never biased
 * by repeats and small neighbourhoods are kept exactly. Edge weights are ignored (unweighted mean).
 *
 * <p>Sampling is deterministic: the same targets and seed give the same batch. The graph is only
 * read, so one sampler may serve several threads (each thread keeps its own O(nodes) scratch index).
 */
public final class NeighbourSampler {

    /** The fan-out that keeps every neighbour. */
    public static final int ALL = -1;

    private static final int FLOYD_LIMIT = 64;

    private final SparseMatrix adjacency;
    private final int[] fanouts;
    private final ThreadLocal<int[]> localIndex;
    private final ThreadLocal<IntList> scratch = ThreadLocal.withInitial(() -> new IntList(64));

    /**
     * @param adjacency square adjacency (entry (i, j): j is a neighbour of i), without duplicate entries
     * @param fanoutsFromTargets neighbours per node for each hop, from the targets outward; each
     *     positive or {@link #ALL}; one per layer
     * @throws IllegalArgumentException if the matrix is not square or a fan-out is invalid
     */
    public NeighbourSampler(SparseMatrix adjacency, int... fanoutsFromTargets) {
        this.adjacency = Objects.requireNonNull(adjacency, "adjacency");
        if (!adjacency.isSquare()) {
            throw new IllegalArgumentException("the adjacency must be square, got " + adjacency.rows() + " x " + adjacency.cols());
        }
        if (fanoutsFromTargets.length == 0) {
            throw new IllegalArgumentException("need one fan-out per layer, got none");
        }
        for (int f : fanoutsFromTargets) {
            if (f < 1 && f != ALL) {
                throw new IllegalArgumentException("fan-outs must be positive or ALL (-1), got "
                        + Arrays.toString(fanoutsFromTargets));
            }
        }
        this.fanouts = fanoutsFromTargets.clone();
        int n = adjacency.rows();
        this.localIndex = ThreadLocal.withInitial(() -> {
            int[] index = new int[n];
            Arrays.fill(index, -1);
            return index;
        });
    }

    /** A sampler that keeps every neighbour, for {@code layers} layers (exact neighbourhoods). */
    public static NeighbourSampler full(SparseMatrix adjacency, int layers) {
        int[] all = new int[layers];
        Arrays.fill(all, ALL);
        return new NeighbourSampler(adjacency, all);
    }

    /** The fan-outs, from the targets outward. */
    public int[] fanouts() {
        return fanouts.clone();
    }

    /** Number of layers (hops). */
    public int numLayers() {
        return fanouts.length;
    }

    /** Number of nodes of the graph. */
    public int numNodes() {
        return adjacency.rows();
    }

    /** {@link #sample(int, int[], long)} with batch index 0. */
    public MiniBatch sample(int[] targets, long seed) {
        return sample(0, targets, seed);
    }

    /**
     * Samples the computation graph of a batch.
     *
     * @param index the batch's position in its epoch (recorded in the result)
     * @param targets distinct graph nodes
     * @param seed seed of this batch's random choices
     * @throws IllegalArgumentException if the batch is empty, holds a node outside the graph or a
     *     node twice
     */
    public MiniBatch sample(int index, int[] targets, long seed) {
        int[] local = localIndex.get();
        checkTargets(targets, local);
        SplittableRandom random = new SplittableRandom(seed);
        Block[] blocks = new Block[fanouts.length];
        int[] current = targets.clone();
        for (int hop = 0; hop < fanouts.length; hop++) {
            Block block = sampleHop(current, fanouts[hop], random, local);
            blocks[fanouts.length - 1 - hop] = block;
            current = block.sourceNodesShared();
        }
        return new MiniBatch(index, Arrays.asList(blocks));
    }

    private void checkTargets(int[] targets, int[] local) {
        Objects.requireNonNull(targets, "targets");
        if (targets.length == 0) {
            throw new IllegalArgumentException("a batch needs at least one target node");
        }
        int n = adjacency.rows();
        try {
            for (int i = 0; i < targets.length; i++) {
                int t = targets[i];
                if (t < 0 || t >= n) {
                    throw new IllegalArgumentException("target " + i + " is node " + t + ", outside 0.." + (n - 1));
                }
                if (local[t] >= 0) {
                    throw new IllegalArgumentException("node " + t + " appears twice in the batch (targets "
                            + local[t] + " and " + i + ")");
                }
                local[t] = i;
            }
        } finally {
            for (int t : targets) {
                if (t >= 0 && t < n) {
                    local[t] = -1;
                }
            }
        }
    }

    /** One hop: the targets' sampled neighbours, deduplicated into a source list that starts with the targets. */
    private Block sampleHop(int[] targets, int fanout, SplittableRandom random, int[] local) {
        int expected = fanout == ALL ? targets.length * 8 : targets.length * (fanout + 1);
        IntList sources = new IntList(expected);
        IntList rows = new IntList(expected);
        IntList cols = new IntList(expected);
        IntList chosen = scratch.get();
        for (int i = 0; i < targets.length; i++) {
            local[targets[i]] = i;
            sources.add(targets[i]);
        }
        float[] weights = new float[0];
        int weightCount = 0;
        for (int i = 0; i < targets.length; i++) {
            int node = targets[i];
            int start = adjacency.rowStart(node);
            int degree = adjacency.rowNnz(node);
            int take = fanout == ALL ? degree : Math.min(fanout, degree);
            choosePositions(degree, take, random, chosen);
            for (int k = 0; k < take; k++) {
                int neighbour = adjacency.columnAt(start + chosen.get(k));
                int j = local[neighbour];
                if (j < 0) {
                    j = sources.size();
                    local[neighbour] = j;
                    sources.add(neighbour);
                }
                rows.add(i);
                cols.add(j);
            }
            if (weightCount + take > weights.length) {
                weights = Arrays.copyOf(weights, Math.max(weights.length * 2, weightCount + take));
            }
            Arrays.fill(weights, weightCount, weightCount + take, 1f / take);
            weightCount += take;
        }
        int[] sourceArray = sources.toArray();
        for (int s : sourceArray) {
            local[s] = -1;
        }
        SparseMatrix mean = SparseMatrix.fromCoo(targets.length, sourceArray.length, rows.toArray(), cols.toArray(),
                Arrays.copyOf(weights, weightCount));
        return new Block(sourceArray, targets.length, mean);
    }

    /**
     * Leaves in {@code chosen} (positions 0..take-1) {@code take} distinct positions of [0, degree),
     * uniformly: all of them when take == degree, Floyd's algorithm for small samples, a partial
     * Fisher-Yates shuffle otherwise.
     */
    private static void choosePositions(int degree, int take, SplittableRandom random, IntList chosen) {
        chosen.clear();
        if (take == degree) {
            for (int p = 0; p < degree; p++) {
                chosen.add(p);
            }
        } else if (take <= FLOYD_LIMIT) {
            for (int j = degree - take; j < degree; j++) {
                int t = random.nextInt(j + 1);
                chosen.add(chosen.contains(t) ? j : t);
            }
        } else {
            for (int p = 0; p < degree; p++) {
                chosen.add(p);
            }
            for (int k = 0; k < take; k++) {
                chosen.swap(k, k + random.nextInt(degree - k));
            }
        }
    }

    @Override
    public String toString() {
        return "NeighbourSampler[fan-outs from targets " + Arrays.toString(fanouts).replace("-1", "all") + "]";
    }
}
