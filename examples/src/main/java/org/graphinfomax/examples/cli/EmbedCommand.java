package org.graphinfomax.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.graphinfomax.datasets.NodeClassificationDataset;
import org.graphinfomax.examples.output.OutputDirectory;
import org.graphinfomax.infomax.dgi.DeepGraphInfomax;
import org.graphinfomax.infomax.io.ModelFile;
import org.nd4j.linalg.api.ndarray.INDArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code graph-infomax embed}: applies a saved model to a graph, possibly one it has never seen
 * (inductive use), and writes the embeddings. The graph is read and preprocessed with the same
 * options as in training ({@code --normalize auto} by default on both sides).
 */
@Command(name = "embed", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Apply a saved model (model.dgi from 'dgi') to a graph with the same node features.",
            "Writes embeddings.csv (your node ids), embeddings.npy, embeddings-pca.png and summary.json to --out."})
public final class EmbedCommand extends CommandBase {

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "A model file written by 'dgi'.")
    Path model;

    @Mixin
    NodeInputOptions input;

    @Override
    protected int execute() throws Exception {
        Stopwatch clock = new Stopwatch();
        NodeInputOptions.requireFile(model);
        ModelFile.Contents contents = ModelFile.read(model);
        if (!contents.modelType().equals(DeepGraphInfomax.MODEL_TYPE)) {
            throw CliException.input(model + ": a " + contents.modelType() + " model; 'embed' applies node models ("
                    + DeepGraphInfomax.MODEL_TYPE + ")");
        }
        DeepGraphInfomax dgi = DeepGraphInfomax.load(model);
        OutputDirectory dir = prepareOutput();
        RunSummary summary = new RunSummary("embed", dgi.config().seed());
        summary.root().addProperty("model", model.toAbsolutePath().toString());
        summary.root().add("config", dgi.config().toJson());

        NodeInputOptions.Loaded loaded = input.load(memory());
        NodeClassificationDataset data = loaded.data();
        out().println(DataReport.describe(data, loaded.source(), loaded.rowNormalized()));
        summary.root().add("data", DataReport.json(data, loaded.source(), loaded.rowNormalized()));
        int expected = dgi.config().inputSize();
        if (data.graph().numFeatures() != expected) {
            throw CliException.input("the model " + model + " takes " + expected + " features per node, but "
                    + loaded.source() + " has " + data.graph().numFeatures());
        }
        summary.timing("load", clock.lap());
        INDArray embeddings = dgi.embed(data.graph());
        summary.timing("embed", clock.lap());
        List<Path> written = new ArrayList<>(EmbeddingFiles.write(dir, "embeddings", embeddings, data.nodeIds(),
                data.labels(), data.classNames(), "DGI embeddings of " + data.name() + " (PCA)"));
        summary.timing("write", clock.lap());
        Path json = dir.file("summary.json");
        summary.write(json);
        written.add(json);
        out().println("Embedded " + data.numNodes() + " nodes into " + embeddings.columns() + " dimensions; wrote "
                + written.stream().map(p -> p.getFileName().toString()).toList() + " to " + dir.root());
        return ExitCodes.OK;
    }
}
