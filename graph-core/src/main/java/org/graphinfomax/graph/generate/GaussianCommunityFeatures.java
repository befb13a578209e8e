package org.graphinfomax.graph.generate;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.HostBuffers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dense FLOAT features {@code x_i = μ_{c(i)} + ε_i} with ε_i ~ N(0, I_d) and community means
 * μ_c = separation · z_c / √d, z_c ~ N(0, I_d): every mean has norm about {@code separation} and two
 * means lie about separation·√2 apart, so {@code separation} sets how well the features alone
 * separate the communities (about 1: weakly; 3 and more: almost perfectly).
 *
 * <p>The rows are written straight into one off-heap array (no on-heap copy), in parallel chunks
 * with one random stream each.
 */
public final class GaussianCommunityFeatures implements CommunityFeatures {

    private static final int ROW_CHUNK = 4096;

    private final int dimensions;
    private final double separation;

    GaussianCommunityFeatures(int dimensions, double separation) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("need at least one feature dimension, got " + dimensions);
        }
        if (!(separation >= 0) || !Double.isFinite(separation)) {
            throw new IllegalArgumentException("separation must be finite and at least 0, got " + separation);
        }
        this.dimensions = dimensions;
        this.separation = separation;
    }

    /** Number of features per node. */
    public int dimensions() {
        return dimensions;
    }

    /** The scale of the community means. */
    public double separation() {
        return separation;
    }

    /** The community means that {@link #generate} uses with the same seed: {@code [community][feature]}. */
    public double[][] means(int numCommunities, long seed) {
        SplittableRandom random = Seeds.random(seed, Seeds.COMMUNITY_PARAMETERS);
        double scale = separation / Math.sqrt(dimensions);
        double[][] means = new double[numCommunities][dimensions];
        for (double[] mean : means) {
            for (int j = 0; j < dimensions; j++) {
                mean[j] = scale * random.nextGaussian();
            }
        }
        return means;
    }

    @Override
    public NodeFeatures generate(int[] communities, int numCommunities, long seed) {
        CommunityFeatures.checkCommunities(communities, numCommunities);
        double[][] means = means(numCommunities, seed);
        int n = communities.length;
        INDArray x;
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            x = Nd4j.createUninitialized(DataType.FLOAT, n, dimensions);
        }
        FloatBuffer buffer = HostBuffers.floats(x);
        long rowSeed = Seeds.child(seed, Seeds.FEATURES);
        Chunks.run(n, ROW_CHUNK, (chunk, from, to) -> {
            SplittableRandom random = Seeds.random(rowSeed, chunk);
            FloatBuffer out = buffer.duplicate();
            for (int i = (int) from; i < to; i++) {
                double[] mean = means[communities[i]];
                int base = i * dimensions;
                for (int j = 0; j < dimensions; j++) {
                    out.put(base + j, (float) (mean[j] + random.nextGaussian()));
                }
            }
        });
        return NodeFeatures.dense(x);
    }

    @Override
    public String toString() {
        return "GaussianCommunityFeatures[" + dimensions + " dimensions, separation " + separation + "]";
    }
}
