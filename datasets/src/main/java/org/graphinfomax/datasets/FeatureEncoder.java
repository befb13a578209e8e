package org.graphinfomax.datasets;

import java.util.Arrays;
import java.util.List;
import org.graphinfomax.graph.SparseMatrix;

/**
 * Builds the node features of a TU dataset as {@link TUOptions} asks: one-hot node labels (one
 * column per distinct label of the whole dataset, in ascending order) followed by the node
 * attributes; or, when neither is used, the fallback feature (a constant 1, or the one-hot degree
 * up to the largest degree in the dataset). Features are sparse: zero attribute values are not
 * stored.
 */
final class FeatureEncoder {

    private final int[] nodeLabels;
    private final int[] distinctLabels;
    private final float[] attributes;
    private final int attributeWidth;
    private final TUOptions.FeatureFallback fallback;
    private final int width;
    private final String description;

    /**
     * @param nodeLabels every node's label, or null if the dataset has none
     * @param attributes every node's attributes, or null if the dataset has none
     * @param adjacencies every graph's adjacency (for the degree fallback)
     */
    FeatureEncoder(TUOptions options, int[] nodeLabels, NumericText.FloatTable attributes,
            List<SparseMatrix> adjacencies) {
        this.nodeLabels = options.useNodeLabels() ? nodeLabels : null;
        this.distinctLabels = this.nodeLabels == null ? new int[0] : Arrays.stream(nodeLabels).distinct().sorted().toArray();
        boolean useAttributes = options.useNodeAttributes() && attributes != null && attributes.width() > 0;
        this.attributes = useAttributes ? attributes.values() : null;
        this.attributeWidth = useAttributes ? attributes.width() : 0;
        StringBuilder text = new StringBuilder();
        if (distinctLabels.length > 0) {
            text.append("one-hot node labels (").append(distinctLabels.length).append(" values, ")
                    .append(distinctLabels[0]).append("..").append(distinctLabels[distinctLabels.length - 1]).append(")");
        }
        if (attributeWidth > 0) {
            text.append(text.length() > 0 ? " + " : "").append(attributeWidth).append(" node attribute")
                    .append(attributeWidth == 1 ? "" : "s");
        }
        int ownWidth = distinctLabels.length + attributeWidth;
        if (ownWidth > 0) {
            this.fallback = null;
            this.width = ownWidth;
        } else {
            this.fallback = options.fallback();
            if (fallback == TUOptions.FeatureFallback.CONSTANT) {
                this.width = 1;
                text.append("constant 1 (no node labels or attributes used)");
            } else {
                int maxDegree = 0;
                for (SparseMatrix a : adjacencies) {
                    for (int i = 0; i < a.rows(); i++) {
                        maxDegree = Math.max(maxDegree, a.rowNnz(i));
                    }
                }
                this.width = maxDegree + 1;
                text.append("one-hot degree 0..").append(maxDegree).append(" (no node labels or attributes used)");
            }
        }
        this.description = text.toString();
    }

    /** Number of features per node. */
    int width() {
        return width;
    }

    /** How the features are made, for {@link GraphClassificationDataset#featureDescription()}. */
    String description() {
        return description;
    }

    /**
     * The feature rows of one graph.
     *
     * @param nodes the dataset-wide (0-based) ids of the graph's nodes, in local order
     * @param adjacency the graph's adjacency (for the degree fallback)
     */
    SparseMatrix encode(int[] nodes, SparseMatrix adjacency) {
        int perNode = fallback != null ? 1 : (nodeLabels != null ? 1 : 0) + attributeWidth;
        int[] ptr = new int[nodes.length + 1];
        int[] col = new int[nodes.length * perNode];
        float[] val = new float[col.length];
        int k = 0;
        for (int r = 0; r < nodes.length; r++) {
            int node = nodes[r];
            if (fallback == TUOptions.FeatureFallback.CONSTANT) {
                col[k] = 0;
                val[k++] = 1f;
            } else if (fallback == TUOptions.FeatureFallback.ONE_HOT_DEGREE) {
                col[k] = adjacency.rowNnz(r);
                val[k++] = 1f;
            } else {
                if (nodeLabels != null) {
                    col[k] = Arrays.binarySearch(distinctLabels, nodeLabels[node]);
                    val[k++] = 1f;
                }
                for (int d = 0; d < attributeWidth; d++) {
                    float v = attributes[node * attributeWidth + d];
                    if (v != 0f) {
                        col[k] = distinctLabels.length + d;
                        val[k++] = v;
                    }
                }
            }
            ptr[r + 1] = k;
        }
        return SparseMatrix.fromCsr(nodes.length, width, ptr, Arrays.copyOf(col, k), Arrays.copyOf(val, k));
    }
}
