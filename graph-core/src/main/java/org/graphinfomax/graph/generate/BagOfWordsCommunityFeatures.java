package org.graphinfomax.graph.generate;

import java.util.SplittableRandom;
import org.graphinfomax.graph.DuplicatePolicy;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.SparseMatrix;

/**
 * Sparse 0/1 bag-of-words features, like the citation graphs' word-presence vectors. Every
 * community has a topic: {@code topicWords} distinct words of the vocabulary drawn at random. A
 * node draws {@code wordsPerNode} words independently; each is, with probability
 * {@code topicProbability}, a uniformly chosen word of its community's topic, otherwise a uniformly
 * chosen word of the whole vocabulary. A word drawn twice is stored once (value 1). The expected
 * value of feature w for a node of community c is therefore {@code 1 - (1 - p_cw)^wordsPerNode} with
 * {@code p_cw = topicProbability · [w in topic c] / topicWords + (1 - topicProbability) / vocabulary}.
 */
public final class BagOfWordsCommunityFeatures implements CommunityFeatures {

    private static final int ROW_CHUNK = 4096;

    private final int vocabulary;
    private final int wordsPerNode;
    private final int topicWords;
    private final double topicProbability;

    BagOfWordsCommunityFeatures(int vocabulary, int wordsPerNode, int topicWords, double topicProbability) {
        if (vocabulary < 1 || wordsPerNode < 1) {
            throw new IllegalArgumentException("vocabulary and words per node must be positive, got "
                    + vocabulary + " and " + wordsPerNode);
        }
        if (topicWords < 1 || topicWords > vocabulary) {
            throw new IllegalArgumentException("topic words must lie in 1.." + vocabulary + ", got " + topicWords);
        }
        if (!(topicProbability >= 0 && topicProbability <= 1)) {
            throw new IllegalArgumentException("topic probability must lie in [0, 1], got " + topicProbability);
        }
        this.vocabulary = vocabulary;
        this.wordsPerNode = wordsPerNode;
        this.topicWords = topicWords;
        this.topicProbability = topicProbability;
    }

    /** Size of the vocabulary (number of features). */
    public int vocabulary() {
        return vocabulary;
    }

    /** The topics that {@link #generate} uses with the same seed: {@code [community]} = its words. */
    public int[][] topics(int numCommunities, long seed) {
        SplittableRandom random = Seeds.random(seed, Seeds.COMMUNITY_PARAMETERS);
        int[][] topics = new int[numCommunities][];
        int[] words = new int[vocabulary];
        for (int c = 0; c < numCommunities; c++) {
            for (int w = 0; w < vocabulary; w++) {
                words[w] = w;
            }
            // partial Fisher-Yates: the first topicWords entries become a uniform random subset
            for (int i = 0; i < topicWords; i++) {
                int j = i + random.nextInt(vocabulary - i);
                int t = words[i];
                words[i] = words[j];
                words[j] = t;
            }
            topics[c] = java.util.Arrays.copyOf(words, topicWords);
        }
        return topics;
    }

    /** The expected value of feature {@code word} for a node of a community whose topic holds it or not. */
    public double expectedValue(boolean inTopic) {
        double p = (inTopic ? topicProbability / topicWords : 0) + (1 - topicProbability) / vocabulary;
        return 1 - Math.pow(1 - p, wordsPerNode);
    }

    @Override
    public NodeFeatures generate(int[] communities, int numCommunities, long seed) {
        CommunityFeatures.checkCommunities(communities, numCommunities);
        int[][] topics = topics(numCommunities, seed);
        int n = communities.length;
        long entries = (long) n * wordsPerNode;
        if (entries > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(n + " nodes x " + wordsPerNode + " words do not fit a CSR matrix");
        }
        int[] rows = new int[(int) entries];
        int[] cols = new int[(int) entries];
        long wordSeed = Seeds.child(seed, Seeds.FEATURES);
        Chunks.run(n, ROW_CHUNK, (chunk, from, to) -> {
            SplittableRandom random = Seeds.random(wordSeed, chunk);
            for (int i = (int) from; i < to; i++) {
                int[] topic = topics[communities[i]];
                for (int k = 0; k < wordsPerNode; k++) {
                    int e = i * wordsPerNode + k;
                    rows[e] = i;
                    cols[e] = random.nextDouble() < topicProbability ? topic[random.nextInt(topic.length)]
                            : random.nextInt(vocabulary);
                }
            }
        });
        return NodeFeatures.sparse(SparseMatrix.fromCoo(n, vocabulary, rows, cols, null).deduplicate(DuplicatePolicy.MAX));
    }

    @Override
    public String toString() {
        return "BagOfWordsCommunityFeatures[vocabulary " + vocabulary + ", " + wordsPerNode + " words per node, topics of "
                + topicWords + " words, topic probability " + topicProbability + "]";
    }
}
