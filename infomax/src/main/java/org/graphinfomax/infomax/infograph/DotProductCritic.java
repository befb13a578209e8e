package org.graphinfomax.infomax.infograph;

import java.util.Arrays;
import java.util.Objects;
import org.graphinfomax.infomax.mi.BoundValue;
import org.graphinfomax.infomax.mi.CriticScores;
import org.graphinfomax.infomax.mi.MiEstimate;
import org.graphinfomax.infomax.mi.MiEstimator;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * InfoGraph's critic: the score of a pair is the dot product of its two projected embeddings, and
 * every pair of the mini-batch is scored at once as one matrix product {@code S = A·B^T}. The
 * scores are split into positive and negative samples by {@link CriticScores} (whose masks weigh
 * the expectations, so masked-out scores never enter a non-linearity) and turned into a loss by an
 * {@link MiEstimator} of the MI family.
 *
 * <ul>
 *   <li>{@link #localGlobal}: A = projected node embeddings (N x d), B = projected graph
 *       embeddings (G x d); positive = a node with its own graph, negative = a node with each other
 *       graph of the batch (InfoGraph's local-global objective, batch-wise negatives).</li>
 *   <li>{@link #globalGlobal}: A and B = two embeddings of the same G graphs; positive = the two
 *       embeddings of one graph (the diagonal), negative = embeddings of different graphs
 *       (InfoGraph*'s term between the supervised and the unsupervised encoder).</li>
 * </ul>
 * Backward of {@code S = A·B^T}: {@code dA = dS·B}, {@code dB = dS^T·A}.
 */
public final class DotProductCritic {

    private final MiEstimator estimator;
    private final boolean fusedJsd;

    /** @param estimator the bound that turns scores into a loss (InfoGraph: the JSD measure) */
    public DotProductCritic(MiEstimator estimator) {
        this(estimator, false);
    }

    private DotProductCritic(MiEstimator estimator, boolean fusedJsd) {
        this.estimator = Objects.requireNonNull(estimator, "estimator");
        this.fusedJsd = fusedJsd;
    }

    /**
     * The critic with the named measure's estimator. For JSD (InfoGraph's default) the bound and its
     * gradient are computed by a fused path without masks, which gives the general estimator's figures
     * in fewer whole-matrix passes.
     */
    public static DotProductCritic forMeasure(NamedMeasure measure) {
        return new DotProductCritic(MiEstimators.measure(measure), measure == NamedMeasure.JSD);
    }

    /** The estimator. */
    public MiEstimator estimator() {
        return estimator;
    }

    /**
     * The loss of a critic pass and its gradients with respect to both inputs.
     *
     * @param loss the training loss (minus the bound)
     * @param value the bound, in nats
     * @param gradFirst d loss / d A (same shape as A), or null if only evaluated
     * @param gradSecond d loss / d B (same shape as B), or null if only evaluated
     */
    public record Result(double loss, double value, INDArray gradFirst, INDArray gradSecond) {
    }

    /**
     * Scores every node against every graph of a batch.
     *
     * @param nodes (N x d) projected node embeddings
     * @param graphs (G x d) projected graph embeddings, G at least 2
     * @param graphIndex the graph of every node, an integer vector of length N with values in [0, G)
     * @param withGradients whether to compute the gradients (two extra matrix products)
     * @throws IllegalArgumentException if the shapes disagree or there is only one graph
     */
    public Result localGlobal(INDArray nodes, INDArray graphs, INDArray graphIndex, boolean withGradients) {
        requirePair(nodes, graphs);
        INDArray scores = Nd4j.gemm(nodes, graphs, false, true);
        if (fusedJsd) {
            if (graphs.rows() < 2) {
                throw new IllegalArgumentException("need at least 2 graphs (columns) so that every node has a negative, "
                        + "got " + graphs.rows());
            }
            return fused(scores, graphIndex.toIntVector(), nodes, graphs, withGradients);
        }
        return run(CriticScores.byGraph(scores, graphIndex), nodes, graphs, withGradients);
    }

    /**
     * Scores every graph's first embedding against every graph's second embedding.
     *
     * @param first (G x d) embeddings from one view
     * @param second (G x d) embeddings of the same graphs, in the same order, from the other view
     * @param withGradients whether to compute the gradients
     * @throws IllegalArgumentException if the shapes differ or there are fewer than 2 graphs
     */
    public Result globalGlobal(INDArray first, INDArray second, boolean withGradients) {
        requirePair(first, second);
        if (first.rows() != second.rows()) {
            throw new IllegalArgumentException("global-global scores need the same graphs on both sides, got "
                    + first.rows() + " and " + second.rows() + " rows");
        }
        INDArray scores = Nd4j.gemm(first, second, false, true);
        if (fusedJsd) {
            if (first.rows() < 2) {
                throw new IllegalArgumentException("need a square score matrix with at least 2 rows, got "
                        + first.rows());
            }
            return fused(scores, java.util.stream.IntStream.range(0, (int) first.rows()).toArray(), first, second,
                    withGradients);
        }
        return run(CriticScores.square(scores), first, second, withGradients);
    }

    private static Result fused(INDArray scores, int[] positiveColumn, INDArray a, INDArray b, boolean withGradients) {
        FusedJsdScores.Result r = FusedJsdScores.evaluate(scores, positiveColumn, withGradients);
        if (!withGradients) {
            return new Result(r.loss(), r.value(), null, null);
        }
        // the score gradient is r.scale() x r.gradient(); the scale enters the products as alpha
        INDArray gradA = Nd4j.createUninitialized(a.dataType(), a.shape());
        INDArray gradB = Nd4j.createUninitialized(b.dataType(), b.shape());
        Nd4j.gemm(r.gradient(), b, gradA, false, false, r.scale(), 0.0);
        Nd4j.gemm(r.gradient(), a, gradB, true, false, r.scale(), 0.0);
        return new Result(r.loss(), r.value(), gradA, gradB);
    }

    private Result run(CriticScores scores, INDArray a, INDArray b, boolean withGradients) {
        if (!withGradients) {
            BoundValue bound = estimator.evaluate(scores);
            return new Result(bound.loss(), bound.value(), null, null);
        }
        MiEstimate estimate = estimator.estimate(scores);
        INDArray gradScores = estimate.gradient();
        INDArray gradA = Nd4j.gemm(gradScores, b, false, false);
        INDArray gradB = Nd4j.gemm(gradScores, a, true, false);
        return new Result(estimate.loss(), estimate.value(), gradA, gradB);
    }

    private static void requirePair(INDArray a, INDArray b) {
        Objects.requireNonNull(a, "first embeddings");
        Objects.requireNonNull(b, "second embeddings");
        if (a.rank() != 2 || b.rank() != 2 || a.columns() != b.columns()) {
            throw new IllegalArgumentException("the critic needs two 2-D embedding arrays of the same width, got "
                    + Arrays.toString(a.shape()) + " and " + Arrays.toString(b.shape()));
        }
        if (a.dataType() != b.dataType()) {
            throw new IllegalArgumentException("embeddings of different types: " + a.dataType() + " and " + b.dataType());
        }
    }

    @Override
    public String toString() {
        return "DotProductCritic[" + estimator.name() + "]";
    }
}
