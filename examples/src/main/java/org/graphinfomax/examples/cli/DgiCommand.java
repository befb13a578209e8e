package org.graphinfomax.examples.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.datasets.NodeClassificationDataset;
import org.graphinfomax.examples.output.OutputDirectory;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.infomax.dgi.DeepGraphInfomax;
import org.graphinfomax.infomax.eval.AccuracySummary;
import org.graphinfomax.infomax.eval.LinearProbe;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.nd4j.linalg.api.ndarray.INDArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code graph-infomax dgi}: trains Deep Graph Infomax (Veličković et al., ICLR 2019) on a
 * Planetoid dataset or the user's CSV graph, evaluates the embeddings with the paper's linear
 * probe when the data has labels and a split, and writes embeddings, model, plots and a summary.
 */
@Command(name = "dgi", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train Deep Graph Infomax node embeddings (Velickovic et al., ICLR 2019).",
            "Writes embeddings.csv (your node ids), embeddings.npy, model.dgi, summary.json, loss.png and "
                    + "embeddings-pca.png to --out; prints the linear-probe test accuracy when the data has labels "
                    + "and a split."})
public final class DgiCommand extends CommandBase {

    /** The file name of the trained model. */
    public static final String MODEL_FILE = "model.dgi";

    @Mixin
    NodeInputOptions input;

    @Mixin
    TrainingOptions training;

    @Option(names = "--hidden", split = ",", paramLabel = "N[,N...]", defaultValue = "512",
            description = "Sizes of the GCN encoder's layers (default: ${DEFAULT-VALUE}; the paper uses 256 on Pubmed).")
    int[] hidden;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "0.001",
            description = "Adam's learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--weight-decay", paramLabel = "L2", defaultValue = "0",
            description = "L2 weight decay (default: ${DEFAULT-VALUE}).")
    double weightDecay;

    @Option(names = "--patience", paramLabel = "EPOCHS", defaultValue = "20",
            description = "Stop after this many epochs without a lower loss (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--max-epochs", paramLabel = "EPOCHS", defaultValue = "10000",
            description = "Upper limit of epochs (default: ${DEFAULT-VALUE}).")
    int maxEpochs;

    @Option(names = "--objective", paramLabel = "NAME", defaultValue = "BCE",
            description = "BCE (the paper's) or an MI measure: GAN, JSD, X2, KL, RKL, DV, H2, W1 (default: ${DEFAULT-VALUE}).")
    String objective;

    @Option(names = "--probe-runs", paramLabel = "N", defaultValue = "50",
            description = "Repetitions of the linear probe (default: ${DEFAULT-VALUE}, as the paper).")
    int probeRuns;

    @Override
    protected int execute() throws Exception {
        PrintWriter out = out();
        Stopwatch clock = new Stopwatch();
        RunSummary summary = new RunSummary("dgi", training.seed);
        OutputDirectory dir = prepareOutput();
        MemoryCheck memory = memory();

        NodeInputOptions.Loaded loaded = input.load(memory);
        NodeClassificationDataset data = loaded.data();
        Graph graph = data.graph();
        out.println(DataReport.describe(data, loaded.source(), loaded.rowNormalized()));
        out.flush();
        summary.root().add("data", DataReport.json(data, loaded.source(), loaded.rowNormalized()));
        summary.timing("load", clock.lap());

        DeepGraphInfomax dgi = buildModel(graph.numFeatures());
        summary.root().add("config", dgi.config().toJson());
        memory.checkActivations("DGI", graph.numNodes(), Arrays.stream(hidden).max().orElse(1), 10);
        // Early stopping ends training at an unknown epoch: the bar has an end only for a small --max-epochs.
        TrainingProgress progress = new TrainingProgress(training.progress, "DGI", maxEpochs <= 1000, out, System.err,
                training.logEvery);
        TrainingHistory history = dgi.fit(graph, progress);
        summary.root().add("training", RunSummary.training(history));
        summary.root().addProperty("diagnostics", dgi.diagnostics().toString());
        summary.timing("train", clock.lap());

        INDArray embeddings = dgi.embed(graph);
        JsonObject metrics = new JsonObject();
        probe(data, embeddings).ifPresent(accuracy -> {
            out.printf(Locale.ROOT, "Linear probe (logistic regression on the %d training nodes): "
                    + "test accuracy %s%n", data.split().trainSize(), accuracy);
            metrics.add("linearProbe", RunSummary.accuracy("DGI linear probe: Adam lr 0.01, 100 epochs, "
                    + probeRuns + " runs", accuracy));
        });
        if (!metrics.has("linearProbe")) {
            out.println("No labels with a train/test split: the linear probe was skipped.");
        }
        summary.root().add("metrics", metrics);
        summary.timing("evaluate", clock.lap());

        List<Path> written = new ArrayList<>(EmbeddingFiles.write(dir, "embeddings", embeddings, data.nodeIds(),
                data.labels(), data.classNames(), "DGI embeddings of " + data.name() + " (PCA)"));
        written.addAll(writeModelAndLoss(dir, MODEL_FILE, dgi::save, "DGI on " + data.name() + ": training loss",
                history));
        return finish(dir, summary, clock, written, "");
    }

    private DeepGraphInfomax buildModel(int inputSize) {
        DeepGraphInfomax.Builder builder = DeepGraphInfomax.builder(inputSize).seed(training.seed).hiddenSizes(hidden)
                .learningRate(learningRate).weightDecay(weightDecay).patience(patience).maxEpochs(maxEpochs);
        if (!objective.equalsIgnoreCase("BCE")) {
            builder.objective(NamedMeasure.byName(objective));
        }
        return builder.build();
    }

    private java.util.Optional<AccuracySummary> probe(NodeClassificationDataset data, INDArray embeddings) {
        if (data.split().trainSize() == 0 || data.split().testSize() == 0 || data.numClasses() < 2) {
            return java.util.Optional.empty();
        }
        LinearProbe probe = LinearProbe.builder().seed(training.seed).runs(probeRuns).build();
        return java.util.Optional.of(probe.evaluate(embeddings, data.labels(), data.split().train(), data.split().test()));
    }
}
