package org.graphinfomax.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.examples.output.OutputDirectory;
import org.graphinfomax.infomax.infograph.InfoGraph;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.nd4j.linalg.api.ndarray.INDArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code graph-infomax infograph}: trains InfoGraph (Sun, Hoffmann, Verma and Tang, ICLR 2020) on
 * a TU Dortmund graph-classification dataset, evaluates the graph embeddings with the paper's SVM
 * protocol (10-fold cross-validation repeated 5 times, C chosen inside each training part) next to
 * the no-learning baseline of summed node features, and writes embeddings, model, plots and a
 * summary.
 */
@Command(name = "infograph", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train InfoGraph whole-graph embeddings (Sun et al., ICLR 2020) on a TU dataset.",
            "Writes embeddings.csv (graph number, label, embedding), embeddings.npy, model.infograph, summary.json, "
                    + "loss.png and embeddings-pca.png to --out; prints the SVM cross-validation accuracy of the "
                    + "embeddings and of summed node features."})
public final class InfoGraphCommand extends CommandBase {

    /** The file name of the trained model. */
    public static final String MODEL_FILE = "model.infograph";

    @Mixin
    GraphInputOptions input;

    @Mixin
    TrainingOptions training;

    @Option(names = "--layers", paramLabel = "N", defaultValue = "5",
            description = "GIN layers (default: ${DEFAULT-VALUE}, as the reference code).")
    int layers;

    @Option(names = "--hidden", paramLabel = "N", defaultValue = "32",
            description = "Channels of every GIN layer; embeddings are layers x hidden wide (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "0.01",
            description = "Adam's learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--batch", paramLabel = "GRAPHS", defaultValue = "128",
            description = "Graphs per mini-batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "20",
            description = "Training epochs; there is no early stopping (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--measure", paramLabel = "NAME", defaultValue = "JSD",
            description = "MI measure of the local-global objective: GAN, JSD, X2, KL, RKL, DV, H2, W1 "
                    + "(default: ${DEFAULT-VALUE}).")
    String measure;

    @Option(names = "--prior", description = "Add the prior-matching term (gamma 0.1, as the paper; off by default).")
    boolean prior;

    @Mixin
    SvmOptions svm;

    @Override
    protected int execute() throws Exception {
        PrintWriter out = out();
        Stopwatch clock = new Stopwatch();
        RunSummary summary = new RunSummary("infograph", training.seed);
        OutputDirectory dir = prepareOutput();

        GraphInputOptions.Loaded loaded = input.load();
        GraphClassificationDataset data = loaded.data();
        out.println(DataReport.describe(data, loaded.source()));
        out.flush();
        summary.root().add("data", DataReport.json(data, loaded.source()));
        summary.timing("load", clock.lap());

        InfoGraph model = InfoGraph.builder(data.numFeatures()).seed(training.seed).numLayers(layers)
                .hiddenSize(hidden).learningRate(learningRate).batchSize(batchSize).epochs(epochs)
                .measure(NamedMeasure.byName(measure)).prior(prior).build();
        summary.root().add("config", model.config().toJson());
        TrainingProgress progress = new TrainingProgress(training.progress, "InfoGraph", true, out, System.err,
                training.logEvery);
        TrainingHistory history = model.fit(data.graphs(), progress);
        summary.root().add("training", RunSummary.training(history));
        summary.timing("train", clock.lap());

        INDArray embeddings = model.embed(data.graphs());
        summary.root().add("metrics", svm.evaluate(data, embeddings, training.seed, run.threads, out));
        summary.timing("evaluate", clock.lap());

        List<Path> written = new ArrayList<>(EmbeddingFiles.writeGraphs(dir, "embeddings", embeddings, data,
                "InfoGraph embeddings of " + data.name() + " (PCA)"));
        written.addAll(writeModelAndLoss(dir, MODEL_FILE, model::save,
                "InfoGraph on " + data.name() + ": training loss", history));
        return finish(dir, summary, clock, written, "");
    }
}
