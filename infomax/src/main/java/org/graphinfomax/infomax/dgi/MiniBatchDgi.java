package org.graphinfomax.infomax.dgi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import org.graphinfomax.graph.DenseFeatures;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.sampling.Block;
import org.graphinfomax.graph.sampling.MiniBatch;
import org.graphinfomax.graph.sampling.MiniBatchStream;
import org.graphinfomax.graph.sampling.NeighbourSampler;
import org.graphinfomax.graph.sampling.NodeBatches;
import org.graphinfomax.infomax.training.EpochStats;
import org.graphinfomax.infomax.training.SettingChecks;
import org.graphinfomax.infomax.training.StepWorkspace;
import org.graphinfomax.infomax.training.TrainingDivergedException;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.graphinfomax.infomax.training.TrainingListener;
import org.graphinfomax.infomax.training.TrainingSettingsBuilder;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GraphContext;
import org.graphinfomax.layers.Optimizer;
import org.graphinfomax.layers.ParameterStore;
import org.graphinfomax.layers.Readout;
import org.graphinfomax.layers.SageEncoder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deep Graph Infomax in the inductive, mini-batch setting of the paper's Reddit experiment
 * (Veličković et al., ICLR 2019, section 4.3): training never holds activations of the whole
 * graph, only of a batch's sampled neighbourhood, so memory is bounded by the batch and the graph
 * itself, whatever the graph's size.
 *
 * <p>Each epoch visits all nodes once, in a seeded random order, in batches of {@code batchSize}
 * (256) target nodes. For each batch a {@link NeighbourSampler} draws a fixed number of neighbours
 * per node and hop (fan-outs, from the targets outward, default 10/10/25 as PyTorch Geometric's
 * DGI-on-Reddit example) on a background thread ahead of training. A {@link SageEncoder}
 * (skip-connected GraphSAGE-mean layers with PReLU) encodes the batch's targets twice: from the
 * clean input features of the sampled neighbourhood and from the same features with their rows
 * shuffled inside the batch (the corruption). The summary is sigmoid(mean) of the clean target
 * embeddings; a {@link BilinearDiscriminator} scores clean and corrupted targets against it, and
 * {@link DgiObjective#binaryCrossEntropy()} is minimised with Adam. Each step runs inside an ND4J
 * workspace.
 *
 * <p>Inference: {@link #embed(Graph)} computes exact embeddings (whole neighbourhoods) layer by
 * layer over batches of targets, holding two (nodes x hidden) arrays at a time;
 * {@link #embed(Graph, int[])} embeds chosen nodes through their whole L-hop neighbourhoods and
 * {@link #embedSampled} through sampled ones, batch by batch. Instances are not thread-safe.
 */
public final class MiniBatchDgi {

    private static final Logger LOG = LoggerFactory.getLogger(MiniBatchDgi.class);

    private final int inputSize;
    private final int[] fanouts;
    private final int batchSize;
    private final int inferenceBatchSize;
    private final int epochs;
    private final int batchesPerEpoch;
    private final int prefetch;
    private final long seed;
    private final DataType dataType;
    private final SageEncoder encoder;
    private final BilinearDiscriminator discriminator;
    private final Readout readout = Readout.sigmoidMean();
    private final DgiObjective objective = DgiObjective.binaryCrossEntropy();
    private final ParameterStore store;
    private final Optimizer optimizer;
    private final StepWorkspace workspace = new StepWorkspace("minibatch-dgi-" + System.identityHashCode(this));
    private final Map<Integer, GraphContext> summaryContexts = new HashMap<>();

    private MiniBatchDgi(Builder b, double learningRate, long seed, DataType dataType) {
        this.inputSize = b.inputSize;
        this.fanouts = b.fanouts.clone();
        this.encoder = b.encoder != null ? b.encoder : SageEncoder.builder(inputSize).hiddenSizes(512, 512, 512).build();
        if (encoder.inputSize() != inputSize) {
            throw new IllegalArgumentException("the encoder takes " + encoder.inputSize() + " features, the model "
                    + inputSize);
        }
        if (encoder.numLayers() != fanouts.length) {
            throw new IllegalArgumentException(encoder.numLayers() + " layers need " + encoder.numLayers()
                    + " fan-outs, got " + fanouts.length);
        }
        this.batchSize = b.batchSize;
        this.inferenceBatchSize = b.inferenceBatchSize;
        this.epochs = b.epochs;
        this.batchesPerEpoch = b.batchesPerEpoch;
        this.prefetch = b.prefetch;
        this.seed = seed;
        this.dataType = dataType;
        this.discriminator = Discriminator.bilinear(encoder.nodeEmbeddingSize());
        this.store = ParameterStore.builder(dataType).add("encoder", encoder).add("discriminator", discriminator)
                .build(seed);
        this.optimizer = new Optimizer(Adam.builder().learningRate(learningRate).build(), b.weightDecay);
    }

    /** A builder with the paper's settings (batches of 256, Adam 0.001) for {@code inputSize} features. */
    public static Builder builder(int inputSize) {
        return new Builder(inputSize);
    }

    /** The encoder. */
    public SageEncoder encoder() {
        return encoder;
    }

    /** The parameters of encoder and discriminator. */
    public ParameterStore parameters() {
        return store;
    }

    /** The fan-outs, from the targets outward. */
    public int[] fanouts() {
        return fanouts.clone();
    }

    // ------------------------------------------------------------------------------------------
    // Training

    /**
     * Trains for the configured number of epochs.
     *
     * @param graph a graph with node features of the configured width
     * @param listeners receive each epoch's mean batch loss and time
     * @return every epoch's loss and time; the kept weights are the last epoch's
     * @throws IllegalArgumentException if the graph has no nodes or the wrong features
     * @throws TrainingDivergedException if a batch loss becomes NaN or infinite
     */
    public TrainingHistory fit(Graph graph, TrainingListener... listeners) {
        NodeFeatures features = requireCompatible(graph);
        NeighbourSampler sampler = new NeighbourSampler(graph.adjacency(), fanouts);
        Random corruption = new Random(seed);
        ForwardMode mode = ForwardMode.training(seed);
        List<EpochStats> history = new ArrayList<>();
        for (TrainingListener l : listeners) {
            l.onStart(epochs);
        }
        try {
            for (int epoch = 1; epoch <= epochs; epoch++) {
                long start = System.nanoTime();
                long epochSeed = new SplittableRandom(seed + epoch).nextLong();
                int[][] batches = NodeBatches.shuffled(graph.numNodes(), batchSize, epochSeed);
                if (batches.length > batchesPerEpoch) {
                    batches = java.util.Arrays.copyOf(batches, batchesPerEpoch);
                }
                double lossSum = 0;
                try (MiniBatchStream stream = MiniBatchStream.of(sampler, batches, ~epochSeed, prefetch)) {
                    while (stream.hasNext()) {
                        MiniBatch batch = stream.next();
                        double loss = workspace.run(() -> lossAndGradients(features, batch, corruption, mode));
                        if (!Double.isFinite(loss)) {
                            throw new TrainingDivergedException(epoch, loss, Math.max(0, epoch - 1));
                        }
                        workspace.run(() -> {
                            optimizer.step(store);
                            return 0;
                        });
                        lossSum += loss;
                    }
                }
                EpochStats stats = new EpochStats(epoch, lossSum / batches.length, (System.nanoTime() - start) / 1e9);
                history.add(stats);
                LOG.debug("mini-batch DGI {}", stats);
                for (TrainingListener l : listeners) {
                    l.onEpoch(stats);
                }
            }
        } finally {
            workspace.release();
        }
        TrainingHistory result = new TrainingHistory(history, history.size(), TrainingHistory.StopReason.MAX_EPOCHS);
        for (TrainingListener l : listeners) {
            l.onFinish(result);
        }
        return result;
    }

    /** One step's forward and backward: leaves the gradients in the store, returns the batch loss. */
    private double lossAndGradients(NodeFeatures features, MiniBatch batch, Random corruption, ForwardMode mode) {
        store.zeroGradients();
        INDArray clean = inputRows(features, batch.inputNodes());
        int[] permutation = Corruption.rowShuffle().permutation(batch.numInputNodes(), corruption);
        INDArray shuffled = gatherRows(clean, permutation);
        Forward cleanPass = encoder.forward(clean, batch, mode);
        Forward corruptedPass = encoder.forward(shuffled, batch, mode);
        Forward summaryPass = readout.pool(cleanPass.output(), summaryContext(batch.numTargets()));
        Discriminator.Scores scores = discriminator.score(cleanPass.output(), corruptedPass.output(), summaryPass.output());
        DgiObjective.Loss loss = objective.evaluate(scores.positive(), scores.negative());
        Discriminator.InputGradients grads = scores.backward(loss.gradPositive(), loss.gradNegative());
        INDArray gradClean = grads.clean().addi(summaryPass.backward(grads.summary()));
        cleanPass.backward(gradClean);
        corruptedPass.backward(grads.corrupted());
        return loss.value();
    }

    /**
     * The loss of one batch for a fixed corruption, leaving its gradients in {@link #parameters()}
     * (runs outside any workspace): the deterministic function gradient checks probe.
     */
    double trainingLoss(Graph graph, MiniBatch batch, long corruptionSeed) {
        return lossAndGradients(requireCompatible(graph), batch, new Random(corruptionSeed),
                ForwardMode.training(corruptionSeed));
    }

    /** A context of {@code n} nodes and one graph, for the batch summary (created once per size). */
    private GraphContext summaryContext(int n) {
        return summaryContexts.computeIfAbsent(n, k -> GraphContext.of(Graph.builder(k).build()));
    }

    // ------------------------------------------------------------------------------------------
    // Inference

    /**
     * Exact embeddings of every node (whole neighbourhoods, inference mode), computed layer by
     * layer: each layer is evaluated for batches of targets from the previous layer's embeddings
     * of all nodes, so memory holds two (nodes x hidden) arrays besides the graph.
     *
     * @return (nodes x embedding width), of the model's data type
     */
    public INDArray embed(Graph graph) {
        NodeFeatures features = requireCompatible(graph);
        NeighbourSampler oneHop = NeighbourSampler.full(graph.adjacency(), 1);
        int n = graph.numNodes();
        int[] hidden = encoder.hiddenSizes();
        INDArray previous = null;
        try {
            for (int l = 0; l < hidden.length; l++) {
                INDArray current = outsideWorkspace(hidden[l], n);
                for (int start = 0; start < n; start += inferenceBatchSize) {
                    int from = start;
                    int to = Math.min(n, from + inferenceBatchSize);
                    int[] targets = range(from, to);
                    Block block = oneHop.sample(targets, 0).blocks().get(0);
                    int layer = l;
                    INDArray input = previous;
                    workspace.run(() -> {
                        INDArray sources = layer == 0 ? inputRows(features, block.sourceNodes())
                                : gatherRows(input, block.sourceNodes());
                        INDArray out = encoder.forwardLayer(layer, sources, block, ForwardMode.inference(), false).output();
                        current.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).assign(out);
                        return 0;
                    });
                }
                previous = current;
            }
        } finally {
            workspace.release();
        }
        return previous;
    }

    /**
     * Exact embeddings of the given nodes through their whole L-hop neighbourhoods, in batches
     * (for a subset of a large graph; the neighbourhood of a batch grows with the degree to the
     * power L).
     */
    public INDArray embed(Graph graph, int[] nodes) {
        return embedBatches(graph, nodes, NeighbourSampler.full(graph.adjacency(), fanouts.length), 0);
    }

    /** Embeddings of the given nodes through neighbourhoods sampled with the training fan-outs. */
    public INDArray embedSampled(Graph graph, int[] nodes, long samplingSeed) {
        return embedBatches(graph, nodes, new NeighbourSampler(graph.adjacency(), fanouts), samplingSeed);
    }

    private INDArray embedBatches(Graph graph, int[] nodes, NeighbourSampler sampler, long samplingSeed) {
        NodeFeatures features = requireCompatible(graph);
        int[][] batches = NodeBatches.split(nodes, batchSize);
        INDArray out = outsideWorkspace(encoder.nodeEmbeddingSize(), nodes.length);
        try (MiniBatchStream stream = MiniBatchStream.of(sampler, batches, samplingSeed, prefetch)) {
            int row = 0;
            while (stream.hasNext()) {
                MiniBatch batch = stream.next();
                int from = row;
                workspace.run(() -> {
                    INDArray e = encoder.forward(inputRows(features, batch.inputNodes()), batch, ForwardMode.inference())
                            .output();
                    out.get(NDArrayIndex.interval(from, from + batch.numTargets()), NDArrayIndex.all()).assign(e);
                    return 0;
                });
                row += batch.numTargets();
            }
        } finally {
            workspace.release();
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------

    /** The dense input features of the given nodes, in the model's data type. */
    private INDArray inputRows(NodeFeatures features, int[] nodes) {
        if (features instanceof DenseFeatures dense) {
            INDArray rows = gatherRows(dense.array(), nodes);
            return rows.dataType() == dataType ? rows : rows.castTo(dataType);
        }
        return features.selectRows(nodes).toDense(dataType);
    }

    private static INDArray gatherRows(INDArray x, int[] rows) {
        return Nd4j.exec(new Gather(x, Nd4j.createFromArray(rows), 0))[0];
    }

    private INDArray outsideWorkspace(int columns, int rows) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return Nd4j.create(dataType, rows, columns);
        }
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private NodeFeatures requireCompatible(Graph graph) {
        Objects.requireNonNull(graph, "graph");
        if (graph.numNodes() == 0) {
            throw new IllegalArgumentException("the graph is empty: DGI needs at least one node");
        }
        NodeFeatures features = graph.features().orElseThrow(() -> new IllegalArgumentException(
                "the graph has no node features; mini-batch DGI needs " + inputSize + " features per node"));
        if (features.numFeatures() != inputSize) {
            throw new IllegalArgumentException("the graph has " + features.numFeatures()
                    + " features per node, but this model was built for " + inputSize);
        }
        return features;
    }

    @Override
    public String toString() {
        return "MiniBatchDgi[" + encoder + ", fan-outs " + java.util.Arrays.toString(fanouts) + ", batches of " + batchSize
                + ", " + discriminator + "]";
    }

    /**
     * Settings of a {@link MiniBatchDgi}: besides those given at each setter, learning rate 0.001,
     * seed 0 and FLOAT. Unlike the other models' builders, this one checks each range at once.
     */
    public static final class Builder extends TrainingSettingsBuilder<Builder> {
        private final int inputSize;
        private SageEncoder encoder;
        private int[] fanouts = {10, 10, 25};
        private int batchSize = 256;
        private int inferenceBatchSize = 4096;
        private int epochs = 1;
        private int batchesPerEpoch = Integer.MAX_VALUE;
        private int prefetch = MiniBatchStream.defaultPrefetch();
        private double weightDecay;

        private Builder(int inputSize) {
            super(0.001);
            this.inputSize = SettingChecks.positive(inputSize, "input size");
        }

        /**
         * The encoder (default: three skip-connected SAGE layers of 512 with concatenation and a
         * shared PReLU, the paper's Reddit encoder); one fan-out per layer is needed. The model
         * binds the encoder to its own parameters: give each model its own encoder instance.
         */
        public Builder encoder(SageEncoder value) {
            this.encoder = Objects.requireNonNull(value, "encoder");
            return this;
        }

        /**
         * Neighbours sampled per node for each hop, from the targets outward, one per layer
         * (default {10, 10, 25}); {@link NeighbourSampler#ALL} keeps every neighbour.
         */
        public Builder fanouts(int... values) {
            this.fanouts = values.clone();
            return this;
        }

        /** Target nodes per training batch (default 256). */
        public Builder batchSize(int value) {
            this.batchSize = SettingChecks.positive(value, "batch size");
            return this;
        }

        /** Target nodes per batch of layer-wise inference (default 4096). */
        public Builder inferenceBatchSize(int value) {
            this.inferenceBatchSize = SettingChecks.positive(value, "inference batch size");
            return this;
        }

        /** Passes over all nodes (default 1). */
        public Builder epochs(int value) {
            this.epochs = SettingChecks.positive(value, "epochs");
            return this;
        }

        /** At most this many batches per epoch (default: all), e.g. for quick runs on huge graphs. */
        public Builder batchesPerEpoch(int value) {
            this.batchesPerEpoch = SettingChecks.positive(value, "batches per epoch");
            return this;
        }

        /** Batches sampled ahead on a background thread; 0 samples on the training thread (default 4 with 2+ cores). */
        public Builder prefetch(int value) {
            this.prefetch = SettingChecks.atLeast(value, 0, "prefetch");
            return this;
        }

        /**
         * Adam's learning rate (default 0.001).
         *
         * @throws IllegalArgumentException if it is not positive and finite
         */
        @Override
        public Builder learningRate(double value) {
            return super.learningRate(SettingChecks.positive(value, "learning rate"));
        }

        /** L2 weight decay (default 0). */
        public Builder weightDecay(double value) {
            this.weightDecay = value;
            return this;
        }

        /**
         * The model with freshly initialised parameters.
         *
         * @throws IllegalArgumentException if the layers and fan-outs differ in number or the
         *     encoder takes another number of features
         */
        public MiniBatchDgi build() {
            return new MiniBatchDgi(this, learningRate, seed, dataType);
        }
    }
}
