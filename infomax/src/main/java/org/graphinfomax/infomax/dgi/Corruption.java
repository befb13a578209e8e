package org.graphinfomax.infomax.dgi;

import java.util.Random;
import org.graphinfomax.graph.NodeFeatures;

/**
 * DGI's corruption function: produces the features of a "negative" graph whose nodes keep the
 * structure but lose the link between structure and features. The graph itself is not changed.
 */
public interface Corruption {

    /**
     * The corrupted features.
     *
     * @param features the clean features (one row per node)
     * @param rng the training run's seeded generator
     */
    NodeFeatures corrupt(NodeFeatures features, Random rng);

    /** DGI's default: a uniformly random permutation of the feature rows. */
    static RowShuffle rowShuffle() {
        return RowShuffle.INSTANCE;
    }
}
