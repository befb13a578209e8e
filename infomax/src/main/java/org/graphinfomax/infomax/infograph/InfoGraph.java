package org.graphinfomax.infomax.infograph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.graph.io.GraphFormatException;
import org.graphinfomax.infomax.io.ModelFile;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.StepWorkspace;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.graphinfomax.infomax.training.TrainingListener;
import org.graphinfomax.layers.EncoderForward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GinEncoder;
import org.graphinfomax.layers.GraphContext;
import org.graphinfomax.layers.Optimizer;
import org.graphinfomax.layers.ParameterStore;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * InfoGraph (Sun, Hoffmann, Verma and Tang, ICLR 2020): unsupervised whole-graph embeddings that
 * maximise the mutual information between a graph's embedding and the embeddings of its nodes.
 *
 * <p>The encoder is a {@link GinEncoder} (GIN layers with a Linear-ReLU-Linear MLP, each followed
 * by ReLU and batch norm); a node's embedding is the concatenation of its representations at every
 * layer and a graph's embedding the concatenation of every layer's sum pooling. Two
 * {@link ProjectionHead}s (3-layer ReLU MLP plus linear shortcut) project node and graph
 * embeddings, and a {@link DotProductCritic} scores every node of a mini-batch against every graph
 * of the batch: a node with its own graph is a positive pair, with any other graph a negative one.
 * The loss is minus the chosen measure's bound (default JSD) on these scores; optionally the
 * {@link PriorDiscriminator} term (gamma = 0.1 in the paper) pushes graph embeddings towards a
 * uniform prior. Training runs Adam on shuffled mini-batches for a fixed number of epochs, every
 * step inside an ND4J workspace.
 *
 * <pre>{@code
 * InfoGraph model = InfoGraph.builder(dataset.numFeatures()).epochs(20).seed(1).build();
 * model.fit(dataset.graphs(), stats -> System.out.println(stats));
 * INDArray embeddings = model.embed(dataset.graphs());   // graphs x (5 x 32)
 * }</pre>
 *
 * <p>Instances are not thread-safe.
 */
public final class InfoGraph {

    /** The model type written into model files. */
    public static final String MODEL_TYPE = "InfoGraph";

    private static final Logger LOG = LoggerFactory.getLogger(InfoGraph.class);

    private final InfoGraphConfig config;
    private final GinEncoder encoder;
    private final LocalGlobalObjective objective;
    private final ParameterStore store;
    private final Optimizer optimizer;
    private final PriorDiscriminator prior;
    private final ParameterStore priorStore;
    private final Optimizer priorOptimizer;
    private final Random random;
    private final StepWorkspace workspace = new StepWorkspace("infograph-step-" + System.identityHashCode(this));
    private final BatchedInference inference = new BatchedInference("infograph-embed-" + System.identityHashCode(this));

    private InfoGraph(InfoGraphConfig config) {
        this.config = config;
        int width = config.embeddingSize();
        this.encoder = new GinEncoder(config.inputSize(), config.hiddenSize(), config.numLayers());
        ProjectionHead local = new ProjectionHead(width, width);
        ProjectionHead global = new ProjectionHead(width, width);
        this.objective = new LocalGlobalObjective(local, global,
                DotProductCritic.forMeasure(NamedMeasure.byName(config.measure())));
        this.store = ParameterStore.builder(config.dataType())
                .add("encoder", encoder).add("local", local).add("global", global).build(config.seed());
        this.optimizer = new Optimizer(new Adam(config.learningRate()));
        if (config.usesPrior()) {
            this.prior = new PriorDiscriminator(width);
            this.priorStore = ParameterStore.builder(config.dataType()).add("prior", prior).build(config.seed() + 1);
            this.priorOptimizer = new Optimizer(new Adam(config.learningRate()));
        } else {
            this.prior = null;
            this.priorStore = null;
            this.priorOptimizer = null;
        }
        this.random = new Random(config.seed());
    }

    /** A builder with the reference code's defaults for graphs with {@code inputSize} node features. */
    public static Builder builder(int inputSize) {
        return new Builder(inputSize);
    }

    /** The settings. */
    public InfoGraphConfig config() {
        return config;
    }

    /** The GIN encoder. */
    public GinEncoder encoder() {
        return encoder;
    }

    /** The parameters of the encoder and both projection heads (names prefixed encoder., local., global.). */
    public ParameterStore parameters() {
        return store;
    }

    /** The prior discriminator's parameters, trained by their own optimiser, if the prior term is on. */
    public Optional<ParameterStore> priorParameters() {
        return Optional.ofNullable(priorStore);
    }

    /**
     * Trains for the configured number of epochs, taking one Adam step per mini-batch of the
     * configured size. The graphs are shuffled (seeded) into mini-batches once per call, as the
     * reference does, or every epoch with {@link Builder#reshuffleEveryEpoch}. Calling it again
     * continues training.
     *
     * @param graphs the training graphs, all with {@code inputSize} node features (labels are not used)
     * @param listeners receive each epoch's mean loss and time
     * @return the loss and time of every epoch
     * @throws IllegalArgumentException naming the first graph without nodes or with the wrong
     *     number of features, or if there are fewer than 2 graphs
     * @throws IllegalStateException if the loss becomes NaN or infinite
     */
    public TrainingHistory fit(List<Graph> graphs, TrainingListener... listeners) {
        GraphBatches.requireCompatible(graphs, config.inputSize(), "training graphs");
        List<GraphBatch> fixedBatches = config.reshuffleEveryEpoch() ? null
                : GraphBatches.shuffled(graphs, config.batchSize(), random);
        try {
            TrainingHistory history = TrainingLoop.run("InfoGraph", config.epochs(),
                    e -> epoch(fixedBatches != null ? fixedBatches
                            : GraphBatches.shuffled(graphs, config.batchSize(), random)), listeners);
            LOG.info("InfoGraph trained: {}", history);
            return history;
        } finally {
            workspace.release();
        }
    }

    private double epoch(List<GraphBatch> batches) {
        ForwardMode mode = ForwardMode.training(random.nextLong());
        double total = 0;
        for (GraphBatch batch : batches) {
            GraphContext ctx = GraphContext.of(batch);
            total += workspace.run(() -> step(batch, ctx, mode));
        }
        return total / batches.size();
    }

    private double step(GraphBatch batch, GraphContext ctx, ForwardMode mode) {
        store.zeroGradients();
        if (priorStore != null) {
            priorStore.zeroGradients();
        }
        BatchLoss loss = loss(batch, ctx, mode, true);
        optimizer.step(store);
        if (priorStore != null) {
            priorOptimizer.step(priorStore);
        }
        return loss.total();
    }

    /**
     * The loss terms of one mini-batch.
     *
     * @param localGlobal the local-global loss (minus the measure's bound)
     * @param prior gamma times the prior discriminator's cross-entropy (0 when the term is off)
     */
    public record BatchLoss(double localGlobal, double prior) {

        /** The training loss, the sum of both terms. */
        public double total() {
            return localGlobal + prior;
        }
    }

    /**
     * Evaluates the objective on one batch, without an optimiser step. With {@code backprop}, the
     * gradients are ADDED to {@link #parameters()} (encoder and heads: the gradient of
     * {@code localGlobal - prior}, since the encoder plays against the discriminator) and to
     * {@link #priorParameters()} (the gradient of {@code prior}).
     *
     * @param batch at least 2 graphs with {@code inputSize} features
     * @param mode training mode (batch statistics; prior samples drawn from its generator) or inference
     * @param backprop whether to back-propagate
     */
    public BatchLoss loss(GraphBatch batch, ForwardMode mode, boolean backprop) {
        Objects.requireNonNull(batch, "batch");
        GraphBatches.requireCompatible(batch.unbatch(), config.inputSize(), "batch");
        return loss(batch, GraphContext.of(batch), mode, backprop);
    }

    private BatchLoss loss(GraphBatch batch, GraphContext ctx, ForwardMode mode, boolean backprop) {
        EncoderForward encoded = encoder.encode(batch.merged().requireFeatures(), ctx, mode);
        LocalGlobalObjective.EmbeddingGradients lg = objective.apply(encoded, ctx, mode, 1.0, backprop);
        double priorLoss = 0;
        INDArray gradGraphs = lg.graphs();
        if (prior != null) {
            PriorDiscriminator.Result p = prior.apply(encoded.graphEmbeddings(), config.priorWeight(), mode, backprop);
            priorLoss = p.loss();
            if (backprop) {
                gradGraphs.addi(p.encoderGradient());
            }
        }
        if (backprop) {
            encoded.backward(lg.nodes(), gradGraphs);
        }
        return new BatchLoss(lg.loss(), priorLoss);
    }

    /**
     * Graph embeddings: the encoder's graph output in inference mode (batch norm with its running
     * statistics), one row per graph in the given order.
     *
     * <p>As in the reference (PyTorch's {@code BatchNorm1d} in eval mode), a batch-norm channel that
     * is switched on only by rare nodes (e.g. atom types occurring once in NCI1) has a running
     * variance that decays towards zero over the batches without them, so those nodes are scaled by
     * up to {@code 1/sqrt(eps)} at inference and the next blocks amplify them further: a few
     * graphs can get coordinates of 1e6-1e7 while the rest are of order 10. Distance-based
     * classifiers should therefore see standardised columns
     * ({@code SvmCrossValidation.builder().standardize(true)}).
     *
     * @return (graphs x numLayers·hiddenSize), of the model's data type
     * @throws IllegalArgumentException naming the first graph without nodes or with the wrong
     *     number of features
     */
    public INDArray embed(List<Graph> graphs) {
        GraphBatches.requireCompatible(graphs, config.inputSize(), "graphs to embed");
        return inference.rows(graphs, config.batchSize(), config.dataType(), config.embeddingSize(),
                (batch, ctx) -> encoder.encode(batch.merged().requireFeatures(), ctx, ForwardMode.inference())
                        .graphEmbeddings());
    }

    /**
     * Writes the settings and the parameters of the encoder and heads to a model file
     * (atomically). The prior discriminator, used only during training, is not saved.
     */
    public void save(Path file) throws IOException {
        ModelFile.save(file, MODEL_TYPE, config.toJson(), store);
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws GraphFormatException if the file is not an InfoGraph model file or is damaged
     */
    public static InfoGraph load(Path file) throws IOException {
        ModelFiles.Loaded<InfoGraphConfig> loaded = ModelFiles.read(file, MODEL_TYPE, InfoGraphConfig::fromJson);
        InfoGraph model = new InfoGraph(loaded.config());
        loaded.restoreInto(model.store);
        return model;
    }

    @Override
    public String toString() {
        return "InfoGraph[" + encoder + ", " + config.measure() + (prior != null ? ", prior " + config.priorWeight() : "")
                + "]";
    }

    /**
     * Settings of an {@link InfoGraph}; the defaults are the reference code's: learning rate 0.01,
     * seed 0, FLOAT, and those given at each setter.
     */
    public static final class Builder extends GinModelBuilder<Builder> {
        private double priorWeight;
        private boolean reshuffleEveryEpoch;

        private Builder(int inputSize) {
            super(inputSize, 0.01);
        }

        /** Switches the prior-matching term on with the paper's gamma = 0.1, or off. */
        public Builder prior(boolean on) {
            this.priorWeight = on ? 0.1 : 0.0;
            return this;
        }

        /** The weight gamma of the prior-matching term (0 = off, the default). */
        public Builder priorWeight(double value) {
            this.priorWeight = value;
            return this;
        }

        /**
         * Whether every epoch draws new mini-batches (default false: one seeded shuffle per
         * {@link InfoGraph#fit} call, the same batches every epoch, as the reference's
         * {@code DataLoader} without reshuffling).
         */
        public Builder reshuffleEveryEpoch(boolean value) {
            this.reshuffleEveryEpoch = value;
            return this;
        }

        /** The settings this builder holds. */
        public InfoGraphConfig config() {
            return new InfoGraphConfig(inputSize, hiddenSize, numLayers, measure, learningRate, batchSize, epochs,
                    priorWeight, seed, dataType, reshuffleEveryEpoch);
        }

        /**
         * The model, with freshly initialised parameters.
         *
         * @throws IllegalArgumentException if a setting is out of range
         */
        public InfoGraph build() {
            return new InfoGraph(config());
        }
    }
}
