package org.graphinfomax.graph.generate;

import org.graphinfomax.graph.NodeFeatures;

/**
 * A model of node features that depend on the node's community, for synthetic graphs whose labels
 * a classifier can recover from features, from structure, or (best) from both.
 */
public interface CommunityFeatures {

    /**
     * Draws the features of every node.
     *
     * @param communities the community of each node, 0..numCommunities-1
     * @param numCommunities number of communities
     * @param seed seed of every random choice (the same seed gives the same features)
     * @return one row per node
     */
    NodeFeatures generate(int[] communities, int numCommunities, long seed);

    /**
     * Dense Gaussian features: node i gets {@code mean[c(i)] + N(0, I)}, where each community's
     * mean is a random vector of norm about {@code separation} (see {@link GaussianCommunityFeatures}).
     */
    static GaussianCommunityFeatures gaussian(int dimensions, double separation) {
        return new GaussianCommunityFeatures(dimensions, separation);
    }

    /**
     * Sparse 0/1 bag-of-words features: each node draws {@code wordsPerNode} words, each from its
     * community's topic with probability {@code topicProbability}, else from the whole vocabulary
     * (see {@link BagOfWordsCommunityFeatures}).
     */
    static BagOfWordsCommunityFeatures bagOfWords(int vocabulary, int wordsPerNode, int topicWords,
            double topicProbability) {
        return new BagOfWordsCommunityFeatures(vocabulary, wordsPerNode, topicWords, topicProbability);
    }

    /** Throws unless the community of every node lies in [0, numCommunities). */
    static void checkCommunities(int[] communities, int numCommunities) {
        if (numCommunities < 1) {
            throw new IllegalArgumentException("need at least one community, got " + numCommunities);
        }
        for (int i = 0; i < communities.length; i++) {
            if (communities[i] < 0 || communities[i] >= numCommunities) {
                throw new IllegalArgumentException("node " + i + " is in community " + communities[i]
                        + ", outside 0.." + (numCommunities - 1));
            }
        }
    }
}
