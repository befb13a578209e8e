package org.graphinfomax.datasets;

import java.util.Objects;

/**
 * How a TU dataset's node features are built. By default: the one-hot encoding of the node labels
 * (over the distinct labels that occur in the dataset, in ascending order) followed by the node
 * attributes, where the dataset has them. A dataset with neither (IMDB-BINARY, IMDB-MULTI), or
 * with both switched off, gets the {@link #fallback()} features instead.
 *
 * @param useNodeLabels whether to one-hot encode {@code _node_labels.txt}
 * @param useNodeAttributes whether to append {@code _node_attributes.txt}
 * @param fallback the features of nodes that have neither
 */
public record TUOptions(boolean useNodeLabels, boolean useNodeAttributes, FeatureFallback fallback) {

    /** Features for datasets without node labels or attributes. */
    public enum FeatureFallback {
        /** A single feature equal to 1 for every node. */
        CONSTANT,
        /**
         * The one-hot encoding of the node's degree, 0 to the largest degree in the dataset, as GIN
         * (Xu et al., ICLR 2019) does for the social-network datasets.
         */
        ONE_HOT_DEGREE
    }

    /** @throws NullPointerException if {@code fallback} is null */
    public TUOptions {
        Objects.requireNonNull(fallback, "fallback");
    }

    /** Node labels and attributes where present, else a constant feature. */
    public static TUOptions defaults() {
        return new TUOptions(true, true, FeatureFallback.CONSTANT);
    }

    /** These options with another fallback. */
    public TUOptions withFallback(FeatureFallback newFallback) {
        return new TUOptions(useNodeLabels, useNodeAttributes, newFallback);
    }

    /** These options without the one-hot node labels. */
    public TUOptions withoutNodeLabels() {
        return new TUOptions(false, useNodeAttributes, fallback);
    }

    /** These options without the node attributes. */
    public TUOptions withoutNodeAttributes() {
        return new TUOptions(useNodeLabels, false, fallback);
    }
}
