package org.graphinfomax.infomax.mi;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Critic scores with their split into positive (joint) and negative (product-of-marginals) samples, in one
 * of two layouts:
 * <ul>
 *   <li>{@link Layout#MATRIX}: one score matrix with a 0/1 positive mask and a 0/1 negative mask of the same
 *       shape, e.g. InfoGraph's N nodes x G graphs with positives where a node belongs to the graph
 *       ({@link #byGraph(INDArray, int[])}) or a K x K critic matrix with positives on the diagonal
 *       ({@link #square(INDArray)}). Rows matter for InfoNCE: each row's positives are contrasted with that
 *       row's positives and negatives.</li>
 *   <li>{@link Layout#PAIRS}: a vector of positive scores and a vector of negative scores, e.g. DGI's N clean
 *       and N corrupted node scores.</li>
 * </ul>
 * Scores are FLOAT or DOUBLE and must be finite. The arrays are referenced, not copied.
 */
public final class CriticScores {

    /** How the scores are laid out. */
    public enum Layout {
        /** One score matrix with positive and negative masks. */
        MATRIX,
        /** Separate positive and negative score arrays. */
        PAIRS
    }

    private final Layout layout;
    private final ScoreGroup positive;
    private final ScoreGroup negative;
    private final boolean complementary;

    private CriticScores(Layout layout, ScoreGroup positive, ScoreGroup negative, boolean complementary) {
        this.layout = layout;
        this.positive = positive;
        this.negative = negative;
        this.complementary = complementary;
    }

    /**
     * @param positiveScores scores of joint samples (any shape, at least one entry)
     * @param negativeScores scores of product-of-marginal samples (any shape, at least one entry, same type)
     * @return the PAIRS layout
     */
    public static CriticScores pairs(INDArray positiveScores, INDArray negativeScores) {
        Objects.requireNonNull(positiveScores, "positiveScores");
        Objects.requireNonNull(negativeScores, "negativeScores");
        requireSupported(positiveScores.dataType());
        if (negativeScores.dataType() != positiveScores.dataType()) {
            throw new IllegalArgumentException("positive scores are " + positiveScores.dataType()
                    + " but negative scores are " + negativeScores.dataType());
        }
        if (positiveScores.isEmpty() || negativeScores.isEmpty()) {
            throw new IllegalArgumentException("need at least one positive and one negative score, got "
                    + positiveScores.length() + " and " + negativeScores.length());
        }
        return new CriticScores(Layout.PAIRS, ScoreGroup.all(positiveScores), ScoreGroup.all(negativeScores), false);
    }

    /**
     * @param scores       a score matrix
     * @param positiveMask 0/1 mask of the joint entries, same shape (cast to the scores' type if needed)
     * @param negativeMask 0/1 mask of the product-of-marginal entries, same shape
     * @return the MATRIX layout
     * @throws IllegalArgumentException if shapes differ, a mask holds a value other than 0 and 1 (the first
     *                                  is named), or a mask is all zero
     */
    public static CriticScores matrix(INDArray scores, INDArray positiveMask, INDArray negativeMask) {
        requireMatrix(scores);
        INDArray positiveChecked = checkedMask(scores, positiveMask, "positive mask");
        INDArray negativeChecked = checkedMask(scores, negativeMask, "negative mask");
        return masked(scores, positiveChecked, negativeChecked, false);
    }

    /**
     * @param scores       a score matrix
     * @param positiveMask 0/1 mask of the joint entries; every other entry is negative
     * @return the MATRIX layout
     */
    public static CriticScores matrix(INDArray scores, INDArray positiveMask) {
        requireMatrix(scores);
        INDArray positiveChecked = checkedMask(scores, positiveMask, "positive mask");
        return masked(scores, positiveChecked, ScoreMasks.complement(positiveChecked), true);
    }

    /**
     * InfoGraph's local-global layout: entry (i, g) scores node i against graph summary g; it is positive
     * when node i belongs to graph g and negative otherwise.
     *
     * @param scores     N x G score matrix
     * @param graphIndex graph of each of the N nodes, in {@code [0, G)}
     * @return the MATRIX layout
     */
    public static CriticScores byGraph(INDArray scores, int[] graphIndex) {
        requireGraphMatrix(scores);
        requireRows(scores, graphIndex.length);
        return onePositivePerRow(scores, ScoreMasks.byGraph(graphIndex, scores.columns(), scores.dataType()));
    }

    /**
     * @param scores     N x G score matrix
     * @param graphIndex integer vector of each node's graph, e.g. {@code GraphBatch.graphIndexArray()}
     * @return the MATRIX layout, as {@link #byGraph(INDArray, int[])}
     */
    public static CriticScores byGraph(INDArray scores, INDArray graphIndex) {
        requireGraphMatrix(scores);
        requireRows(scores, graphIndex.length());
        return onePositivePerRow(scores, ScoreMasks.byGraph(graphIndex, scores.columns(), scores.dataType()));
    }

    /**
     * The K x K critic matrix of K paired samples: entry (i, j) scores x_i with y_j; the diagonal holds the
     * joint pairs and every off-diagonal entry a product-of-marginals pair (Poole et al. 2019).
     *
     * @param scores a square matrix with K >= 2
     * @return the MATRIX layout
     */
    public static CriticScores square(INDArray scores) {
        requireMatrix(scores);
        if (scores.rows() != scores.columns() || scores.rows() < 2) {
            throw new IllegalArgumentException("need a square score matrix with at least 2 rows, got shape "
                    + Arrays.toString(scores.shape()));
        }
        return onePositivePerRow(scores, ScoreMasks.diagonal(scores.rows(), scores.dataType()));
    }

    /** @return the layout */
    public Layout layout() {
        return layout;
    }

    /** @return FLOAT or DOUBLE */
    public DataType dataType() {
        return positive.scores().dataType();
    }

    /** @return the number of positive score entries */
    public long positiveCount() {
        return positive.count();
    }

    /** @return the number of negative score entries */
    public long negativeCount() {
        return negative.count();
    }

    /** @return the score matrix (MATRIX layout) or the positive scores (PAIRS layout) */
    public INDArray positiveScores() {
        return positive.scores();
    }

    /** @return the score matrix (MATRIX layout) or the negative scores (PAIRS layout) */
    public INDArray negativeScores() {
        return negative.scores();
    }

    /** @return the positive mask (MATRIX layout) */
    public INDArray positiveMask() {
        return requireMask(positive);
    }

    /** @return the negative mask (MATRIX layout) */
    public INDArray negativeMask() {
        return requireMask(negative);
    }

    ScoreGroup positive() {
        return positive;
    }

    ScoreGroup negative() {
        return negative;
    }

    static void requireSupported(DataType type) {
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw new IllegalArgumentException("critic scores must be FLOAT or DOUBLE, got " + type);
        }
    }

    private INDArray requireMask(ScoreGroup group) {
        if (layout != Layout.MATRIX) {
            throw new IllegalStateException("masks exist only in the MATRIX layout; these scores are " + layout);
        }
        return group.mask();
    }

    /** @return whether the negative mask is exactly {@code 1 - positive mask} (MATRIX layout) */
    boolean masksComplementary() {
        return complementary;
    }

    private static CriticScores masked(INDArray scores, INDArray positiveMask, INDArray negativeMask,
                                       boolean complementary) {
        return new CriticScores(Layout.MATRIX,
                ScoreGroup.masked(scores, positiveMask, nonEmptyCount(positiveMask, "positive mask")),
                ScoreGroup.masked(scores, negativeMask, nonEmptyCount(negativeMask, "negative mask")), complementary);
    }

    /** Exactly one positive per row and every other entry negative; the counts follow from the shape. */
    private static CriticScores onePositivePerRow(INDArray scores, INDArray positiveMask) {
        long negatives = scores.length() - scores.rows();
        return new CriticScores(Layout.MATRIX, ScoreGroup.onePerRow(scores, positiveMask),
                ScoreGroup.masked(scores, ScoreMasks.complement(positiveMask), negatives), true);
    }

    private static long nonEmptyCount(INDArray mask, String what) {
        long count = Math.round(StableOps.sum(mask));
        if (count <= 0) {
            throw new IllegalArgumentException(what + " selects no entry");
        }
        return count;
    }

    private static void requireMatrix(INDArray scores) {
        Objects.requireNonNull(scores, "scores");
        requireSupported(scores.dataType());
        if (scores.rank() != 2) {
            throw new IllegalArgumentException("need a score matrix (rank 2), got shape "
                    + Arrays.toString(scores.shape()));
        }
    }

    private static void requireGraphMatrix(INDArray scores) {
        requireMatrix(scores);
        if (scores.columns() < 2) {
            throw new IllegalArgumentException("need at least 2 graphs (columns) so that every node has a negative, got "
                    + scores.columns());
        }
    }

    private static void requireRows(INDArray scores, long rows) {
        if (scores.rows() != rows) {
            throw new IllegalArgumentException("score matrix has " + scores.rows() + " rows but the graph index has "
                    + rows + " nodes");
        }
    }

    private static INDArray checkedMask(INDArray scores, INDArray mask, String what) {
        Objects.requireNonNull(mask, what);
        if (!Arrays.equals(mask.shape(), scores.shape())) {
            throw new IllegalArgumentException(what + " has shape " + Arrays.toString(mask.shape())
                    + " but the scores have shape " + Arrays.toString(scores.shape()));
        }
        INDArray typed = mask.dataType() == scores.dataType() ? mask : mask.castTo(scores.dataType());
        if (typed.mul(typed.sub(1.0)).amaxNumber().doubleValue() != 0.0) {
            throw new IllegalArgumentException(firstNonBinary(typed, what));
        }
        return typed;
    }

    private static String firstNonBinary(INDArray mask, String what) {
        double[] values = StableOps.toHost(mask);
        long columns = mask.columns();
        for (int k = 0; k < values.length; k++) {
            if (values[k] != 0.0 && values[k] != 1.0) {
                return what + " at row " + (k / columns) + ", column " + (k % columns) + " is " + values[k]
                        + "; masks must hold only 0 and 1";
            }
        }
        return what + " holds a value other than 0 and 1";
    }
}
