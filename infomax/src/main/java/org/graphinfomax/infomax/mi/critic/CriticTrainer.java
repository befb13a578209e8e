package org.graphinfomax.infomax.mi.critic;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.graphinfomax.infomax.mi.BoundValue;
import org.graphinfomax.infomax.mi.CriticScores;
import org.graphinfomax.infomax.mi.MiEstimate;
import org.graphinfomax.infomax.mi.MiEstimator;
import org.graphinfomax.infomax.training.StepWorkspace;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.Optimizer;
import org.graphinfomax.layers.ParameterStore;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Estimates the mutual information of paired vectors by training a {@link Critic} to maximise a bound
 * ({@link MiEstimator}) on batches of K pairs, recording the bound's value at every step: the vector MI
 * estimation of Poole et al. 2019. One step draws a batch, scores all K x K pairs, evaluates the bound with
 * the diagonal as joint pairs ({@link CriticScores#square(INDArray)}), back-propagates and takes one
 * optimiser step, all inside an ND4J workspace ({@link StepWorkspace}).
 *
 * <p>A trainer owns the critic's {@link ParameterStore} (initialised from the seed), the optimiser (Adam by
 * default, stepped by {@link Optimizer#fusedAdam}) and the sampling generator (also derived from the seed),
 * so a seed reproduces a run. Successive {@link #train} calls continue the same run. Use one trainer per
 * thread and close it when done (it frees the workspace of the calling thread).
 */
public final class CriticTrainer implements AutoCloseable {

    private static final AtomicInteger WORKSPACE_IDS = new AtomicInteger();

    private final Critic critic;
    private final MiEstimator estimator;
    private final int batchSize;
    private final ParameterStore store;
    private final Optimizer optimizer;
    private final Random sampling;
    private final ForwardMode mode;
    private final StepWorkspace workspace;
    private int stepsTaken;
    private double lastLoss;

    private CriticTrainer(Builder b) {
        this.critic = b.critic;
        this.estimator = b.estimator;
        this.batchSize = b.batchSize;
        SplittableRandom seeds = new SplittableRandom(b.seed);
        this.store = ParameterStore.of(b.dataType, seeds.nextLong(), critic);
        this.optimizer = b.updater.getClass() == Adam.class ? Optimizer.fusedAdam((Adam) b.updater)
                : new Optimizer(b.updater);
        this.sampling = Nd4j.getRandomFactory().getNewRandomInstance(seeds.nextLong());
        this.mode = ForwardMode.training(seeds.nextLong());
        this.workspace = new StepWorkspace("critic-trainer-" + WORKSPACE_IDS.incrementAndGet());
    }

    /**
     * @param critic    the critic to train; it is bound to a new parameter store
     * @param estimator the bound to maximise (stateful ones, such as MINE, must not be shared between trainers)
     * @return a builder with batch size 64, Adam with learning rate 5e-4, seed 0 and FLOAT parameters
     */
    public static Builder builder(Critic critic, MiEstimator estimator) {
        return new Builder(critic, estimator);
    }

    /**
     * Trains for {@code steps} steps on batches drawn from {@code sampler}.
     *
     * @param sampler where the batches come from
     * @param steps   number of steps, at least 0
     * @return the estimate and loss of every step (measured before that step's update) and the time taken
     */
    public MiTrajectory train(PairSampler sampler, int steps) {
        Objects.requireNonNull(sampler, "sampler");
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be at least 0, got " + steps);
        }
        int first = stepsTaken;
        double[] estimates = new double[steps];
        double[] losses = new double[steps];
        long start = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            estimates[s] = workspace.run(() -> update(sampler.sample(batchSize, store.dataType(), sampling)));
            losses[s] = lastLoss;
        }
        return new MiTrajectory(first, estimates, losses, System.nanoTime() - start);
    }

    /**
     * One training step on the given batch (of any size K >= 2).
     *
     * @param batch K pairs of the parameter store's data type
     * @return the bound's value on the batch before the update
     */
    public double step(PairedBatch batch) {
        Objects.requireNonNull(batch, "batch");
        return workspace.run(() -> update(batch));
    }

    /**
     * Evaluates the bound on a batch without training (the estimator's state, e.g. MINE's average, is left alone).
     *
     * @param batch K >= 2 pairs of the parameter store's data type
     * @return the bound's value and terms
     */
    public BoundValue evaluate(PairedBatch batch) {
        Objects.requireNonNull(batch, "batch");
        BoundValue[] result = new BoundValue[1];
        workspace.run(() -> {
            CriticForward pass = critic.forward(batch.x(), batch.y(), ForwardMode.inference());
            result[0] = estimator.evaluate(CriticScores.square(pass.scores()));
            return result[0].value();
        });
        return result[0];
    }

    private double update(PairedBatch batch) {
        store.zeroGradients();
        CriticForward pass = critic.forward(batch.x(), batch.y(), mode);
        MiEstimate estimate = estimator.estimate(CriticScores.square(pass.scores()));
        pass.backward(estimate.gradient());
        optimizer.step(store);
        stepsTaken++;
        lastLoss = estimate.loss();
        return estimate.value();
    }

    /** @return the critic */
    public Critic critic() {
        return critic;
    }

    /** @return the estimator */
    public MiEstimator estimator() {
        return estimator;
    }

    /** @return the critic's parameters */
    public ParameterStore parameters() {
        return store;
    }

    /** @return the number of steps taken so far */
    public int stepsTaken() {
        return stepsTaken;
    }

    /** @return K */
    public int batchSize() {
        return batchSize;
    }

    /** Frees the step workspace of the calling thread. */
    @Override
    public void close() {
        workspace.release();
    }

    /** Settings of a {@link CriticTrainer}. */
    public static final class Builder {
        private final Critic critic;
        private final MiEstimator estimator;
        private int batchSize = 64;
        private IUpdater updater = new Adam(5e-4);
        private long seed;
        private DataType dataType = DataType.FLOAT;

        private Builder(Critic critic, MiEstimator estimator) {
            this.critic = Objects.requireNonNull(critic, "critic");
            this.estimator = Objects.requireNonNull(estimator, "estimator");
        }

        /**
         * @param value K, the number of pairs per step, at least 2
         * @return this builder
         */
        public Builder batchSize(int value) {
            if (value < 2) {
                throw new IllegalArgumentException("batch size must be at least 2 (one joint and one marginal pair), got "
                        + value);
            }
            batchSize = value;
            return this;
        }

        /**
         * @param value Adam's learning rate, positive
         * @return this builder
         */
        public Builder learningRate(double value) {
            if (!(value > 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("learning rate must be positive and finite, got " + value);
            }
            updater = new Adam(value);
            return this;
        }

        /**
         * @param value any ND4J updater configuration (replaces Adam)
         * @return this builder
         */
        public Builder updater(IUpdater value) {
            updater = Objects.requireNonNull(value, "updater");
            return this;
        }

        /**
         * @param value seed of the parameter initialisation and of the sampling generator
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * @param value FLOAT (training) or DOUBLE (checks)
         * @return this builder
         */
        public Builder dataType(DataType value) {
            dataType = Objects.requireNonNull(value, "dataType");
            return this;
        }

        /** @return the trainer, with freshly initialised parameters */
        public CriticTrainer build() {
            return new CriticTrainer(this);
        }
    }
}
