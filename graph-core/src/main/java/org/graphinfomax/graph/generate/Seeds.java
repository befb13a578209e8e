package org.graphinfomax.graph.generate;

import java.util.SplittableRandom;

/**
 * Derives independent seeds from one master seed, so that every part of a generated graph (the
 * community assignment, each chunk of edges, each chunk of feature rows) has its own random stream
 * and the result does not depend on how many threads produced it.
 */
final class Seeds {

    /** Stream of the community assignment. */
    static final long COMMUNITIES = 1;
    /** Stream of the degree propensities. */
    static final long PROPENSITIES = 2;
    /** Stream of the edges (chunks derive from it). */
    static final long EDGES = 3;
    /** Stream of the node features (chunks derive from it). */
    static final long FEATURES = 4;
    /** Stream of per-community parameters of feature models (means, topics). */
    static final long COMMUNITY_PARAMETERS = 5;

    private Seeds() {
    }

    /** The seed of stream {@code stream} under {@code seed}. */
    static long child(long seed, long stream) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (stream + 1))).nextLong();
    }

    /** A generator for stream {@code stream} under {@code seed}. */
    static SplittableRandom random(long seed, long stream) {
        return new SplittableRandom(child(seed, stream));
    }
}
