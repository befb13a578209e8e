package org.graphinfomax.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.datasets.NodeClassificationDataset;
import org.graphinfomax.examples.output.OutputDirectory;
import org.graphinfomax.infomax.dgi.DeepGraphInfomax;
import org.graphinfomax.infomax.infograph.InfoGraph;
import org.graphinfomax.infomax.io.ModelFile;
import org.nd4j.linalg.api.ndarray.INDArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code graph-infomax embed}: applies a saved model to data it may never have seen (inductive
 * use) and writes the embeddings. The model file says what kind of model it is: a DGI model
 * ({@code model.dgi}) embeds the nodes of a graph, read and preprocessed with the same options as
 * in training ({@code --normalize auto} by default on both sides); an InfoGraph model
 * ({@code model.infograph}) embeds every graph of a TU dataset.
 */
@Command(name = "embed", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Apply a saved model to new data: model.dgi (from 'dgi') to a graph with the same node "
                + "features, or model.infograph (from 'infograph') to a TU dataset with the same node features.",
            "For an InfoGraph model, --dataset names a TU dataset (MUTAG bundled) and --data reads TU files from a "
                    + "folder or zip.",
            "Writes embeddings.csv, embeddings.npy, embeddings-pca.png and summary.json to --out."})
public final class EmbedCommand extends CommandBase {

    @Option(names = "--model", paramLabel = "FILE", required = true,
            description = "A model file written by 'dgi' or 'infograph'.")
    Path model;

    @Mixin
    NodeInputOptions input;

    @Option(names = "--data", paramLabel = "DIR|ZIP",
            description = "For an InfoGraph model: the TU files of the graphs to embed, in a folder or zip.")
    Path graphData;

    @Override
    protected int execute() throws Exception {
        NodeInputOptions.requireFile(model);
        String type = ModelFile.read(model).modelType();
        if (type.equals(DeepGraphInfomax.MODEL_TYPE)) {
            if (graphData != null) {
                throw CliException.usage("--data goes with InfoGraph models; " + model + " is a DGI model: give "
                        + "--dataset NAME or --edges FILE [--nodes FILE]");
            }
            return embedNodes();
        }
        if (type.equals(InfoGraph.MODEL_TYPE)) {
            if (input.edges != null || input.nodes != null || input.dataDir != null) {
                throw CliException.usage("--edges, --nodes and --data-dir go with DGI models; " + model
                        + " is an InfoGraph model: give --dataset NAME or --data DIR|ZIP");
            }
            return embedGraphs();
        }
        throw CliException.input(model + ": a " + type + " model; 'embed' applies " + DeepGraphInfomax.MODEL_TYPE
                + " and " + InfoGraph.MODEL_TYPE + " models");
    }

    private int embedNodes() throws IOException {
        Stopwatch clock = new Stopwatch();
        DeepGraphInfomax dgi = DeepGraphInfomax.load(model);
        OutputDirectory dir = prepareOutput();
        RunSummary summary = start(dgi.config().seed(), DeepGraphInfomax.MODEL_TYPE);
        summary.root().add("config", dgi.config().toJson());

        NodeInputOptions.Loaded loaded = input.load(memory());
        NodeClassificationDataset data = loaded.data();
        out().println(DataReport.describe(data, loaded.source(), loaded.rowNormalized()));
        summary.root().add("data", DataReport.json(data, loaded.source(), loaded.rowNormalized()));
        requireFeatures(dgi.config().inputSize(), data.graph().numFeatures(), loaded.source());
        summary.timing("load", clock.lap());
        INDArray embeddings = dgi.embed(data.graph());
        summary.timing("embed", clock.lap());
        List<Path> written = EmbeddingFiles.write(dir, "embeddings", embeddings, data.nodeIds(),
                data.labels(), data.classNames(), "DGI embeddings of " + data.name() + " (PCA)");
        return finish(dir, summary, clock, written, "Embedded " + data.numNodes() + " nodes into " + embeddings.columns()
                + " dimensions");
    }

    private int embedGraphs() throws IOException {
        Stopwatch clock = new Stopwatch();
        InfoGraph infoGraph = InfoGraph.load(model);
        OutputDirectory dir = prepareOutput();
        RunSummary summary = start(infoGraph.config().seed(), InfoGraph.MODEL_TYPE);
        summary.root().add("config", infoGraph.config().toJson());

        GraphInputOptions.Loaded loaded = GraphInputOptions.load(input.dataset, graphData);
        GraphClassificationDataset data = loaded.data();
        out().println(DataReport.describe(data, loaded.source()));
        summary.root().add("data", DataReport.json(data, loaded.source()));
        requireFeatures(infoGraph.config().inputSize(), data.numFeatures(), loaded.source());
        summary.timing("load", clock.lap());
        INDArray embeddings = infoGraph.embed(data.graphs());
        summary.timing("embed", clock.lap());
        List<Path> written = EmbeddingFiles.writeGraphs(dir, "embeddings", embeddings, data,
                "InfoGraph embeddings of " + data.name() + " (PCA)");
        return finish(dir, summary, clock, written, "Embedded " + data.size() + " graphs into " + embeddings.columns()
                + " dimensions");
    }

    private RunSummary start(long seed, String modelType) {
        RunSummary summary = new RunSummary("embed", seed);
        summary.root().addProperty("model", model.toAbsolutePath().toString());
        summary.root().addProperty("modelType", modelType);
        return summary;
    }

    private void requireFeatures(int expected, int actual, String source) {
        if (actual != expected) {
            throw CliException.input("the model " + model + " takes " + expected + " features per node, but "
                    + source + " has " + actual);
        }
    }
}
