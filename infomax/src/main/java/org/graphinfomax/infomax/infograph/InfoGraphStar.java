package org.graphinfomax.infomax.infograph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.graph.io.GraphFormatException;
import org.graphinfomax.infomax.io.ModelFile;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.StepWorkspace;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.graphinfomax.infomax.training.TrainingListener;
import org.graphinfomax.layers.Dropout;
import org.graphinfomax.layers.EncoderForward;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GinEncoder;
import org.graphinfomax.layers.GraphContext;
import org.graphinfomax.layers.Linear;
import org.graphinfomax.layers.Optimizer;
import org.graphinfomax.layers.ParameterStore;
import org.graphinfomax.layers.Relu;
import org.graphinfomax.layers.Sequential;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Semi-supervised graph-level learning with InfoGraph (Sun et al., ICLR 2020, section 3.3), in three
 * variants for comparison:
 * <ul>
 *   <li>{@link Variant#SUPERVISED_ONLY}: a {@link GinEncoder} and a prediction head
 *       (Linear-ReLU-Dropout-Linear) trained on the labelled graphs only.</li>
 *   <li>{@link Variant#SINGLE_ENCODER}: the same encoder also carries InfoGraph's local-global
 *       objective on all graphs: {@code loss = supervised + lambda x unsupervised}.</li>
 *   <li>{@link Variant#INFOGRAPH_STAR}: InfoGraph*. A supervised encoder with the prediction head,
 *       a separate unsupervised InfoGraph encoder trained on all graphs, and a global-global MI
 *       term between the two encoders' graph embeddings, each through its own
 *       {@link ProjectionHead} (positive: the same graph's two embeddings; negatives: the other
 *       graphs of the batch): {@code loss = supervised + unsupervised + lambda x consistency}, as
 *       in the reference code ({@code semi-supervised/}), so that the unlabelled data helps the
 *       supervised encoder without negative transfer.</li>
 * </ul>
 * The supervised loss is the softmax cross-entropy for classes or the mean squared error for
 * regression targets ({@link SupervisedTask}). An epoch is one pass over the unlabelled graphs in
 * shuffled mini-batches; each step pairs one unlabelled batch with the next batch of labelled
 * graphs, which cycle in reshuffled passes. Supervised-only training takes the same number of
 * steps, so the variants differ only in their objectives. Every step runs inside an ND4J workspace.
 *
 * <pre>{@code
 * InfoGraphStar model = InfoGraphStar.builder(features, SupervisedTask.classification(2))
 *         .variant(InfoGraphStar.Variant.INFOGRAPH_STAR).epochs(20).seed(1).build();
 * model.fit(labelledGraphs, labels, allTrainingGraphs);
 * int[] predicted = model.predictClasses(testGraphs);
 * }</pre>
 */
public final class InfoGraphStar {

    /** The model type written into model files. */
    public static final String MODEL_TYPE = "InfoGraphStar";

    private static final Logger LOG = LoggerFactory.getLogger(InfoGraphStar.class);

    /** Which objective trains the supervised encoder. */
    public enum Variant {
        /** The supervised loss on labelled graphs only. */
        SUPERVISED_ONLY,
        /** One encoder: supervised loss + lambda x InfoGraph's loss on all graphs. */
        SINGLE_ENCODER,
        /** InfoGraph*: two encoders tied by a global-global MI term weighted by lambda. */
        INFOGRAPH_STAR
    }

    private final InfoGraphStarConfig config;
    private final SupervisedTask task;
    private final GinEncoder supervised;
    private final Sequential head;
    private final GinEncoder unsupervised;
    private final LocalGlobalObjective infograph;
    private final ProjectionHead supervisedProjection;
    private final ProjectionHead unsupervisedProjection;
    private final DotProductCritic consistencyCritic;
    private final ParameterStore store;
    private final Optimizer optimizer;
    private final Random random;
    private final StepWorkspace workspace = new StepWorkspace("infograph-star-step-" + System.identityHashCode(this));
    private final BatchedInference inference = new BatchedInference("infograph-star-infer-" + System.identityHashCode(this));

    private InfoGraphStar(InfoGraphStarConfig config) {
        this.config = config;
        this.task = config.task();
        int width = config.embeddingSize();
        this.supervised = new GinEncoder(config.inputSize(), config.hiddenSize(), config.numLayers());
        this.head = new Sequential(new Linear(width, config.hiddenSize()), new Relu(), new Dropout(config.dropout()),
                new Linear(config.hiddenSize(), task.outputSize()));
        ParameterStore.Builder builder = ParameterStore.builder(config.dataType())
                .add("supervised", supervised).add("head", head);
        DotProductCritic critic = DotProductCritic.forMeasure(NamedMeasure.byName(config.measure()));
        if (config.variant() == Variant.SUPERVISED_ONLY) {
            this.unsupervised = null;
            this.infograph = null;
        } else {
            this.unsupervised = config.variant() == Variant.INFOGRAPH_STAR
                    ? new GinEncoder(config.inputSize(), config.hiddenSize(), config.numLayers()) : supervised;
            ProjectionHead local = new ProjectionHead(width, width);
            ProjectionHead global = new ProjectionHead(width, width);
            this.infograph = new LocalGlobalObjective(local, global, critic);
            if (unsupervised != supervised) {
                builder.add("unsupervised", unsupervised);
            }
            builder.add("local", local).add("global", global);
        }
        if (config.variant() == Variant.INFOGRAPH_STAR) {
            this.supervisedProjection = new ProjectionHead(width, width);
            this.unsupervisedProjection = new ProjectionHead(width, width);
            this.consistencyCritic = critic;
            builder.add("supervisedProjection", supervisedProjection).add("unsupervisedProjection", unsupervisedProjection);
        } else {
            this.supervisedProjection = null;
            this.unsupervisedProjection = null;
            this.consistencyCritic = null;
        }
        this.store = builder.build(config.seed());
        this.optimizer = new Optimizer(new Adam(config.learningRate()));
        this.random = new Random(config.seed());
    }

    /**
     * A builder with the defaults: 5 GIN layers of 32, InfoGraph* variant, lambda 0.001, JSD,
     * dropout 0.5, Adam with learning rate 0.001, batches of 128, 20 epochs.
     *
     * @param inputSize node features per node
     * @param task what to predict
     */
    public static Builder builder(int inputSize, SupervisedTask task) {
        return new Builder(inputSize, task);
    }

    /** The settings. */
    public InfoGraphStarConfig config() {
        return config;
    }

    /** The supervised encoder (whose graph embeddings feed the prediction head). */
    public GinEncoder encoder() {
        return supervised;
    }

    /** All parameters: supervised., head., and per variant unsupervised., local., global., *Projection. */
    public ParameterStore parameters() {
        return store;
    }

    /**
     * Trains a classification model for the configured number of epochs.
     *
     * @param labelled the labelled graphs (at least 2)
     * @param classes their classes, in [0, classes)
     * @param unlabelled the graphs of the unsupervised terms (typically all training graphs, the
     *     labelled ones included); may be empty for {@link Variant#SUPERVISED_ONLY}
     * @param listeners receive each epoch's mean loss and time
     * @throws IllegalArgumentException on incompatible graphs (named by index), a label count that
     *     differs from the graph count, or fewer than 2 labelled or unlabelled graphs where needed
     * @throws IllegalStateException if the task is a regression, or the loss becomes NaN
     */
    public TrainingHistory fit(List<Graph> labelled, int[] classes, List<Graph> unlabelled,
            TrainingListener... listeners) {
        requireSameCount(labelled, classes.length);
        return fit(labelled, task.classTargets(classes, config.dataType()), unlabelled, listeners);
    }

    /**
     * Trains a regression model for the configured number of epochs.
     *
     * @param labelled the labelled graphs (at least 2)
     * @param values their targets, one row of {@code outputs} values per graph
     * @param unlabelled the graphs of the unsupervised terms; may be empty for supervised-only training
     * @param listeners receive each epoch's mean loss and time
     * @throws IllegalStateException if the task is a classification
     */
    public TrainingHistory fit(List<Graph> labelled, double[][] values, List<Graph> unlabelled,
            TrainingListener... listeners) {
        requireSameCount(labelled, values.length);
        return fit(labelled, task.valueTargets(values, config.dataType()), unlabelled, listeners);
    }

    private TrainingHistory fit(List<Graph> labelled, INDArray targets, List<Graph> unlabelled,
            TrainingListener... listeners) {
        GraphBatches.requireCompatible(labelled, config.inputSize(), "labelled graphs");
        boolean usesUnlabelled = config.variant() != Variant.SUPERVISED_ONLY;
        if (usesUnlabelled || !unlabelled.isEmpty()) {
            GraphBatches.requireCompatible(unlabelled, config.inputSize(), "unlabelled graphs");
        }
        LabelledBatches labelledBatches = new LabelledBatches(labelled, targets, config.batchSize(), random);
        try {
            TrainingHistory history = TrainingLoop.run("InfoGraph* (" + config.variant() + ")", config.epochs(),
                    e -> epoch(labelledBatches, labelled, unlabelled, usesUnlabelled), listeners);
            LOG.info("InfoGraph* ({}) trained: {}", config.variant(), history);
            return history;
        } finally {
            workspace.release();
        }
    }

    private double epoch(LabelledBatches labelledBatches, List<Graph> labelled, List<Graph> unlabelled,
            boolean usesUnlabelled) {
        ForwardMode mode = ForwardMode.training(random.nextLong());
        List<GraphBatch> unlabelledBatches = usesUnlabelled ? GraphBatches.shuffled(unlabelled, config.batchSize(), random)
                : null;
        int steps = usesUnlabelled ? unlabelledBatches.size()
                : GraphBatches.partition(unlabelled.isEmpty() ? labelled.size() : unlabelled.size(),
                        config.batchSize()).size();
        double total = 0;
        for (int s = 0; s < steps; s++) {
            LabelledBatches.Batch batch = labelledBatches.next();
            GraphContext labelledCtx = GraphContext.of(batch.graphs());
            GraphBatch u = usesUnlabelled ? unlabelledBatches.get(s) : null;
            GraphContext unlabelledCtx = u == null ? null : GraphContext.of(u);
            total += workspace.run(() -> {
                store.zeroGradients();
                double loss = loss(batch.graphs(), labelledCtx, batch.targets(), u, unlabelledCtx, mode, true).total();
                optimizer.step(store);
                return loss;
            });
        }
        return total / steps;
    }

    /**
     * The terms of one training step's loss.
     *
     * @param supervised the supervised loss of the labelled batch
     * @param unsupervised InfoGraph's local-global loss on the unlabelled batch (0 if supervised only)
     * @param consistency the global-global loss between the two encoders (InfoGraph* only, else 0)
     * @param unsupervisedWeight the weight of {@code unsupervised} in the total
     * @param consistencyWeight the weight of {@code consistency} in the total
     */
    record StepLoss(double supervised, double unsupervised, double consistency, double unsupervisedWeight,
            double consistencyWeight) {

        double total() {
            return supervised + unsupervisedWeight * unsupervised + consistencyWeight * consistency;
        }
    }

    /**
     * The loss of one step on a labelled batch (with its target rows) and an unlabelled batch
     * (ignored when supervised only); with backprop the gradients of the total are ADDED to
     * {@link #parameters()}.
     */
    StepLoss loss(GraphBatch labelled, INDArray targets, GraphBatch unlabelled, ForwardMode mode, boolean backprop) {
        return loss(labelled, GraphContext.of(labelled), targets, unlabelled,
                unlabelled == null ? null : GraphContext.of(unlabelled), mode, backprop);
    }

    private StepLoss loss(GraphBatch labelled, GraphContext labelledCtx, INDArray targets, GraphBatch unlabelled,
            GraphContext unlabelledCtx, ForwardMode mode, boolean backprop) {
        EncoderForward sup = supervised.encode(labelled.merged().requireFeatures(), labelledCtx, mode);
        Forward prediction = head.forward(sup.graphEmbeddings(), labelledCtx, mode);
        SupervisedTask.Loss supLoss = task.loss(prediction.output(), targets, backprop);
        if (backprop) {
            sup.backward(null, prediction.backward(supLoss.gradient()));
        }
        return switch (config.variant()) {
            case SUPERVISED_ONLY -> new StepLoss(supLoss.value(), 0, 0, 0, 0);
            case SINGLE_ENCODER -> {
                EncoderForward enc = supervised.encode(unlabelled.merged().requireFeatures(), unlabelledCtx, mode);
                var lg = infograph.apply(enc, unlabelledCtx, mode, config.lambda(), backprop);
                if (backprop) {
                    enc.backward(lg.nodes(), lg.graphs());
                }
                yield new StepLoss(supLoss.value(), lg.loss(), 0, config.lambda(), 0);
            }
            case INFOGRAPH_STAR -> starTerms(supLoss.value(), unlabelled, unlabelledCtx, mode, backprop);
        };
    }

    /** InfoGraph's loss on the unsupervised encoder plus lambda x the consistency between both encoders. */
    private StepLoss starTerms(double supLoss, GraphBatch unlabelled, GraphContext ctx, ForwardMode mode,
            boolean backprop) {
        EncoderForward unsup = unsupervised.encode(unlabelled.merged().requireFeatures(), ctx, mode);
        EncoderForward sup = supervised.encode(unlabelled.merged().requireFeatures(), ctx, mode);
        var lg = infograph.apply(unsup, ctx, mode, 1.0, backprop);
        Forward supProjected = supervisedProjection.forward(sup.graphEmbeddings(), ctx, mode);
        Forward unsupProjected = unsupervisedProjection.forward(unsup.graphEmbeddings(), ctx, mode);
        DotProductCritic.Result consistency = consistencyCritic.globalGlobal(supProjected.output(),
                unsupProjected.output(), backprop);
        if (backprop) {
            double lambda = config.lambda();
            INDArray gradSup = supProjected.backward(LocalGlobalObjective.scaled(consistency.gradFirst(), lambda));
            INDArray gradUnsup = unsupProjected.backward(LocalGlobalObjective.scaled(consistency.gradSecond(), lambda));
            sup.backward(null, gradSup);
            unsup.backward(lg.nodes(), lg.graphs().addi(gradUnsup));
        }
        return new StepLoss(supLoss, lg.loss(), consistency.loss(), 1.0, config.lambda());
    }

    /**
     * The prediction head's output in inference mode: class logits or regression values.
     *
     * @return (graphs x outputs)
     */
    public INDArray predict(List<Graph> graphs) {
        GraphBatches.requireCompatible(graphs, config.inputSize(), "graphs to predict");
        return inference.rows(graphs, config.batchSize(), config.dataType(), task.outputSize(), (batch, ctx) -> {
            EncoderForward enc = supervised.encode(batch.merged().requireFeatures(), ctx, ForwardMode.inference());
            return head.forward(enc.graphEmbeddings(), ctx, ForwardMode.inference()).output();
        });
    }

    /**
     * The most likely class of every graph.
     *
     * @throws IllegalStateException for a regression task
     */
    public int[] predictClasses(List<Graph> graphs) {
        if (task.kind() != SupervisedTask.Kind.CLASSIFICATION) {
            throw new IllegalStateException("a regression model predicts values, not classes; use predict");
        }
        return predict(graphs).argMax(1).toIntVector();
    }

    /** The supervised encoder's graph embeddings in inference mode, (graphs x numLayers·hiddenSize). */
    public INDArray embed(List<Graph> graphs) {
        GraphBatches.requireCompatible(graphs, config.inputSize(), "graphs to embed");
        return inference.rows(graphs, config.batchSize(), config.dataType(), config.embeddingSize(),
                (batch, ctx) -> supervised.encode(batch.merged().requireFeatures(), ctx, ForwardMode.inference())
                        .graphEmbeddings());
    }

    /** Writes the settings and all parameters to a model file (atomically). */
    public void save(Path file) throws IOException {
        ModelFile.save(file, MODEL_TYPE, config.toJson(), store);
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws GraphFormatException if the file is not an InfoGraph* model file or is damaged
     */
    public static InfoGraphStar load(Path file) throws IOException {
        ModelFiles.Loaded<InfoGraphStarConfig> loaded = ModelFiles.read(file, MODEL_TYPE, InfoGraphStarConfig::fromJson);
        InfoGraphStar model = new InfoGraphStar(loaded.config());
        loaded.restoreInto(model.store);
        return model;
    }

    private static void requireSameCount(List<Graph> labelled, int targets) {
        Objects.requireNonNull(labelled, "labelled graphs");
        if (labelled.size() != targets) {
            throw new IllegalArgumentException(labelled.size() + " labelled graphs but " + targets + " targets");
        }
    }

    @Override
    public String toString() {
        return "InfoGraphStar[" + config.variant() + ", " + task + ", " + supervised + ", lambda " + config.lambda() + "]";
    }

    /**
     * Settings of an {@link InfoGraphStar}: learning rate 0.001, seed 0, FLOAT, and those given at
     * each setter.
     */
    public static final class Builder extends GinModelBuilder<Builder> {
        private final SupervisedTask task;
        private Variant variant = Variant.INFOGRAPH_STAR;
        private double lambda = 0.001;
        private double dropout = 0.5;

        private Builder(int inputSize, SupervisedTask task) {
            super(inputSize, 0.001);
            this.task = Objects.requireNonNull(task, "task");
        }

        /** The variant (default InfoGraph*). */
        public Builder variant(Variant value) {
            this.variant = Objects.requireNonNull(value, "variant");
            return this;
        }

        /** Weight of the unsupervised (single encoder) or consistency (InfoGraph*) term (default 0.001). */
        public Builder lambda(double value) {
            this.lambda = value;
            return this;
        }

        /** Dropout probability in the prediction head (default 0.5). */
        public Builder dropout(double value) {
            this.dropout = value;
            return this;
        }

        /** The settings this builder holds. */
        public InfoGraphStarConfig config() {
            return new InfoGraphStarConfig(inputSize, hiddenSize, numLayers, variant, task.kind(), task.outputSize(),
                    lambda, measure, dropout, learningRate, batchSize, epochs, seed, dataType);
        }

        /**
         * The model, with freshly initialised parameters.
         *
         * @throws IllegalArgumentException if a setting is out of range
         */
        public InfoGraphStar build() {
            return new InfoGraphStar(config());
        }
    }
}
