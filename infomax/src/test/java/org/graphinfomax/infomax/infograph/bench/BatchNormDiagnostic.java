package org.graphinfomax.infomax.infograph.bench;

import java.util.List;
import java.util.Locale;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.graph.ComputeThreads;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.infomax.infograph.InfoGraph;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GraphContext;
import org.graphinfomax.layers.ParameterSnapshot;
import org.graphinfomax.layers.ParameterStore;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Traces where InfoGraph's inference-mode embeddings blow up: after chosen epochs, for every GIN
 * block, the largest node value in inference mode and in training mode (batch statistics, run on a
 * copy of the parameters so the running statistics are untouched), and for the channel holding the
 * largest inference value its running mean and variance, gamma and beta.
 *
 * <p>Arguments: {@code --dataset NCI1 --epochs 20 --every 2 --layers 5 --lr 0.01 --seed 0 --threads 1}.
 */
public final class BatchNormDiagnostic {

    private BatchNormDiagnostic() {
    }

    /** Runs the diagnostic; see the class comment for the arguments. */
    public static void main(String[] argv) throws Exception {
        BenchArgs args = new BenchArgs(argv);
        ComputeThreads.setParallelism(args.integer("threads", 1));
        GraphClassificationDataset data = BenchData.load(args.string("dataset", "NCI1"));
        int every = args.integer("every", 2);
        int layers = args.integer("layers", 5);
        InfoGraph model = InfoGraph.builder(data.numFeatures()).numLayers(layers)
                .learningRate(Double.parseDouble(args.string("lr", "0.01"))).epochs(args.integer("epochs", 20))
                .seed(args.integer("seed", 0)).build();
        model.fit(data.graphs(), s -> {
            if (s.epoch() % every == 0) {
                System.out.printf(Locale.ROOT, "epoch %d loss %.4f%n", s.epoch(), s.loss());
                report(model, data.graphs(), layers);
            }
        });
    }

    private static void report(InfoGraph model, List<Graph> graphs, int layers) {
        int hidden = model.config().hiddenSize();
        ParameterStore store = model.parameters();
        INDArray inference = nodeEmbeddings(model, graphs, ForwardMode.inference());
        ParameterSnapshot before = store.snapshot();
        INDArray training = nodeEmbeddings(model, graphs, ForwardMode.training(1));
        store.restore(before);
        for (int b = 0; b < layers; b++) {
            INDArray inf = inference.getColumns(range(b * hidden, hidden));
            INDArray tr = training.getColumns(range(b * hidden, hidden));
            INDArray absMax = Nd4j.math().abs(inf).max(0);
            int channel = absMax.argMax().getInt(0);
            String prefix = "encoder.block" + b + ".2.";
            System.out.printf(Locale.ROOT,
                    "  block %d: max|inference| %.3g (channel %d), max|training| %.3g; channel %d: runningMean %.4g"
                            + " runningVar %.4g gamma %.4g beta %.4g; min runningVar %.3g%n",
                    b, absMax.getDouble(channel), channel, Nd4j.math().abs(tr).maxNumber().doubleValue(), channel,
                    store.value(prefix + "runningMean").getDouble(channel),
                    store.value(prefix + "runningVar").getDouble(channel),
                    store.value(prefix + "gamma").getDouble(channel), store.value(prefix + "beta").getDouble(channel),
                    store.value(prefix + "runningVar").minNumber().doubleValue());
        }
    }

    private static int[] range(int from, int count) {
        int[] r = new int[count];
        for (int i = 0; i < count; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static INDArray nodeEmbeddings(InfoGraph model, List<Graph> graphs, ForwardMode mode) {
        List<INDArray> parts = new java.util.ArrayList<>();
        for (int from = 0; from < graphs.size(); from += 128) {
            GraphBatch batch = GraphBatch.of(graphs.subList(from, Math.min(graphs.size(), from + 128)));
            parts.add(model.encoder().encode(batch.merged().requireFeatures(), GraphContext.of(batch), mode)
                    .nodeEmbeddings().dup());
        }
        return Nd4j.vstack(parts.toArray(INDArray[]::new));
    }
}
