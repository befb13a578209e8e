package org.graphinfomax.infomax.dgi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.io.GraphFormatException;
import org.graphinfomax.infomax.io.ModelFile;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.EarlyStopping;
import org.graphinfomax.infomax.training.EpochStats;
import org.graphinfomax.infomax.training.SettingChecks;
import org.graphinfomax.infomax.training.StepWorkspace;
import org.graphinfomax.infomax.training.TrainingDivergedException;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.graphinfomax.infomax.training.TrainingListener;
import org.graphinfomax.infomax.training.TrainingSettingsBuilder;
import org.graphinfomax.layers.Activation;
import org.graphinfomax.layers.Encoder;
import org.graphinfomax.layers.EncoderForward;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GcnEncoder;
import org.graphinfomax.layers.GraphContext;
import org.graphinfomax.layers.Optimizer;
import org.graphinfomax.layers.ParameterStore;
import org.graphinfomax.layers.Readout;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deep Graph Infomax (Veličković et al., ICLR 2019): unsupervised node embeddings that maximise
 * the mutual information between each node's embedding and a summary of the whole graph.
 *
 * <p>The model is made of pluggable parts, like PyTorch Geometric's {@code DeepGraphInfomax}: an
 * {@link Encoder} (default: one GCN layer of 512 units with a shared PReLU), a {@link Readout}
 * that summarises the node embeddings (default: sigmoid of the mean), a {@link Corruption}
 * (default: shuffling the feature rows) and a {@link Discriminator} (default: bilinear), trained
 * with a {@link DgiObjective} (default: binary cross-entropy; any estimator of the MI family can
 * replace it). Training is full-batch Adam with early stopping on the training loss, restoring the
 * best epoch's weights; every step runs inside an ND4J workspace.
 *
 * <pre>{@code
 * DeepGraphInfomax dgi = DeepGraphInfomax.builder(graph.numFeatures()).seed(1).build();
 * TrainingHistory history = dgi.fit(graph, stats -> System.out.println(stats));
 * INDArray embeddings = dgi.embed(graph);       // N x 512
 * dgi.save(Path.of("cora.dgi"));
 * }</pre>
 *
 * <p>With the default corruption and a {@link GcnEncoder}, the corrupted branch reuses the clean
 * branch's product X·W (since (P·X)·W = P·(X·W)). Instances are not thread-safe.
 */
public final class DeepGraphInfomax {

    /** The model type written into model files. */
    public static final String MODEL_TYPE = "DeepGraphInfomax";

    private static final Logger LOG = LoggerFactory.getLogger(DeepGraphInfomax.class);

    private final DgiConfig config;
    private final Encoder encoder;
    private final Readout readout;
    private final Corruption corruption;
    private final Discriminator discriminator;
    private final DgiObjective objective;
    private final boolean builtIn;
    private final ParameterStore store;
    private final Optimizer optimizer;
    private final StepWorkspace workspace = new StepWorkspace("dgi-step-" + System.identityHashCode(this), 0);
    private DgiDiagnostics diagnostics;

    private DeepGraphInfomax(Builder b) {
        this.config = b.config();
        this.encoder = b.encoder != null ? b.encoder : GcnEncoder.builder(config.inputSize())
                .hiddenSizes(config.hiddenSizes()).activation(config.activation()).build();
        if (encoder.inputSize() != config.inputSize()) {
            throw new IllegalArgumentException("the encoder takes " + encoder.inputSize() + " features, the model "
                    + config.inputSize());
        }
        this.readout = b.readout != null ? b.readout : Readout.sigmoidMean();
        this.corruption = b.corruption != null ? b.corruption : Corruption.rowShuffle();
        this.discriminator = b.discriminator != null ? b.discriminator
                : Discriminator.bilinear(encoder.nodeEmbeddingSize());
        this.objective = b.objective != null ? b.objective : objectiveNamed(config.objective());
        this.builtIn = b.encoder == null && b.readout == null && b.corruption == null && b.discriminator == null
                && b.objective == null;
        this.store = ParameterStore.builder(config.dataType()).add("encoder", encoder)
                .add("discriminator", discriminator).build(config.seed());
        // The fused Java loop: the 734k parameters of the default Cora model step in ~2.5 ms instead of ~11 ms.
        this.optimizer = Optimizer.fusedAdam(Adam.builder().learningRate(config.learningRate()).build(), config.weightDecay());
    }

    /** A builder with the paper's settings for node features of width {@code inputSize}. */
    public static Builder builder(int inputSize) {
        return new Builder(inputSize);
    }

    private static DgiObjective objectiveNamed(String name) {
        return name.equalsIgnoreCase("BCE") ? DgiObjective.binaryCrossEntropy()
                : DgiObjective.of(MiEstimators.measure(NamedMeasure.byName(name)));
    }

    /** The configuration (hyperparameters of the built-in parts and of training). */
    public DgiConfig config() {
        return config;
    }

    /** The encoder. */
    public Encoder encoder() {
        return encoder;
    }

    /** The parameters of encoder and discriminator. */
    public ParameterStore parameters() {
        return store;
    }

    /** Diagnostics of the last {@link #fit} (null before any). */
    public DgiDiagnostics diagnostics() {
        return diagnostics;
    }

    // ------------------------------------------------------------------------------------------
    // Training

    /**
     * Trains on one graph: full-batch Adam until the loss has not improved for
     * {@code patience} epochs (or {@code maxEpochs} have run); the weights of the epoch with the
     * lowest loss are kept.
     *
     * @param graph a graph with node features of the configured width
     * @param listeners receive each epoch's loss and time
     * @return the losses and timings of every epoch
     * @throws IllegalArgumentException if the graph has no nodes, no features or the wrong
     *     number of features
     * @throws TrainingDivergedException if the loss becomes NaN or infinite (the best weights so
     *     far are kept)
     */
    public TrainingHistory fit(Graph graph, TrainingListener... listeners) {
        NodeFeatures features = requireCompatible(graph);
        GraphContext ctx = GraphContext.of(graph);
        Random rng = new Random(config.seed());
        EarlyStopping stopping = new EarlyStopping(config.patience());
        INDArray best = outsideWorkspace(() -> store.params().dup());
        List<EpochStats> epochs = new ArrayList<>();
        for (TrainingListener l : listeners) {
            l.onStart(config.maxEpochs());
        }
        TrainingHistory.StopReason reason = TrainingHistory.StopReason.MAX_EPOCHS;
        try {
            for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
                long start = System.nanoTime();
                ForwardMode mode = ForwardMode.training(rng.nextLong());
                double loss = workspace.run(() -> lossAndGradients(features, ctx, rng, mode));
                if (!Double.isFinite(loss)) {
                    store.params().assign(best);
                    throw new TrainingDivergedException(epoch, loss, stopping.bestEpoch());
                }
                // As the reference: the weights that produced the best loss are kept (before their update).
                boolean improved = stopping.record(epoch, loss);
                if (improved) {
                    best.assign(store.params());
                }
                boolean stop = stopping.shouldStop();
                if (!stop) {
                    workspace.run(() -> {
                        optimizer.step(store);
                        return 0;
                    });
                }
                EpochStats stats = new EpochStats(epoch, loss, (System.nanoTime() - start) / 1e9);
                epochs.add(stats);
                for (TrainingListener l : listeners) {
                    l.onEpoch(stats);
                }
                if (stop) {
                    reason = TrainingHistory.StopReason.EARLY_STOPPING;
                    break;
                }
            }
        } finally {
            workspace.release();
        }
        store.params().assign(best);
        TrainingHistory history = new TrainingHistory(epochs, stopping.bestEpoch(), reason);
        INDArray summary = summary(graph);
        diagnostics = new DgiDiagnostics(history.epochCount(), history.bestEpoch(), history.bestLoss(),
                summary.meanNumber().doubleValue(), summary.stdNumber().doubleValue());
        LOG.info("DGI trained: {}", diagnostics);
        for (TrainingListener l : listeners) {
            l.onFinish(history);
        }
        return history;
    }

    /**
     * The forward and backward pass of one training step: leaves the gradients in the store and
     * returns the loss. Runs inside the step workspace.
     */
    private double lossAndGradients(NodeFeatures features, GraphContext ctx, Random rng, ForwardMode mode) {
        store.zeroGradients();
        INDArray clean;
        INDArray corrupted;
        PairBackward encoderBackward;
        if (encoder instanceof GcnEncoder gcn && corruption instanceof RowShuffle shuffle) {
            GcnEncoder.PairForward pair = gcn.forwardPair(features, shuffle.permutation(features.numRows(), rng), ctx, mode);
            clean = pair.clean();
            corrupted = pair.corrupted();
            encoderBackward = pair::backward;
        } else {
            EncoderForward cleanPass = encoder.encode(features, ctx, mode);
            EncoderForward corruptedPass = encoder.encode(corruption.corrupt(features, rng), ctx, mode);
            clean = cleanPass.nodeEmbeddings();
            corrupted = corruptedPass.nodeEmbeddings();
            encoderBackward = (gClean, gCorrupted) -> {
                cleanPass.backward(gClean, null);
                corruptedPass.backward(gCorrupted, null);
            };
        }
        Forward summaryPass = readout.pool(clean, ctx);
        Discriminator.Scores scores = discriminator.score(clean, corrupted, summaryPass.output());
        DgiObjective.Loss loss = objective.evaluate(scores.positive(), scores.negative());
        Discriminator.InputGradients grads = scores.backward(loss.gradPositive(), loss.gradNegative());
        INDArray gradClean = grads.clean();
        summaryPass.backwardAccumulate(grads.summary(), gradClean);
        encoderBackward.run(gradClean, grads.corrupted());
        return loss.value();
    }

    /**
     * The training loss for a fixed corruption, leaving its gradients in {@link #parameters()}: the
     * deterministic function that gradient checks probe.
     */
    double trainingLoss(Graph graph, long corruptionSeed) {
        return lossAndGradients(requireCompatible(graph), GraphContext.of(graph), new Random(corruptionSeed),
                ForwardMode.training(corruptionSeed));
    }

    /** The joint backward of the two encoder passes. */
    @FunctionalInterface
    private interface PairBackward {
        void run(INDArray gradClean, INDArray gradCorrupted);
    }

    // ------------------------------------------------------------------------------------------
    // Inference

    /**
     * Node embeddings of a graph (the training graph or any graph with the same feature space):
     * the encoder's output in inference mode.
     *
     * @return (nodes x embedding width), of the model's data type
     * @throws IllegalArgumentException if the graph has no nodes, no features or the wrong
     *     number of features
     */
    public INDArray embed(Graph graph) {
        NodeFeatures features = requireCompatible(graph);
        return outsideWorkspace(() -> encoder.encode(features, GraphContext.of(graph), ForwardMode.inference())
                .nodeEmbeddings());
    }

    /** The summary vector of a graph, (1 x embedding width). */
    public INDArray summary(Graph graph) {
        NodeFeatures features = requireCompatible(graph);
        GraphContext ctx = GraphContext.of(graph);
        return outsideWorkspace(() -> readout.pool(encoder.encode(features, ctx, ForwardMode.inference())
                .nodeEmbeddings(), ctx).output());
    }

    private NodeFeatures requireCompatible(Graph graph) {
        Objects.requireNonNull(graph, "graph");
        if (graph.numNodes() == 0) {
            throw new IllegalArgumentException("the graph is empty: DGI needs at least one node");
        }
        NodeFeatures features = graph.features().orElseThrow(() -> new IllegalArgumentException(
                "the graph has no node features; DGI needs " + config.inputSize() + " features per node"));
        if (features.numFeatures() != config.inputSize()) {
            throw new IllegalArgumentException("the graph has " + features.numFeatures()
                    + " features per node, but this model was built for " + config.inputSize());
        }
        return features;
    }

    private static INDArray outsideWorkspace(java.util.function.Supplier<INDArray> computation) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return computation.get();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Persistence

    /**
     * Writes the configuration and trained parameters to a model file (atomically).
     *
     * @throws IllegalStateException if the model uses custom parts, which a file cannot rebuild
     */
    public void save(Path file) throws IOException {
        if (!builtIn) {
            throw new IllegalStateException("a DGI model with custom parts cannot be saved; save "
                    + "parameters() yourself with ModelFile");
        }
        ModelFile.save(file, MODEL_TYPE, config.toJson(), store);
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws GraphFormatException if the file is not a DGI model file or is damaged
     */
    public static DeepGraphInfomax load(Path file) throws IOException {
        ModelFile.Contents contents = ModelFile.read(file).requireType(MODEL_TYPE);
        DgiConfig config;
        try {
            config = DgiConfig.fromJson(contents.config());
        } catch (RuntimeException e) {
            throw new GraphFormatException(file.toString(), 0, "damaged DGI configuration: " + e.getMessage(), e);
        }
        DeepGraphInfomax model = new Builder(config).build();
        contents.restoreInto(model.store);
        return model;
    }

    @Override
    public String toString() {
        return "DeepGraphInfomax[" + encoder + ", " + readout + ", " + corruption + ", " + discriminator + ", "
                + objective + "]";
    }

    // ------------------------------------------------------------------------------------------

    /**
     * Settings and parts of a {@link DeepGraphInfomax}; the defaults are the paper's: learning
     * rate 0.001, seed 0 and FLOAT besides those given at each setter.
     */
    public static final class Builder extends TrainingSettingsBuilder<Builder> {
        private final int inputSize;
        private int[] hiddenSizes = {512};
        private Activation activation = Activation.PRELU;
        private String objectiveName = "BCE";
        private double weightDecay;
        private int maxEpochs = 10_000;
        private int patience = 20;
        private Encoder encoder;
        private Readout readout;
        private Corruption corruption;
        private Discriminator discriminator;
        private DgiObjective objective;

        private Builder(int inputSize) {
            super(0.001);
            this.inputSize = SettingChecks.positive(inputSize, "input size");
        }

        private Builder(DgiConfig c) {
            this(c.inputSize());
            hiddenSizes = c.hiddenSizes();
            activation = c.activation();
            objectiveName = c.objective();
            learningRate(c.learningRate());
            weightDecay = c.weightDecay();
            maxEpochs = c.maxEpochs();
            patience = c.patience();
            seed(c.seed());
            dataType(c.dataType());
        }

        /** Sizes of the default GCN encoder's layers (default {512}; the paper uses 256 on Pubmed). */
        public Builder hiddenSizes(int... sizes) {
            this.hiddenSizes = sizes.clone();
            return this;
        }

        /** Activation of the default encoder (default a shared PReLU). */
        public Builder activation(Activation value) {
            this.activation = Objects.requireNonNull(value, "activation");
            return this;
        }

        /** A measure of the MI family instead of binary cross-entropy (e.g. JSD, DV, NWJ-style KL). */
        public Builder objective(NamedMeasure measure) {
            this.objectiveName = measure.name();
            return this;
        }

        /** L2 weight decay (default 0). */
        public Builder weightDecay(double value) {
            this.weightDecay = value;
            return this;
        }

        /** Upper limit of epochs (default 10,000; early stopping usually ends training first). */
        public Builder maxEpochs(int value) {
            this.maxEpochs = value;
            return this;
        }

        /** Epochs without improvement of the training loss before stopping (default 20). */
        public Builder patience(int value) {
            this.patience = value;
            return this;
        }

        /** A custom encoder (the model then cannot be saved to a file). */
        public Builder encoder(Encoder value) {
            this.encoder = Objects.requireNonNull(value, "encoder");
            return this;
        }

        /** A custom summary readout (default sigmoid of the mean). */
        public Builder readout(Readout value) {
            this.readout = Objects.requireNonNull(value, "readout");
            return this;
        }

        /** A custom corruption (default row shuffle). */
        public Builder corruption(Corruption value) {
            this.corruption = Objects.requireNonNull(value, "corruption");
            return this;
        }

        /** A custom discriminator (default bilinear). */
        public Builder discriminator(Discriminator value) {
            this.discriminator = Objects.requireNonNull(value, "discriminator");
            return this;
        }

        /** A custom objective over the discriminator's scores. */
        public Builder objective(DgiObjective value) {
            this.objective = Objects.requireNonNull(value, "objective");
            return this;
        }

        DgiConfig config() {
            return new DgiConfig(inputSize, hiddenSizes, activation, objectiveName, learningRate, weightDecay,
                    maxEpochs, patience, seed, dataType);
        }

        /**
         * The model, with freshly initialised parameters.
         *
         * @throws IllegalArgumentException if a setting is out of range
         */
        public DeepGraphInfomax build() {
            return new DeepGraphInfomax(this);
        }
    }
}
