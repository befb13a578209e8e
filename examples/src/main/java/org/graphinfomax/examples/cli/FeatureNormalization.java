package org.graphinfomax.examples.cli;

import org.graphinfomax.datasets.NodeClassificationDataset;
import org.graphinfomax.graph.DenseFeatures;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.SparseFeatures;

/**
 * How node features are preprocessed before training and embedding. DGI's reference divides every
 * row of Cora's bag-of-words features by its sum; {@link #AUTO} does the same for any features
 * that are all non-negative (counts, indicators) and leaves signed features alone.
 */
public enum FeatureNormalization {
    /** Row-normalise when every feature value is non-negative. */
    AUTO,
    /** Always divide each row by its sum (rows summing to zero stay zero). */
    ROW,
    /** Use the features as they are. */
    NONE;

    /**
     * The dataset with its features preprocessed.
     *
     * @return the same dataset when nothing is to be done
     */
    public NodeClassificationDataset apply(NodeClassificationDataset data) {
        return appliesTo(data) ? data.withRowNormalizedFeatures() : data;
    }

    /** Whether {@link #apply} row-normalises this dataset's features. */
    public boolean appliesTo(NodeClassificationDataset data) {
        if (data.graph().features().isEmpty()) {
            return false;
        }
        return switch (this) {
            case ROW -> true;
            case NONE -> false;
            case AUTO -> nonNegative(data.graph().requireFeatures());
        };
    }

    private static boolean nonNegative(NodeFeatures features) {
        if (features instanceof SparseFeatures sparse) {
            for (float v : sparse.matrix().values()) {
                if (v < 0) {
                    return false;
                }
            }
            return true;
        }
        return ((DenseFeatures) features).array().minNumber().doubleValue() >= 0;
    }
}
