package org.graphinfomax.examples;

import java.io.IOException;
import java.util.Locale;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.datasets.TUDataset;
import org.graphinfomax.infomax.eval.AccuracySummary;
import org.graphinfomax.infomax.eval.FeatureSumBaseline;
import org.graphinfomax.infomax.eval.SvmCrossValidation;
import org.graphinfomax.infomax.infograph.InfoGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Library example (c): a TU Dortmund dataset -> InfoGraph graph embeddings, learned without labels
 * -> the accuracy of an SVM that classifies graphs from their embeddings, next to the no-learning
 * baseline of summed node features on the same folds.
 *
 * <pre>
 * java -cp graph-infomax.jar org.graphinfomax.examples.InfoGraphClassification [NAME [EPOCHS]]
 * </pre>
 *
 * <p>NAME defaults to MUTAG (bundled: 188 molecules, mutagenic or not); others of the TU collection
 * are downloaded on first use. The steps, in {@link #run}: load the graphs, train InfoGraph with the
 * reference code's settings (5 GIN layers of 32 channels, JSD, Adam 0.01, batches of 128), embed
 * every graph, and evaluate by InfoGraph's protocol (RBF SVM, stratified 10-fold cross-validation,
 * C chosen inside each training part).
 */
public final class InfoGraphClassification {

    private InfoGraphClassification() {
    }

    /**
     * The accuracies of one run.
     *
     * @param infoGraph the SVM's accuracy on the InfoGraph embeddings
     * @param baseline the SVM's accuracy on each graph's summed node features
     * @param embeddingWidth the width of the graph embeddings
     */
    public record Result(AccuracySummary infoGraph, AccuracySummary baseline, int embeddingWidth) {
    }

    /**
     * Trains, embeds and evaluates.
     *
     * @param data a graph-classification dataset
     * @param epochs training epochs (the reference code uses 20)
     * @param seed seed of the model and of the folds
     * @param svmRepeats repetitions of the 10-fold cross-validation (the paper's protocol: 5)
     */
    public static Result run(GraphClassificationDataset data, int epochs, long seed, int svmRepeats) {
        InfoGraph model = InfoGraph.builder(data.numFeatures()).epochs(epochs).seed(seed).build();
        model.fit(data.graphs());                              // labels are not used
        INDArray embeddings = model.embed(data.graphs());      // one row per graph
        // columns standardised on each training part: eval-mode batch norm can blow up rare graphs (BENCHMARKS.md)
        SvmCrossValidation svm = SvmCrossValidation.builder().repeats(svmRepeats).seed(seed).standardize(true).build();
        AccuracySummary learned = svm.evaluate(embeddings, data.labels()).summary();
        AccuracySummary baseline = svm.evaluate(FeatureSumBaseline.embed(data.graphs()), data.labels()).summary();
        return new Result(learned, baseline, (int) embeddings.columns());
    }

    /**
     * Runs the example and prints the accuracies.
     *
     * @param args optional dataset name (default MUTAG) and number of epochs (default 20)
     */
    public static void main(String[] args) throws IOException {
        String name = args.length > 0 ? args[0] : "MUTAG";
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        GraphClassificationDataset data = TUDataset.load(name);
        System.out.printf(Locale.ROOT, "%s: %d graphs, %d classes, %d node features%n", name, data.size(),
                data.numClasses(), data.numFeatures());
        Result result = run(data, epochs, 0, 5);
        System.out.printf(Locale.ROOT, "SVM accuracy, InfoGraph embeddings (%d wide, %d epochs): %s%n",
                result.embeddingWidth(), epochs, result.infoGraph());
        System.out.printf(Locale.ROOT, "SVM accuracy, summed node features (no learning):     %s%n", result.baseline());
    }
}
