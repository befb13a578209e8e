package org.graphinfomax.infomax.infograph;

import java.util.List;
import org.graphinfomax.infomax.mi.CriticScores;
import org.graphinfomax.infomax.mi.MiEstimate;
import org.graphinfomax.infomax.mi.MiEstimator;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GraphContext;
import org.graphinfomax.layers.Mlp;
import org.graphinfomax.layers.ParameterSpec;
import org.graphinfomax.layers.ParameterViews;
import org.graphinfomax.layers.Parameterized;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The prior-matching term of Deep InfoMax and InfoGraph (Hjelm et al. 2019; Sun et al. 2020): a
 * discriminator D (Linear-ReLU-Linear-ReLU-Linear to one logit, the reference's
 * {@code PriorDiscriminator}) tells samples of a uniform prior on [0, 1)^d from the graph
 * embeddings y, with the loss
 * {@code gamma · (-mean log D(prior) - mean log(1 - D(y)))}, which is gamma times the GAN measure's
 * loss with the prior samples as positives and the embeddings as negatives (computed in the stable
 * softplus form by the MI estimator family).
 *
 * <p>The game is adversarial: D descends this loss, the encoder ascends it (its gradient is
 * negated), so the embeddings are pushed towards the prior. The reference code minimises the sum
 * of all terms with one optimiser, which would make the encoder help the discriminator instead;
 * here the two players are kept apart as in Deep InfoMax's formulation.
 */
public final class PriorDiscriminator implements Parameterized {

    private final int inputSize;
    private final Mlp network;
    private final MiEstimator gan = MiEstimators.measure(NamedMeasure.GAN);

    /** @param inputSize width of the embeddings it judges */
    public PriorDiscriminator(int inputSize) {
        this.inputSize = inputSize;
        this.network = Mlp.of(inputSize, inputSize, inputSize, 1);
    }

    /** Input width. */
    public int inputSize() {
        return inputSize;
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        return network.parameterSpecs();
    }

    @Override
    public void bind(ParameterViews views) {
        network.bind(views);
    }

    /**
     * The loss and, when asked, the gradients.
     *
     * @param loss {@code gamma} times the discriminator's cross-entropy
     * @param encoderGradient the gradient the ENCODER should follow for the embeddings (already
     *     negated: the encoder maximises the loss), or null without backprop
     */
    public record Result(double loss, INDArray encoderGradient) {
    }

    /**
     * Evaluates the term on a batch of embeddings; with backprop, accumulates the discriminator's
     * parameter gradients (of {@code loss}) into its store.
     *
     * @param embeddings (G x inputSize) graph embeddings, not modified
     * @param weight gamma
     * @param mode training mode; the prior samples are drawn from its generator
     * @param backprop whether to back-propagate
     */
    public Result apply(INDArray embeddings, double weight, ForwardMode mode, boolean backprop) {
        if (embeddings.rank() != 2 || embeddings.columns() != inputSize) {
            throw new IllegalArgumentException(this + " expects (graphs x " + inputSize + ") embeddings, got shape "
                    + java.util.Arrays.toString(embeddings.shape()));
        }
        INDArray prior = Nd4j.rand(Nd4j.createUninitialized(embeddings.dataType(), embeddings.shape()), mode.rng());
        Forward onPrior = network.forward(prior, null, mode);
        Forward onEmbeddings = network.forward(embeddings, null, mode);
        CriticScores scores = CriticScores.pairs(onPrior.output(), onEmbeddings.output());
        if (!backprop) {
            return new Result(weight * gan.evaluate(scores).loss(), null);
        }
        MiEstimate estimate = gan.estimate(scores);
        onPrior.backward(estimate.positiveGradient().muli(weight));
        INDArray gradEmbeddings = onEmbeddings.backward(estimate.negativeGradient().muli(weight));
        return new Result(weight * estimate.loss(), gradEmbeddings.negi());
    }

    @Override
    public String toString() {
        return "PriorDiscriminator[" + inputSize + " -> " + inputSize + " -> " + inputSize + " -> 1]";
    }
}
