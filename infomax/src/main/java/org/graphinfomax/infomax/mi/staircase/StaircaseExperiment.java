package org.graphinfomax.infomax.mi.staircase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.graphinfomax.infomax.mi.critic.CriticTrainer;
import org.graphinfomax.infomax.mi.critic.MiTrajectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staircase experiment of Poole et al. 2019 ("On Variational Bounds of Mutual Information", Section 5,
 * Figure 2): one critic per estimator is trained on fresh correlated Gaussian batches
 * ({@link CorrelatedGaussian}) whose true mutual information steps up through the configured levels; the
 * estimate at every step shows how each bound tracks the truth, and the mean over the last steps of each level
 * is the figure compared with the truth.
 *
 * <p>Reproducibility: the staircase run of every estimator with a given critic type starts from the same
 * initial critic and sees the same batches (one seed per critic type, derived from the configured seed), so
 * estimators are compared on common random numbers; the rho = 0 run uses another derived seed.
 */
public final class StaircaseExperiment {

    private static final Logger LOG = LoggerFactory.getLogger(StaircaseExperiment.class);

    private final StaircaseConfig config;

    /** @param config the settings */
    public StaircaseExperiment(StaircaseConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** @return every configured critic type with every configured estimator, one after the other */
    public StaircaseResult run() {
        return run(1);
    }

    /**
     * Runs every configured critic type with every configured estimator on up to {@code threads} threads. The
     * runs are independent (each has its own critic, optimiser, generator and workspace), so the result does
     * not depend on the number of threads.
     *
     * @param threads number of runs in parallel, at least 1
     * @return the runs, critic types outermost, in the configured orders
     * @throws IllegalStateException if a run fails
     */
    public StaircaseResult run(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        List<Callable<StaircaseRun>> tasks = new ArrayList<>();
        for (CriticType critic : config.critics()) {
            for (StaircaseEstimator estimator : config.estimators()) {
                tasks.add(() -> run(critic, estimator));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()));
        try {
            List<StaircaseRun> runs = new ArrayList<>();
            for (Future<StaircaseRun> future : pool.invokeAll(tasks)) {
                runs.add(future.get());
            }
            return new StaircaseResult(config, runs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the staircase", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a staircase run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param critic    the critic type
     * @param estimator the estimator
     * @return the staircase (and the rho = 0 run, if configured) of that combination
     */
    public StaircaseRun run(CriticType critic, StaircaseEstimator estimator) {
        double[] levels = config.levels();
        List<MiTrajectory> parts = new ArrayList<>();
        double[] means = new double[levels.length];
        try (CriticTrainer trainer = trainer(critic, estimator, 0)) {
            for (int level = 0; level < levels.length; level++) {
                CorrelatedGaussian data = CorrelatedGaussian.withMutualInformation(config.dimension(), levels[level]);
                MiTrajectory part = trainer.train(data, config.stepsPerLevel());
                means[level] = part.meanOfLast(config.averageWindow());
                parts.add(part);
                LOG.info("{} critic, {}: true MI {} nats, mean of the last {} estimates {} ({} ms per 1000 steps)",
                        critic.label(), estimator.label(), levels[level], config.averageWindow(),
                        String.format(java.util.Locale.ROOT, "%.3f", means[level]),
                        String.format(java.util.Locale.ROOT, "%.0f", part.millisPerThousandSteps()));
            }
        }
        MiTrajectory independent = null;
        double independentMean = Double.NaN;
        if (config.independentSteps() > 0) {
            try (CriticTrainer trainer = trainer(critic, estimator, 1)) {
                independent = trainer.train(new CorrelatedGaussian(config.dimension(), 0.0), config.independentSteps());
                independentMean = independent.meanOfLast(config.averageWindow());
                LOG.info("{} critic, {}: rho = 0, mean of the last {} estimates {}", critic.label(), estimator.label(),
                        config.averageWindow(), String.format(java.util.Locale.ROOT, "%.3f", independentMean));
            }
        }
        MiTrajectory staircase = parts.isEmpty() ? new MiTrajectory(0, new double[0], new double[0], 0)
                : MiTrajectory.concat(parts);
        return new StaircaseRun(critic, estimator, staircase, means, independent, independentMean);
    }

    private CriticTrainer trainer(CriticType critic, StaircaseEstimator estimator, int part) {
        SplittableRandom seeds = new SplittableRandom(config.seed());
        long seed = 0;
        for (int i = 0; i <= 2 * critic.ordinal() + part; i++) {
            seed = seeds.nextLong();
        }
        return CriticTrainer.builder(critic.create(config.dimension(), config.hiddenSizes(), config.embeddingSize()),
                        estimator.create())
                .batchSize(config.batchSize()).learningRate(config.learningRate()).seed(seed).build();
    }
}
